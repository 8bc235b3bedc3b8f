"""Knowing when start-up is over: the window painted with the user's data on screen.

Work the first paint does not need (the grammar server, the render worker) starts from
here, so it never delays the window; `rapport --exit-after-startup` exits from here,
which is how bench/bench_startup.py times start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits `painted` once, right after the first paint of `window` (which shows the
    contact list filled: the window reads it before it is shown)."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._seen = False
        # On the application: a paint reaches the widget that is drawn (the contact
        # list's viewport, say), not the window it sits in.
        application = QCoreApplication.instance()
        assert application is not None
        application.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._seen = True
            application = QCoreApplication.instance()
            if application is not None:
                application.removeEventFilter(self)
            # Queued, so the paint under way reaches the screen before anything else runs.
            QTimer.singleShot(0, self.painted.emit)
        return False
