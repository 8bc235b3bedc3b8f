"""The personalised-note quota in the composer, counted from real recorded messages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.context import AppContext
from app.ui.main_window import MainWindow
from tests.imports.builders import InvitationRow, invitations_csv, write_folder
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window


def notes_already_sent(context: AppContext, count: int) -> None:
    """Connection notes recorded earlier this month, to other people."""
    for number in range(count):
        person = context.store.add_contact(Contact(name=f"Earlier {number}"))
        context.store.record_message(
            person,
            template="invite-met-at-event",
            kind="invite",
            channel="linkedin_note",
            text=f"Hi {number}",
            sent_at=datetime.now(UTC),
        )


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_notes_used_this_month_are_shown_for_connection_notes(
    qtbot: QtBot, context: AppContext
) -> None:
    notes_already_sent(context, 2)
    window = open_window(qtbot, context)
    select_contact(window, "Ana Souza")
    composer = window.composer

    composer.select_template("invite-met-at-event")
    assert composer.quota.line.isVisibleTo(window)
    assert composer.quota.line.text() == "2 of 5 personalised notes used this month"
    assert not composer.quota.warning.isVisibleTo(window)

    composer.select_template("coffee-invitation")  # a LinkedIn message: no quota
    assert not composer.quota.line.isVisibleTo(window)


def test_recording_a_note_counts_it(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    assert window.composer.quota.line.text() == "0 of 5 personalised notes used this month"
    window.menus.record_sent.trigger()
    assert window.composer.quota.line.text() == "1 of 5 personalised notes used this month"


def test_notes_imported_this_month_count_against_the_quota(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    assert window.composer.quota.line.text() == "0 of 5 personalised notes used this month"
    now = datetime.now()  # LinkedIn writes local times, to the minute
    sent = f"{now.month}/{now.day}/{now:%y}, {now:%I:%M %p}"
    invitation = InvitationRow("Bea Nova", "https://www.linkedin.com/in/bea-nova", sent, "Hi Bea!")
    folder = write_folder(tmp_path / "export", {"Invitations.csv": invitations_csv([invitation])})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(folder), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)

    with qtbot.waitSignal(window.imports.imported, timeout=20_000):
        window.menus.import_linkedin.trigger()

    assert window.composer.quota.line.text() == "1 of 5 personalised notes used this month"


def test_the_last_note_of_the_month_is_announced(qtbot: QtBot, context: AppContext) -> None:
    notes_already_sent(context, 4)
    window = open_window(qtbot, context)
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    warning = window.composer.quota.warning
    assert warning.isVisibleTo(window)
    assert "last personalised note" in warning.text()


def test_past_the_quota_the_composer_warns_and_recording_asks(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context.settings = context.settings.replace(note_quota_per_month=2)
    notes_already_sent(context, 2)
    window = open_window(qtbot, context)
    ana = select_contact(window, "Ana Souza")
    composer = window.composer
    composer.select_template("invite-met-at-event")

    # Warned before a word is written.
    assert composer.quota.warning.isVisibleTo(window)
    assert "LinkedIn will not send this note" in composer.quota.warning.text()
    assert composer.quota.line.text() == "2 of 2 personalised notes used this month"

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    window.menus.record_sent.trigger()
    assert "LinkedIn will not send this note" in asked[0]
    assert context.store.messages(ana.id) == []

    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(composer.recorded):
        window.menus.record_sent.trigger()
    assert len(context.store.messages(ana.id)) == 1


def test_premium_accounts_are_not_counted_or_asked(qtbot: QtBot, context: AppContext) -> None:
    context.settings = context.settings.replace(linkedin_account="premium")
    notes_already_sent(context, 9)
    window = open_window(qtbot, context)
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    assert not window.composer.quota.line.isVisibleTo(window)
    assert not window.composer.quota.warning.isVisibleTo(window)
    window.menus.record_sent.trigger()  # no question: the fixture fails on any dialog
    assert len(context.store.messages(ana.id)) == 1
