"""Grammar checks for the composer, off the GUI thread, debounced, stale results dropped.

Each request bumps a generation number; a result that comes back for an older generation
(the user has typed since) is thrown away. While the server is starting or down, the
runner retries every few seconds, so checks resume by themselves when it is back.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from app.grammar.matches import GrammarUnavailable
from app.grammar.service import GrammarService
from app.grammar.status import GrammarStatus
from app.ui.tasks import run_task

DEBOUNCE_MS = 600
RETRY_MS = 3000

log = logging.getLogger(__name__)


class GrammarRunner(QObject):
    checked = Signal(str, object)  # the text checked, and its list of GrammarMatch
    status_changed = Signal(object)  # GrammarStatus

    def __init__(self, service: GrammarService, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._language = language
        self._generation = 0
        self._request: tuple[str, tuple[str, ...]] = ("", ())
        self._status: GrammarStatus | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)

    @property
    def status(self) -> GrammarStatus:
        return self._service.status

    def request(self, text: str, known_words: Sequence[str]) -> None:
        """Check `text` once the user pauses typing; replaces any earlier request."""
        self._generation += 1
        self._request = (text, tuple(known_words))
        self._timer.start(DEBOUNCE_MS)

    def _run(self) -> None:
        generation = self._generation
        text, known = self._request
        if not text.strip():
            self.checked.emit(text, [])
            return
        language = self._language

        def work() -> object:
            return self._service.check(text, language, known)

        run_task(work, lambda result, error: self._done(generation, text, result, error), self)

    def _done(
        self, generation: int, text: str, result: object, error: BaseException | None
    ) -> None:
        self._report_status()
        if generation != self._generation:
            return  # the text has changed since; a newer check is on its way
        if error is None:
            self.checked.emit(text, result)
        elif isinstance(error, GrammarUnavailable):
            if self._service.mode != "off":
                self._timer.start(RETRY_MS)
        else:
            log.error("Grammar check failed", exc_info=error)

    def _report_status(self) -> None:
        status = self._service.status
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
