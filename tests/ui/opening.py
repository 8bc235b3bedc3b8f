"""Opening a window in the test body, after the test has prepared the database (the
`window` fixture opens one before the test runs)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_background_work()  # as the application does after the first paint
    return window
