"""The window in French, from the compiled rapport_fr.ts: on each page of the Settings
dialog an Alt+letter leads to one place only (a translated label easily takes the letter
of a neighbour or of a page tab), and counts agree with their noun ("1 contact")."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.settings import load_settings
from app.ui.settings.dialog import SettingsDialog
from tests.settings.dialog_helpers import keyring_checked

FRENCH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "rapport_fr.ts"
MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Rapport's French translator, compiled as `make` compiles it, installed for one test."""
    compiled = tmp_path / "rapport_fr.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(FRENCH), "-qm", str(compiled)], check=True, timeout=120
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def _letters(page: QWidget) -> list[str]:
    """The Alt+letters of what the page shows now."""
    letters = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if widget.isVisibleTo(page):
            letters += [letter.lower() for letter in MNEMONIC.findall(widget.text())]
    return letters


def _clashes(letters: list[str]) -> list[str]:
    return sorted(letter for letter, count in Counter(letters).items() if count > 1)


@pytest.mark.usefixtures("french")
def test_each_settings_page_gives_every_alt_letter_one_place(
    qtbot: QtBot, rapport_home: Path
) -> None:
    dialog = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    keyring_checked(qtbot, dialog)
    tabs = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert tabs == ["&Vous", "L&angue", "&Grammaire", "&Tri", "&Données"]
    tab_letters = [letter.lower() for tab in tabs for letter in MNEMONIC.findall(tab)]
    for index, tab in enumerate(tabs):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        # The grammar page shows other fields for each way of checking: each in turn.
        grammar = page is dialog.grammar or page.isAncestorOf(dialog.grammar)
        modes: list[QAbstractButton | None] = (
            list(dialog.grammar.mode_buttons.values()) if grammar else [None]
        )
        for mode in modes:
            if mode is not None:
                mode.click()
            assert not _clashes(tab_letters + _letters(page)), (tab, mode and mode.text())


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize(
    ("count", "shown"), [(0, "0 contact"), (1, "1 contact"), (2, "2 contacts")]
)
def test_counts_agree_with_their_noun(count: int, shown: str) -> None:
    assert QCoreApplication.translate("ContactsPanel", "%Ln contacts", "", count) == shown
