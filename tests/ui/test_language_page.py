"""The Language page of the Settings dialog: the window's language, the user's own and the
default "you", chosen by keyboard and kept; the other settings stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot

from app.settings import Settings, load_settings, save_settings
from app.ui.settings.dialog import SettingsDialog
from tests.settings.dialog_helpers import keyring_checked, press_ok

BEFORE = Settings(my_name="Lena", my_language="de", default_register="informal")


@pytest.fixture
def dialog(qtbot: QtBot, rapport_home: Path) -> SettingsDialog:
    save_settings(BEFORE, rapport_home / "settings.json")
    shown = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    keyring_checked(qtbot, shown)
    return shown


def _choose(qtbot: QtBot, combo: QComboBox, typed: str, shown: str) -> None:
    """Pick the entry by typing its first letters, as a keyboard user does (QTest types
    ASCII only)."""
    combo.setFocus()
    qtbot.keyClicks(combo, typed)
    assert combo.currentText() == shown


def test_the_page_shows_the_saved_choices_in_their_own_languages(dialog: SettingsDialog) -> None:
    page = dialog.language
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "L&anguage"
    window = [page.window_language.itemText(i) for i in range(page.window_language.count())]
    assert window == [
        "System default",
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Português (Brasil)",
    ]
    assert page.window_language.currentData() == "system"
    assert page.my_language.currentText() == "Deutsch"
    assert page.default_register.currentText() == "Informal"
    hints = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "applies at the next start" in hints


def test_choices_made_by_keyboard_are_saved_with_the_rest_kept(
    qtbot: QtBot, dialog: SettingsDialog, rapport_home: Path
) -> None:
    dialog.tabs.setCurrentWidget(dialog.language)
    _choose(qtbot, dialog.language.window_language, "Fr", "Français")
    _choose(qtbot, dialog.language.my_language, "Es", "Español")
    _choose(qtbot, dialog.language.default_register, "Fo", "Formal")
    press_ok(qtbot, dialog)
    assert load_settings(rapport_home / "settings.json") == BEFORE.replace(
        window_language="fr", my_language="es", default_register="formal"
    )


def test_each_choice_has_a_label_that_takes_the_focus_to_it(dialog: SettingsDialog) -> None:
    page = dialog.language
    buddies = {label.text(): label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert buddies == {
        "&Window language": page.window_language,
        "&My language": page.my_language,
        "Default &register": page.default_register,
    }
    for combo in (page.window_language, page.my_language, page.default_register):
        assert combo.accessibleName()
        assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
