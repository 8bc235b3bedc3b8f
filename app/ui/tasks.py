"""The one way Rapport runs slow work off the GUI thread.

`run_task(fn, on_done, owner)` runs `fn()` on Qt's global thread pool and calls
`on_done(result, error)` back on the GUI thread: exactly one of them is None. Workers never
touch widgets; the callback does, and it is dropped when `owner` (the widget or object that
asked) has been deleted in the meantime.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any, BaseException | None], None]


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries the result back to it."""

    finished = Signal(object, object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the callback, which decides what to show
            self._relay.finished.emit(None, exc)
        else:
            self._relay.finished.emit(result, None)


_in_flight: set[_Relay] = set()


def run_task(
    fn: Callable[[], Any], on_done: Done, owner: QObject, pool: QThreadPool | None = None
) -> None:
    relay = _Relay()
    _in_flight.add(relay)

    @Slot(object, object)
    def deliver(result: Any, error: BaseException | None) -> None:
        _in_flight.discard(relay)
        if shiboken6.isValid(owner):
            on_done(result, error)

    relay.finished.connect(deliver)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


def wait_for_tasks(pool: QThreadPool | None = None, msecs: int = 10_000) -> bool:
    """On shutdown and in test teardown: let running work finish before Qt goes away."""
    return (pool or QThreadPool.globalInstance()).waitForDone(msecs)
