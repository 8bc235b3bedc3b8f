"""Grammar checks for the composer, off the GUI thread, debounced, stale results dropped.

Each message is checked in its own language (the one the checker read it in, or the
contact's): `grammar_code` turns that into LanguageTool's code, with the grammar language
setting saying which English, or "auto". Each request bumps a generation number; a
result that comes back for an older generation (the user has typed since) is thrown
away. The service's state is polled once a second so the window always says whether
checks are on; when a check could not run, it is tried again as soon as the server is
ready, and otherwise after a growing pause (a remote server that refuses the user's key
must not be asked every few seconds forever).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from app.grammar.matches import GrammarUnavailable
from app.grammar.service import GrammarService
from app.grammar.status import GrammarStatus
from app.languages import DEFAULT_LANGUAGE, grammar_code
from app.ui.tasks import run_task

DEBOUNCE_MS = 600
POLL_MS = 1000
FIRST_RETRY_MS = 3000
LAST_RETRY_MS = 120_000

log = logging.getLogger(__name__)


class GrammarRunner(QObject):
    checked = Signal(str, object)  # the text checked, and its list of GrammarMatch
    status_changed = Signal(object)  # GrammarStatus

    def __init__(self, service: GrammarService, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._service = service
        self._language = language
        self._generation = 0
        self._request: tuple[str, tuple[str, ...], str] = ("", (), DEFAULT_LANGUAGE)
        self._status: GrammarStatus | None = None
        self._retry_ms = FIRST_RETRY_MS
        self._waiting_for_server = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._report_status)
        self._poll.start(POLL_MS)

    @property
    def status(self) -> GrammarStatus:
        return self._service.status

    def use(self, service: GrammarService, language: str) -> None:
        """Check with this service and language from now on (the settings changed). A
        check still running with the old ones is dropped when it comes back."""
        self._service = service
        self._language = language
        self._generation += 1
        self._retry_ms = FIRST_RETRY_MS
        self._waiting_for_server = False
        self._report_status()

    def request(self, text: str, known_words: Sequence[str], language: str) -> None:
        """Check `text`, written in `language` (app.languages), once the user pauses
        typing; replaces any earlier request."""
        self._generation += 1
        self._request = (text, tuple(known_words), language)
        self._timer.start(DEBOUNCE_MS)

    def _run(self) -> None:
        generation = self._generation
        text, known, written_in = self._request
        if not text.strip():
            self.checked.emit(text, [])
            return
        language = grammar_code(written_in, self._language)

        def work() -> object:
            return self._service.check(text, language, known)

        run_task(work, lambda result, error: self._done(generation, text, result, error), self)

    def _done(
        self, generation: int, text: str, result: object, error: BaseException | None
    ) -> None:
        self._waiting_for_server = False
        self._report_status()
        if generation != self._generation:
            return  # the text has changed since; a newer check is on its way
        if error is None:
            self._retry_ms = FIRST_RETRY_MS
            self.checked.emit(text, result)
        elif isinstance(error, GrammarUnavailable):
            if self._service.mode != "off":
                self._waiting_for_server = True
                self._timer.start(self._retry_ms)
                self._retry_ms = min(self._retry_ms * 2, LAST_RETRY_MS)
        else:
            log.error("Grammar check failed", exc_info=error)

    def _report_status(self) -> None:
        status = self._service.status
        if status == self._status:
            return
        self._status = status
        self.status_changed.emit(status)
        if status.ready and self._waiting_for_server:
            self._timer.start(0)  # the server is back: check what is on screen now
