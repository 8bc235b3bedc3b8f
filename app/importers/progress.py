"""Progress reports and the user's cancel, checked between rows."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.importers.errors import ImportCancelled

ProgressCallback = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event

# Reports per import: enough for a smooth bar, few enough to cost nothing.
_REPORTS = 200
# Rows between two progress calls (each also checks for a cancel): often enough to stop
# within a millisecond, rarely enough to cost nothing.
REPORT_EVERY = 64


class Progress:
    """Counts work done out of `total` units and reports it now and then.

    `check()` raises ImportCancelled once the cancel callable returns True or the event
    is set; importers call it between rows, inside the transaction, so a cancel rolls
    everything back.
    """

    def __init__(
        self, total: int, report: ProgressCallback | None = None, cancel: Cancel | None = None
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._report = report
        if isinstance(cancel, threading.Event):
            self._cancelled: Callable[[], bool] | None = cancel.is_set
        else:
            self._cancelled = cancel
        self._step = max(self.total // _REPORTS, 1)
        self._next = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled()

    def at(self, done: int) -> None:
        """Record that `done` units are finished (never going backwards), and check cancel."""
        self.check()
        self.done = min(max(done, self.done), self.total)
        if self._report is not None and self.done >= self._next:
            self._report(self.done, self.total)
            self._next = self.done + self._step

    def finish(self) -> None:
        self.done = self.total
        if self._report is not None:
            self._report(self.total, self.total)
