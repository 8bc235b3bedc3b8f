"""`FirstPaint`, which ends start-up (and `rapport --exit-after-startup`): it says the
window is painted only once the contact list's rows are on the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.startup import FirstPaint


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_painted_comes_after_the_rows_of_the_contact_list(
    qtbot: QtBot, context: AppContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    rows = Paints()
    window.contacts.view.viewport().installEventFilter(rows)
    startup = FirstPaint(window.contacts.view)  # as the application watches it
    painted_rows: list[int] = []
    startup.painted.connect(lambda: painted_rows.append(rows.count))

    with qtbot.waitSignal(startup.painted, timeout=10_000):
        window.show()

    assert painted_rows and painted_rows[0] >= 1
    assert window.contacts.model.rowCount() == 2  # Ana and Bo, in the rows painted
