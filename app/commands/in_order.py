"""Results written in the order their inputs came, each as soon as it and those before it
are complete, while later inputs are still being worked on.

`rapport check` uses it so that LanguageTool checks a message while the next ones are
read and checked locally, and several grammar requests are under way at once, yet the
reports come out one per input line, in order, and the first one as soon as it is ready
(a caller feeding standard input line by line waits for no more than its own line).

    with InOrder(print_report, window=16) as out:
        out.put(executor.submit(work, line))     # blocks while `window` wait unwritten
        out.put(done(report))                    # a result already complete
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from types import TracebackType
from typing import Generic, TypeVar

_T = TypeVar("_T")
_END = None


def done(result: _T) -> Future[_T]:
    """A future that already holds `result`."""
    future: Future[_T] = Future()
    future.set_result(result)
    return future


class InOrder(Generic[_T]):
    """Writes each future's result with `write`, in the order `put` was called, on a
    thread of its own. At most `window` results wait unwritten: `put` blocks beyond that,
    so a large input never piles up in memory. An exception from a future or from `write`
    stops the writing and is raised again by `put` or on leaving the `with` block."""

    def __init__(self, write: Callable[[_T], None], *, window: int) -> None:
        self._write = write
        self._pending: queue.Queue[Future[_T] | None] = queue.Queue(maxsize=window)
        self._failure: BaseException | None = None
        self._writer = threading.Thread(target=self._run, name="rapport-in-order", daemon=True)

    def __enter__(self) -> InOrder[_T]:
        self._writer.start()
        return self

    def put(self, future: Future[_T]) -> None:
        self._raise_failure()
        self._pending.put(future)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._pending.put(_END)
        self._writer.join()
        if kind is None:
            self._raise_failure()

    def _raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def _run(self) -> None:
        while (future := self._pending.get()) is not _END:
            if self._failure is not None:
                continue  # keep taking futures, so that `put` never blocks for ever
            try:
                self._write(future.result())
            except BaseException as exc:  # raised again on the caller's thread
                self._failure = exc
