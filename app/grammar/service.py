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

from collections.abc import Iterable

from app.grammar.backends import (
    PREMIUM_URL,
    Backend,
    LocalBackend,
    LocalServerHandle,
    OffBackend,
    PremiumBackend,
    RemoteBackend,
)
from app.grammar.matches import ConnectionLost, GrammarMatch, GrammarUnavailable
from app.grammar.reasons import reason_of, unavailable
from app.grammar.results import drop_known_words, parse_answer
from app.grammar.shared import DEFAULT_IDLE_SECONDS, SharedServer
from app.grammar.status import GrammarStatus
from app.languages import grammar_code
from app.settings import GrammarMode, Settings


class GrammarService:
    """Checks text with LanguageTool in one of the modes "local", "remote", "premium", "off".

    - local: the user's one shared server on this computer (shared.py), started when
      none runs and stopped by itself after `idle_seconds` unused, or `server` if given
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
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        may_download: bool = False,
    ) -> None:
        self._mode: GrammarMode = mode
        owned = server is None
        if mode == "local" and server is None:
            server = SharedServer(
                languages=languages, idle_seconds=idle_seconds, may_download=may_download
            )
        self._backend = _backend(mode, url, username, login, server, owned)
        self._request_timeout = request_timeout

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
        return self._backend.status()

    def start(self) -> None:
        """Begin starting the local server, if that is the mode; returns at once."""
        self._backend.start()

    def wait_ready(self, timeout: float) -> GrammarStatus:
        """Start if needed and wait up to `timeout` seconds for checks to be possible."""
        self._backend.wait_ready(timeout)
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

        endpoint = self._backend.endpoint()
        if not text.strip():
            return []
        timeout = self._request_timeout or self._backend.timeout_for(language)
        try:
            with self._backend.first_check(language):
                answer = transport.check(endpoint, text, language, timeout=timeout)
            matches = parse_answer(answer, text, endpoint)
        except GrammarUnavailable as exc:
            lost = isinstance(exc, ConnectionLost)
            raise unavailable(self._backend.failed(reason_of(exc), connection_lost=lost)) from None
        self._backend.succeeded()
        return drop_known_words(matches, text, known_words)

    def close(self) -> None:
        """Stop what the service started; later checks raise `GrammarUnavailable`."""
        self._backend.close()


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
    owned: bool,
) -> Backend:
    if mode == "local" and server is not None:
        return LocalBackend(server, owns_server=owned)
    if mode == "remote":
        return RemoteBackend(url, login=login)
    if mode == "premium":
        return PremiumBackend(username, url=url or PREMIUM_URL)
    return OffBackend()
