"""What became of a message, as the window names it in the user's language.

The core names outcomes in English for the command line (`OUTCOME_LABELS`); the history's
table, filter and outcome editor show these instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.store import Outcome


def outcome_text(outcome: Outcome) -> str:
    """ "Accepted", "Angenommen"…"""
    if outcome is Outcome.PENDING:
        return QCoreApplication.translate("OutcomeText", "Pending")
    if outcome is Outcome.ACCEPTED:
        return QCoreApplication.translate("OutcomeText", "Accepted")
    if outcome is Outcome.DECLINED:
        return QCoreApplication.translate("OutcomeText", "Declined")
    if outcome is Outcome.REPLIED:
        return QCoreApplication.translate("OutcomeText", "Replied")
    return QCoreApplication.translate("OutcomeText", "No answer")
