"""Using the Settings dialog as a person would, shared by its tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.ui.settings.dialog import SettingsDialog


def keyring_checked(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.grammar.keyring_note.text() != "")


def press_ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        line.insert(text)  # QTest types ASCII only; this is what a paste or an input method does
