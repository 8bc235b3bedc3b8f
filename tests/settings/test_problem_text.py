"""What is wrong with settings typed in the window, in the window's language. With the
English translation each problem reads as `rapport config` says it (a problem the core adds
without a wording here fails); with the German one the Settings dialog says it in German."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.settings import PROBLEM_TEXTS, Problem, Settings, load_settings, save_settings
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.problem_text import problem_text
from tests.settings.dialog_helpers import keyring_checked, type_into

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def test_every_problem_reads_as_the_core_says_it(qapp: QApplication) -> None:
    assert set(PROBLEM_TEXTS) == set(Problem)
    for problem in Problem:
        assert problem_text(problem) == PROBLEM_TEXTS[problem]


def test_the_settings_say_in_german_what_is_wrong(
    qtbot: QtBot, rapport_home: Path, shipped_german: None
) -> None:
    save_settings(Settings(my_name="Ana"), rapport_home / "settings.json")
    dialog = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    keyring_checked(qtbot, dialog)
    grammar = dialog.grammar
    grammar.mode_buttons["remote"].click()
    assert grammar._errors["grammar_url"].text() == (
        "Für die Prüfung mit einem Grammatikserver wird dessen Adresse benötigt."
    )
    type_into(qtbot, grammar.url, "lt.example.org")
    assert (
        grammar._errors["grammar_url"]
        .text()
        .startswith("Die Adresse des Grammatikservers muss eine Webadresse sein")
    )
    grammar.language.setEditText("Englisch bitte")
    assert (
        grammar._errors["grammar_language"]
        .text()
        .startswith("Die Sprache der Grammatikprüfung muss ein Sprachcode")
    )
