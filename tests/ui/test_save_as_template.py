""" "Save as template…": the message comes back with the contact's details as fields, for
the user to read and name, and nothing is written until they press Save."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.library.templates import parse_template
from app.ui.compose.save_template import SaveTemplateDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

OWN_WORDS = "Ana, your PyData Lisbon talk on streaming at Northwind Analytics stayed with me."


def open_dialog(window: MainWindow) -> SaveTemplateDialog:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText(OWN_WORDS)
    window.composer.save_template_button.click()
    dialogs = window.composer.findChildren(SaveTemplateDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    return dialogs[0]


def user_templates(window: MainWindow) -> list[Path]:
    folder = window.context.data_dir / "templates"
    return sorted(folder.glob("*")) if folder.exists() else []


def test_the_fields_put_back_are_shown_and_written_only_on_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_dialog(window)
    shown = dialog.text.toPlainText()
    assert "{{ first_name }}, your PyData {{ location }} talk" in shown
    assert "{{ company }}" in shown and "Northwind" not in shown
    assert user_templates(window) == []  # shown, not written

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "my-talk-invite")
    with qtbot.waitSignal(dialog.saved_to) as saved:
        dialog.save_button.click()
    [written] = user_templates(window)
    assert saved.args == [written]
    template = parse_template(written.read_text(encoding="utf-8"))
    assert template.name == "my-talk-invite"
    assert "{{ first_name }}, your PyData" in template.body
    assert "Saved as a template" in window.statusBar().currentMessage()


def test_cancel_writes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.reject()
    assert user_templates(window) == []
    assert window.composer.message.toPlainText() == OWN_WORDS
