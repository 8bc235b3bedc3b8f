"""The personalised-note quota in the window's language: every state the core can be in
has the composer's line and warning, in English with no translation and in German with
the German file Rapport ships."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.channels import Channel
from app.composing.note_quota import NoteQuota, QuotaState
from app.settings import Settings
from app.store import Store
from app.ui.compose.quota_notice import QuotaNotice, QuotaText

NEVER_SENT = (
    "No personalised notes left this month ({used} of {allowed} used): LinkedIn will not "
    "send this note. Send the invitation without a note, wait until next month, or write "
    "them a message once they accept."
)
ENGLISH = {
    QuotaState.UNLIMITED: (NoteQuota(7, None), "", ""),
    QuotaState.OPEN: (NoteQuota(2, 5), "2 of 5 personalised notes used this month", ""),
    QuotaState.LAST_ONE: (
        NoteQuota(0, 1),
        "0 of 1 personalised note used this month",
        "This is the last personalised note your free account allows this month.",
    ),
    QuotaState.USED_UP: (
        NoteQuota(2, 2),
        "2 of 2 personalised notes used this month",
        NEVER_SENT.format(used=2, allowed=2),
    ),
    QuotaState.PAST: (
        NoteQuota(1204, 1000),
        "1,204 personalised notes this month, past the 1,000 your account allows",
        NEVER_SENT.format(used="1,204", allowed="1,000"),
    ),
}


def test_every_state_is_worded(qapp: QApplication) -> None:
    assert set(ENGLISH) == set(QuotaState)


@pytest.mark.parametrize("state", list(QuotaState))
def test_the_line_and_warning_in_english(qapp: QApplication, state: QuotaState) -> None:
    quota, line, warning = ENGLISH[state]
    assert quota.state is state
    words = QuotaText()
    assert (words.summary(quota), words.warning(quota)) == (line, warning)


def test_the_composer_counts_and_warns_in_german(
    qtbot: QtBot,
    store: Store,
    shipped_german: None,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notice = QuotaNotice(parent)
    notice.show_for(Channel.LINKEDIN_NOTE, store, Settings(note_quota_per_month=5))
    assert notice.line.text() == "0 von 5 personalisierten Notizen in diesem Monat genutzt"
    assert notice.warning.text() == ""

    notice.show_for(Channel.LINKEDIN_NOTE, store, Settings(note_quota_per_month=0))
    assert notice.line.text() == "0 von 0 personalisierten Notizen in diesem Monat genutzt"
    assert notice.warning.text().startswith(
        "Keine personalisierten Notizen mehr in diesem Monat (0 von 0 genutzt): "
        "LinkedIn sendet diese Notiz nicht."
    )
    quota = NoteQuota(3, 2)
    assert QuotaText().summary(quota) == (
        "3 personalisierte Notizen in diesem Monat – mehr als die 2, die Ihr Konto erlaubt"
    )
