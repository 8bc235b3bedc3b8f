"""The grammar and spelling checks the app calls, from any worker thread.

    service = GrammarService.from_settings(settings)
    service.start()                      # optional: bring the local server up early
    matches = service.check(text, "en-US", known_words=("Zoltan Kovacs", "Acme"))
    service.close()                      # on exit: stops the local server

`check()` never waits for a server to start: while there is none it raises
`GrammarUnavailable` (the reason is also in `status`) and a local server is (re)started in
the background, so a later check succeeds. Headless callers that prefer to wait use
`wait_ready()` first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from app.grammar.matches import ConnectionLost, GrammarMatch, GrammarUnavailable
from app.grammar.reasons import GrammarReason, Why, reason_of, unavailable
from app.grammar.status import GrammarStatus
from app.languages import grammar_code
from app.settings import GrammarMode, Settings

if TYPE_CHECKING:
    from app.grammar.backends import Backend, LocalServerHandle

# What a local or "off" service says before anything is built: the same as its backend
# would say then (backends.py: LocalBackend before its first start, OffBackend).
_BEFORE_START = {
    "local": GrammarStatus("stopped", GrammarReason(Why.NOT_STARTED)),
    "off": GrammarStatus("off", GrammarReason(Why.OFF)),
}
_CLOSED = GrammarStatus("stopped", GrammarReason(Why.CLOSED))


class GrammarService:
    """Checks text with LanguageTool in one of the modes "local", "remote", "premium", "off".

    - local: the user's one shared server on this computer (shared.py), started when
      none runs and stopped by itself after `idle_seconds` unused (by default
      shared.DEFAULT_IDLE_SECONDS), or `server` if given
      (the caller then owns it and `close()` leaves it running). LanguageTool is
      downloaded, when it is not installed, only with `may_download`;
    - remote: the LanguageTool server at `url`, logging in as `login` when given (the
      password from the keyring);
    - premium: LanguageTool Premium as `username`, with the API key from the keyring
      (`url` overrides the Premium address).

    `languages` are the ones a local server loads the rules of before it is ready (the
    user's grammar language and the one they write in): the first check in any other
    language waits while LanguageTool loads its rules, with a longer timeout, and the
    status says so meanwhile.
    """

    def __init__(
        self,
        mode: GrammarMode = "local",
        *,
        url: str = "",
        username: str = "",
        login: str = "",
        languages: tuple[str, ...] = ("en-US",),
        server: LocalServerHandle | None = None,
        request_timeout: float | None = None,
        idle_seconds: float | None = None,
        may_download: bool = False,
    ) -> None:
        self._mode: GrammarMode = mode
        self._request_timeout = request_timeout
        self._lock = threading.Lock()
        self._closed = False
        self._backend: Backend | None = None

        def build() -> Backend:
            return _backend(
                mode, url, username, login, server, languages, idle_seconds, may_download
            )

        # The server's machinery (the keeper's lock, the download, Java, the keyring's
        # credentials) is imported once a check or a start needs it: the window says
        # that checks have not started from its first paint, and starts them after it.
        self._build: Callable[[], Backend] = build
        if server is not None or mode not in _BEFORE_START:
            self._backend = build()

    @classmethod
    def from_settings(cls, settings: Settings) -> GrammarService:
        # Only remote mode uses the saved address: Premium's key must never go to a
        # self-hosted server that was configured earlier.
        url = settings.grammar_url if settings.grammar_mode == "remote" else ""
        return cls(
            settings.grammar_mode,
            url=url,
            username=settings.grammar_username,
            login=settings.grammar_server_username,
            languages=_user_languages(settings),
            idle_seconds=settings.grammar_idle_minutes * 60.0,
            may_download=settings.grammar_download,
        )

    @property
    def mode(self) -> GrammarMode:
        return self._mode

    @property
    def status(self) -> GrammarStatus:
        with self._lock:
            backend, closed = self._backend, self._closed
        if backend is not None:
            return backend.status()
        return _CLOSED if closed else _BEFORE_START[self._mode]

    def start(self) -> None:
        """Begin starting the local server, if that is the mode; returns at once."""
        self._built().start()

    def wait_ready(self, timeout: float) -> GrammarStatus:
        """Start if needed and wait up to `timeout` seconds for checks to be possible."""
        self._built().wait_ready(timeout)
        return self.status

    def check(
        self, text: str, language: str = "en-US", known_words: Iterable[str] = ()
    ) -> list[GrammarMatch]:
        """LanguageTool's matches for `text`, spans in Python string positions.

        Spelling matches on `known_words` (the contact's names, company and location, the
        user's vocabulary; case-insensitive, several words per entry allowed) are left out.
        Raises `GrammarUnavailable`, with a reason for a person, when no server can check.
        """
        from app.grammar import transport  # the HTTP machinery, loaded by the first check
        from app.grammar.results import drop_known_words, parse_answer

        backend = self._built()
        endpoint = backend.endpoint()
        if not text.strip():
            return []
        timeout = self._request_timeout or backend.timeout_for(language)
        try:
            with backend.first_check(language):
                answer = transport.check(endpoint, text, language, timeout=timeout)
            matches = parse_answer(answer, text, endpoint)
        except GrammarUnavailable as exc:
            lost = isinstance(exc, ConnectionLost)
            raise unavailable(backend.failed(reason_of(exc), connection_lost=lost)) from None
        backend.succeeded()
        return drop_known_words(matches, text, known_words)

    def close(self) -> None:
        """Stop what the service started; later checks raise `GrammarUnavailable`."""
        with self._lock:
            self._closed = True
            backend = self._backend
        if backend is not None:
            backend.close()

    def _built(self) -> Backend:
        """The backend, built on first use (from any thread); closed if the service is."""
        with self._lock:
            if self._backend is None:
                self._backend = self._build()
                if self._closed:
                    self._backend.close()
            return self._backend


def _user_languages(settings: Settings) -> tuple[str, ...]:
    """The grammar language, then the LanguageTool code of the language the user writes in."""
    written = grammar_code(settings.my_language, settings.grammar_language)
    return tuple(dict.fromkeys((settings.grammar_language, written)))


def _backend(
    mode: GrammarMode,
    url: str,
    username: str,
    login: str,
    server: LocalServerHandle | None,
    languages: tuple[str, ...],
    idle_seconds: float | None,
    may_download: bool,
) -> Backend:
    from app.grammar.backends import (
        PREMIUM_URL,
        LocalBackend,
        OffBackend,
        PremiumBackend,
        RemoteBackend,
    )

    if mode == "local":
        if server is not None:
            return LocalBackend(server, owns_server=False)
        from app.grammar.shared import DEFAULT_IDLE_SECONDS, SharedServer

        idle = DEFAULT_IDLE_SECONDS if idle_seconds is None else idle_seconds
        shared = SharedServer(languages=languages, idle_seconds=idle, may_download=may_download)
        return LocalBackend(shared, owns_server=True)
    if mode == "remote":
        return RemoteBackend(url, login=login)
    if mode == "premium":
        return PremiumBackend(username, url=url or PREMIUM_URL)
    return OffBackend()
