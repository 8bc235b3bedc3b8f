"""The window's pages, and opening the composer from elsewhere in the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import listed_contacts, select_contact


def test_a_page_gets_a_tab_and_a_numbered_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    page = QLabel("A page of its own")
    window.add_page(page, "&Scratch")

    [entry] = [a for a in window.menus.view_menu.actions() if a.text() == "&Scratch"]
    assert entry.shortcut().toString() == f"Ctrl+{window.pages.count()}"
    entry.trigger()
    assert window.pages.currentWidget() is page
    assert window.pages.tabText(window.pages.count() - 1) == "Scratch"


def test_open_in_composer_shows_the_contact_with_the_template(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.add_page(QLabel("Inbox"), "&Inbox")
    window.pages.setCurrentIndex(1)
    select_contact(window, "Bo Chen")
    ana = next(c for c in listed_contacts(window) if c.name == "Ana Souza")

    assert window.open_in_composer(ana.id, "thanks-for-connecting")

    assert window.pages.currentWidget() is window.splitter
    assert window.form.loaded == ana
    assert window.contacts.current_contact() == ana
    template = window.composer.template
    assert template is not None and template.name == "thanks-for-connecting"
    assert window.composer.message.toPlainText().startswith("Hi Ana,")


def test_unsaved_edits_that_cannot_be_saved_keep_the_composer_where_it_was(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = select_contact(window, "Ana Souza")
    window.form.lines["name"].clear()  # a contact without a name cannot be saved
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    bo = next(c for c in listed_contacts(window) if c.name == "Bo Chen")

    assert not window.open_in_composer(bo.id, None)
    assert window.form.loaded == ana
