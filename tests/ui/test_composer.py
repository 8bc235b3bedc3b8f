"""Writing a message in the window: the preview follows every edit, and sending is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.store import Store
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact


def test_preview_updates_as_the_user_types_in_the_draft(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    composer = window.composer
    composer.select_template("invite-met-at-event")
    assert composer.message.toPlainText().startswith("Hi Ana")

    composer.source.selectAll()
    qtbot.keyClicks(composer.source, "Hello {{ first_name }}, see you in {{ location }}!")
    assert composer.message.toPlainText() == "Hello Ana, see you in Lisbon!"
    assert composer.counter.text() == "29 / 200"


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


def test_template_error_shows_its_line(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.source.setPlainText("Hi\n{{ first_name.__class__ }}")
    assert window.composer.problem.text().startswith("Line 2:")
    assert "not allowed" in window.composer.problem.text()


def test_over_the_channel_limit_is_flagged(window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.source.setPlainText("x" * 230)
    assert window.composer.counter.text() == "230 / 200"
    over = [
        f for f in window.composer.report.findings if f.code == "length" and f.severity == "error"
    ]
    assert len(over) == 1 and "30" in over[0].message
    assert not window.composer.record_button.isEnabled()


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
    window.composer.select_template("invite-met-at-event")
    window.composer.source.setPlainText("Dear {{ first_name }}, about your slides…")
    select_contact(window, "Bo Chen")
    assert "slides" not in window.composer.message.toPlainText()
    assert window.composer.source.toPlainText() == window.composer.template.body
    select_contact(window, "Ana Souza")
    assert window.composer.message.toPlainText() == "Dear Ana, about your slides…"


def test_the_same_message_is_recorded_once(qtbot: QtBot, window: MainWindow) -> None:
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.menus.record_sent.trigger()
    assert not window.composer.record_button.isEnabled()
    window.menus.record_sent.trigger()  # a second Ctrl+Return
    assert len(window.context.store.messages(ana.id)) == 1


def test_switching_template_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.source.setPlainText("My own words for {{ first_name }}.")
    window.composer.select_template("invite-read-their-work")
    window.composer.source.undo()
    assert window.composer.source.toPlainText() == "My own words for {{ first_name }}."
