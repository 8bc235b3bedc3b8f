"""Writing a message in the window: the preview follows every edit, and sending is recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import paths
from app.store import Store
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact


def test_the_message_is_plain_text_the_user_edits(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    composer = window.composer
    assert composer.template is not None and composer.template.name == "invite-met-at-event"
    assert composer.choice_line.text() == "Suggested for Ana: you met at PyData Lisbon."
    assert composer.message.toPlainText().startswith("Hi Ana, good to meet you at PyData")
    assert "{" not in composer.message.toPlainText()

    composer.message.selectAll()
    qtbot.keyClicks(composer.message, "Hello Ana, see you in Lisbon!")
    assert composer.message.toPlainText() == "Hello Ana, see you in Lisbon!"
    assert composer.counter.text() == "29 / 200"
    assert composer.refill_button.isEnabled()


def test_an_edited_message_stays_the_users_until_refilled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_contact(window, "Ana Souza")
    composer = window.composer
    composer.message.setPlainText("Ana, your slides were the best part of PyData.")
    qtbot.keyClicks(window.form.lines["first_name"], "Anita")
    assert composer.message.toPlainText() == "Ana, your slides were the best part of PyData."

    asked: list[str] = []

    def answer(parent: object, title: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    composer.refill_button.click()
    assert asked == ["Replace your message?"]
    assert composer.message.toPlainText().startswith("Hi Anita,")
    assert not composer.refill_button.isEnabled()


def test_each_contact_gets_a_template_of_their_own(window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    assert window.composer.template is not None
    assert window.composer.template.name == "invite-met-at-event"
    select_contact(window, "Bo Chen")  # nothing but a name and a company
    assert window.composer.template.name == "invite-read-their-work"
    assert window.composer.gap_field("their_work") is not None
    window.composer.picker.select("invite-same-city")  # the user picks one for Bo
    select_contact(window, "Ana Souza")
    assert window.composer.template.name == "invite-met-at-event"
    select_contact(window, "Bo Chen")
    assert window.composer.template.name == "invite-same-city"
    assert window.composer.choice_line.text() == "You chose this template for Bo."


def test_preview_follows_edits_to_the_contact(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    first_name = window.form.lines["first_name"]
    qtbot.keyClicks(first_name, "Anita")
    assert window.composer.message.toPlainText().startswith("Hi Anita")


def test_missing_field_is_named_and_sending_is_disabled(window: MainWindow) -> None:
    select_contact(window, "Bo Chen")  # no "how you met"
    window.composer.select_template("invite-met-at-event")
    assert window.composer.message.toPlainText() == ""
    assert "How you met" in window.composer.problem.text()
    assert not window.composer.record_button.isEnabled()
    assert not window.composer.copy_button.isEnabled()


def test_over_the_channel_limit_is_flagged(window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.message.setPlainText("x" * 230)
    assert window.composer.counter.text() == "230 / 200"
    over = [
        f for f in window.composer.report.findings if f.code == "length" and f.severity == "error"
    ]
    assert len(over) == 1 and "30" in over[0].message
    assert not window.composer.record_button.isEnabled()
    # What stops sending comes first, and never beside a good verdict.
    verdict = window.composer.checks.verdict
    assert verdict.text().startswith(over[0].message)
    assert verdict.property("verdict") == "blocked"


def test_message_details_form_asks_for_what_the_contact_cannot_supply(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("intro-make")
    assert window.composer.details.isVisibleTo(window)
    intro_name = window.composer.detail_field("intro_name")
    intro_reason = window.composer.detail_field("intro_reason")
    assert intro_name is not None and intro_reason is not None
    assert window.composer.message.toPlainText() == ""
    qtbot.keyClicks(intro_name, "Bo")
    qtbot.keyClicks(intro_reason, "you both run data teams in Lisbon")
    assert "Bo" in window.composer.message.toPlainText()


def test_copy_puts_the_message_on_the_clipboard(window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.menus.copy_message.trigger()
    assert QGuiApplication.clipboard().text() == window.composer.message.toPlainText()


def test_control_and_bidi_characters_reach_the_clipboard_only_as_escapes(
    window: MainWindow,
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.message.setPlainText("Hi Ana\x1b]0;owned\x07 \u202eevil")
    window.menus.copy_message.trigger()
    assert QGuiApplication.clipboard().text() == "Hi Ana\\u001b]0;owned\\u0007 \\u202eevil"


def test_record_as_sent_stores_the_message(qtbot: QtBot, window: MainWindow) -> None:
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    text = window.composer.message.toPlainText()
    with qtbot.waitSignal(window.composer.recorded):
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Recorded as sent to Ana Souza" in window.statusBar().currentMessage()

    # Read back through a separate connection: the message is really in the file.
    with Store.open(paths.database_path()) as store:
        [message] = store.messages(ana.id)
    assert message.text == text
    assert message.template == "invite-met-at-event"
    assert message.kind == "invite"
    assert message.channel == "linkedin_note"
    assert message.outcome.value == "pending"


def test_a_draft_stays_with_the_person_it_was_written_for(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText("Dear Ana, about your slides…")
    select_contact(window, "Bo Chen")
    assert "slides" not in window.composer.message.toPlainText()
    select_contact(window, "Ana Souza")
    assert window.composer.message.toPlainText() == "Dear Ana, about your slides…"


def test_the_same_message_is_recorded_once(qtbot: QtBot, window: MainWindow) -> None:
    ana = select_contact(window, "Ana Souza")
    window.menus.record_sent.trigger()
    assert not window.composer.record_button.isEnabled()
    window.menus.record_sent.trigger()  # a second Ctrl+Return
    assert len(window.context.store.messages(ana.id)) == 1


def test_picking_another_template_over_an_edited_message_asks_and_can_be_undone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText("My own words for Ana.")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.composer.picker.select("invite-read-their-work")
    assert window.composer.message.toPlainText().startswith("Hi Ana, I keep coming back")
    window.composer.message.undo()
    assert window.composer.message.toPlainText() == "My own words for Ana."
