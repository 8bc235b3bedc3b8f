"""The template picker shows the templates in the contact's language, with "All
languages" a keystroke away, and never hides the template the composer chose."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.context import AppContext
from app.ui.compose.template_model import TemplateRole
from app.ui.compose.template_picker import TemplatePicker
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window

LENA = Contact(
    name="Lena Vogt",
    company="Siemens Energy",
    location="Erlangen",
    how_met="auf der PyCon DE in Berlin",
    language="de",
)


def _offered(picker: TemplatePicker) -> list[str]:
    """The languages of the templates the template list offers now."""
    box = picker.template
    return [box.itemData(row, TemplateRole).language for row in range(box.count())]


def test_the_picker_offers_the_contacts_language_first(qtbot: QtBot, context: AppContext) -> None:
    context.store.add_contact(LENA)
    window = open_window(qtbot, context)
    picker = window.composer.picker
    select_contact(window, "Lena Vogt")
    assert picker.language.currentText() == "Deutsch"
    assert set(_offered(picker)) == {"de"}
    assert window.composer.template is not None
    assert window.composer.template.language == "de"
    assert picker.current() == window.composer.template
    # Back to someone without a language of their own: the user's (English by default).
    select_contact(window, "Bo Chen")
    assert set(_offered(picker)) == {"en"}


def test_before_anyone_is_chosen_the_picker_offers_the_users_language(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings = dataclasses.replace(context.settings, my_language="fr")
    window = open_window(qtbot, context)
    picker = window.composer.picker
    assert picker.language.currentText() == "Français"
    assert set(_offered(picker)) == {"fr"}


def test_all_languages_by_keyboard(qtbot: QtBot, context: AppContext) -> None:
    context.store.add_contact(LENA)
    window = open_window(qtbot, context)
    picker = window.composer.picker
    select_contact(window, "Lena Vogt")
    # Alt+U (the label's mnemonic) reaches the box; Home picks its first entry.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: picker.language.hasFocus())
    qtbot.keyClick(picker.language, Qt.Key.Key_Home)
    assert picker.language.currentText() == "All languages"
    assert {"en", "de", "fr", "es", "pt"} <= set(_offered(picker))
    assert picker.language_label.buddy() is picker.language


def test_choosing_a_template_in_another_language_shows_all_languages(
    window: MainWindow,
) -> None:
    select_contact(window, "Ana Souza")
    assert set(_offered(window.composer.picker)) == {"en"}
    window.composer.select_template("coffee-invitation.fr")
    picker = window.composer.picker
    assert picker.current() is not None
    assert picker.current().name == "coffee-invitation.fr"
    assert picker.language.currentText() == "All languages"
