"""What the user can do with an incoming request, as the window names it in the user's
language.

The core names actions in English for the command line (`triage.LABELS`,
`Suggestion.label`); the inbox's table, its action picker and its status line show these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.store import RequestAction


def action_text(action: RequestAction) -> str:
    """ "Accept and send a thank-you note", "Annehmen und ein Dankeschön senden"…"""
    if action is RequestAction.ACCEPT_AND_THANK:
        return QCoreApplication.translate("ActionText", "Accept and send a thank-you note")
    if action is RequestAction.ACCEPT:
        return QCoreApplication.translate("ActionText", "Accept")
    if action is RequestAction.REPLY_COFFEE:
        return QCoreApplication.translate("ActionText", "Reply and offer a coffee")
    if action is RequestAction.REPLY_FOLLOW:
        return QCoreApplication.translate("ActionText", "Reply and invite them to follow you")
    return QCoreApplication.translate("ActionText", "Decline without a reply")
