"""On a laptop the composer's language box shows the whole name of the language chosen,
"Português (Brasil)" rather than "Português (Bra", next to the template box."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow


def test_the_language_box_shows_the_whole_name(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1284, 721)  # a 1366x768 screen less the desktop's panels
    picker = window.composer.picker
    picker.set_language("pt")
    box = picker.language
    qtbot.waitUntil(lambda: box.currentText() == "Português (Brasil)")
    window.layout().activate()

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    assert field.width() >= QFontMetrics(box.font()).horizontalAdvance(box.currentText())
