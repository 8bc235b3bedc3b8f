"""In German, each Alt+letter of the Settings dialog reaches one thing: whatever a page's radio
buttons show, its mnemonics clash neither with each other nor with the page tabs, which stay
reachable from every page. (Qt cycles between widgets that share a mnemonic instead of acting,
so a clash is something a keyboard user notices.)"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from app.settings import Settings, load_settings, save_settings
from app.ui.settings.dialog import SettingsDialog
from tests.settings.dialog_helpers import keyring_checked

GERMAN = Path(__file__).resolve().parents[2] / "resources" / "translations" / "rapport_de.ts"
MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The German translation as `make` compiles it, installed for one test."""
    compiled = tmp_path / "rapport_de.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(GERMAN), "-qm", str(compiled)], check=True, timeout=120
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def mnemonics(page: QWidget) -> list[str]:
    """The letters Alt reaches on a page as shown: its buttons, and its labels with a buddy."""
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    texts += [
        label.text()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(page)
    ]
    return [found.group(1).lower() for text in texts if (found := MNEMONIC.search(text))]


def test_every_settings_page_has_unique_mnemonics_in_german(
    german: None, qtbot: QtBot, rapport_home: Path
) -> None:
    save_settings(Settings(my_name="Ana"), rapport_home / "settings.json")
    dialog = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    keyring_checked(qtbot, dialog)
    tabs = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert "&Sprache" in tabs  # the German text is what is checked
    tab_letters = [found.group(1).lower() for text in tabs if (found := MNEMONIC.search(text))]
    clashes = {}
    for index, title in enumerate(tabs):
        page = dialog.tabs.widget(index)
        dialog.tabs.setCurrentWidget(page)
        for choice in [None, *page.findChildren(QRadioButton)]:
            if choice is not None:
                choice.click()
            letters = tab_letters + mnemonics(page)
            repeated = sorted({letter for letter in letters if letters.count(letter) > 1})
            if repeated:
                shown = choice.text() if choice is not None else "as opened"
                clashes[f"{title} ({shown})"] = repeated
    assert not clashes
