"""Knowing when start-up is over: the window painted with the user's data on screen.

Work the first paint does not need (the grammar server, the render worker, the window's
other pages) starts from here, so it never delays the window; `rapport
--exit-after-startup` exits from here, which is how bench/bench_startup.py times start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits `painted` once, right after the first paint of `widget`.

    The application watches the contact list: once it is painted, the list shows the
    user's contacts, and the rest of the window is painted in the same pass (Qt paints a
    window and everything in it together; the list's rows, in its viewport, after the
    list's frame, which is why `painted` is queued). Watching that one widget, rather
    than every event of the application, keeps the other events of start-up out of
    Python."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Queued, so the rest of the pass is painted and on the screen before
            # anything else runs.
            QTimer.singleShot(0, self.painted.emit)
        return False
