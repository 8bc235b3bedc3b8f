"""Where `GrammarService` sends checks: its own local server, a remote one, or Premium.

Each backend hands out an `Endpoint` (or says why it cannot), hears how the request went,
and reports its status. All of them are called from worker threads at once.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Protocol

from app.grammar.credentials import premium_api_key, server_password
from app.grammar.endpoint import Endpoint
from app.grammar.install import DOWNLOAD_MEGABYTES, LANGUAGETOOL_VERSION
from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import (
    LOCAL_SERVER_NAME,
    GrammarReason,
    Server,
    Then,
    Why,
    reason_of,
    server_name,
    unavailable,
)
from app.grammar.status import GrammarStatus
from app.settings import Problem, SettingsError, validate_setting

PREMIUM_URL = "https://api.languagetoolplus.com/v2/"
_CLOSED = GrammarStatus("stopped", GrammarReason(Why.CLOSED))
# How long a server that broke off a check may take to be seen gone (see LocalBackend.failed).
_DYING_GRACE = 2.0


class Backend(Protocol):
    # Seconds a check may take: a warm local server answers in about 0.1 s.
    timeout: float

    def timeout_for(self, language: str) -> float:
        """Seconds a check in `language` may take now."""
        ...

    def first_check(self, language: str) -> AbstractContextManager[None]:
        """Around a request in `language`: a first one may be said in the status."""
        ...

    def endpoint(self) -> Endpoint:
        """Where to send a check now; `GrammarUnavailable` when there is nowhere."""
        ...

    def succeeded(self) -> None: ...

    def failed(self, reason: GrammarReason, *, connection_lost: bool = False) -> GrammarReason:
        """Hear that a request failed; return the reason to give the caller."""
        ...

    def status(self) -> GrammarStatus: ...

    def start(self) -> None:
        """Begin whatever makes checks possible, without waiting for it."""
        ...

    def wait_ready(self, timeout: float) -> None: ...

    def close(self) -> None: ...


class LocalServerHandle(Protocol):
    """A local server as the backend sees it: `SharedServer` (the user's one server) or
    `LocalServer` (a JVM of this process's own, as tests use)."""

    @property
    def url(self) -> str | None: ...

    @property
    def running(self) -> bool: ...

    @property
    def activity(self) -> str: ...

    @property
    def warm_languages(self) -> tuple[str, ...]: ...

    def exit_reason(self) -> GrammarReason | None: ...

    def note_use(self) -> None: ...

    def start(self) -> str: ...

    def close(self) -> None: ...


class OffBackend:
    timeout = 0.0
    _STATUS = GrammarStatus("off", GrammarReason(Why.OFF))

    def timeout_for(self, language: str) -> float:
        return self.timeout

    def first_check(self, language: str) -> AbstractContextManager[None]:
        return contextlib.nullcontext()

    def endpoint(self) -> Endpoint:
        raise unavailable(self._STATUS.cause)

    def succeeded(self) -> None:
        return

    def failed(self, reason: GrammarReason, *, connection_lost: bool = False) -> GrammarReason:
        return reason

    def status(self) -> GrammarStatus:
        return self._STATUS

    def start(self) -> None:
        return

    def wait_ready(self, timeout: float) -> None:
        return

    def close(self) -> None:
        return


class LocalBackend:
    """The server on this computer, started on first use and restarted in the background.

    The server loads the rules of the user's languages before it says it is ready
    (server.py); the first check in another language loads that language's rules, which
    takes seconds, and the status says so while it runs. Even in a warmed-up language a
    server's first checks of real messages do work of their own (3.8 s for the first of
    eight after a cold start at load 11, 0.1-0.5 s after): until this process has had an
    answer in a language, a check in it may take `first_timeout` instead of `timeout`.
    """

    timeout = 5.0
    # German's rules took 151 s to load at load average 11 (on two cores; the checks
    # after it 0.2 s), and the wait is said in the status meanwhile.
    first_timeout = 300.0

    def __init__(self, server: LocalServerHandle, *, owns_server: bool) -> None:
        self._server = server
        self._owns_server = owns_server
        self._lock = threading.Lock()
        self._starter: threading.Thread | None = None
        self._start_failure: GrammarReason | None = None
        self._closed = False
        # Why the last check failed, until one works.
        self._check_failure: GrammarReason | None = None
        self._answered: set[str] = set()  # languages the server has checked for us
        self._loading: dict[str, int] = {}  # first checks under way, by language

    def timeout_for(self, language: str) -> float:
        with self._lock:
            answered = _module(language) in self._answered
        return self.timeout if answered else self.first_timeout

    @contextlib.contextmanager
    def first_check(self, language: str) -> Iterator[None]:
        module = _module(language)
        warmed = {_module(code) for code in self._server.warm_languages}
        with self._lock:
            loading = module not in self._answered and module not in warmed
            if loading:
                self._loading[module] = self._loading.get(module, 0) + 1
        try:
            yield
            with self._lock:
                self._answered.add(module)
        finally:
            if loading:
                with self._lock:
                    self._loading[module] -= 1
                    if not self._loading[module]:
                        del self._loading[module]

    def endpoint(self) -> Endpoint:
        with self._lock:
            closed = self._closed
        if closed:
            raise unavailable(_CLOSED.cause)
        url = self._server.url
        if url is None:
            with self._lock:
                failure = self._start_failure
            gone = self._server.exit_reason()  # read before start() replaces the dead JVM
            self.start()
            if failure:
                raise unavailable(failure.followed_by(Then.TRYING_AGAIN))
            raise unavailable(gone.followed_by(Then.RESTARTING) if gone else self.status().cause)
        self._server.note_use()
        return Endpoint(url=url, name=LOCAL_SERVER_NAME, local=True)

    def succeeded(self) -> None:
        with self._lock:
            self._check_failure = None

    def failed(self, reason: GrammarReason, *, connection_lost: bool = False) -> GrammarReason:
        # A dead server is restarted; a live one that failed may hang: the restart
        # keeps it if it still passes its health check and replaces it otherwise. Until
        # then the status says why checks are not coming, since a hung JVM still runs.
        gone = self._server.exit_reason()
        if connection_lost:
            # A killed server's connections close before the system reports it gone
            # (longer on a busy machine): a moment's wait tells a crash from a hang.
            deadline = time.monotonic() + _DYING_GRACE
            while not gone and time.monotonic() < deadline:
                time.sleep(0.02)
                gone = self._server.exit_reason()
        if gone:
            self.start()
            return gone.followed_by(Then.RESTARTING)
        with self._lock:
            self._check_failure = reason
        self.start()
        return reason

    def status(self) -> GrammarStatus:
        with self._lock:
            closed, failure = self._closed, self._start_failure
            check_failure = self._check_failure
            starting = self._starter is not None and self._starter.is_alive()
        if closed:
            return _CLOSED
        if check_failure:
            return GrammarStatus("unavailable", check_failure)
        if self._server.running:
            with self._lock:
                loading = sorted(self._loading)
            if loading:
                loads = GrammarReason(Why.LOADING, languages=tuple(loading))
                return GrammarStatus("starting", loads)
            return GrammarStatus("ready", GrammarReason(Why.READY, version=LANGUAGETOOL_VERSION))
        if starting:
            # While a first-time download runs, the server says so (and how big it is).
            busy = Why.DOWNLOADING if self._server.activity else Why.STARTING
            size = DOWNLOAD_MEGABYTES if busy is Why.DOWNLOADING else 0
            return GrammarStatus(
                "starting", GrammarReason(busy, number=size, version=LANGUAGETOOL_VERSION)
            )
        if failure:
            return GrammarStatus("unavailable", failure)
        gone = self._server.exit_reason()
        if gone:
            return GrammarStatus("unavailable", gone.followed_by(Then.RESTARTS_WITH_NEXT_CHECK))
        return GrammarStatus("stopped", GrammarReason(Why.NOT_STARTED))

    def start(self) -> None:
        with self._lock:
            if self._closed or (self._starter is not None and self._starter.is_alive()):
                return
            self._starter = threading.Thread(
                target=self._bring_up, name="rapport-languagetool-start", daemon=True
            )
            self._starter.start()

    def wait_ready(self, timeout: float) -> None:
        self.start()
        with self._lock:
            starter = self._starter
        if starter is not None:
            starter.join(timeout)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            starter = self._starter
        if self._owns_server:
            self._server.close()
            if starter is not None:
                starter.join(5.0)  # it sees the server closed and gives up at once

    def _bring_up(self) -> None:
        try:
            self._server.start()
            failure = None
        except GrammarUnavailable as exc:
            failure = reason_of(exc)
        with self._lock:
            self._start_failure = failure
            self._check_failure = None  # the server answers again, or `failure` says why


class RemoteBackend:
    """A LanguageTool server elsewhere: nothing to start, every check just tries.

    With a `login`, checks carry HTTP Basic credentials (the password from the keyring),
    as a server behind an authenticating proxy expects.
    """

    timeout = 10.0

    def __init__(
        self,
        url: str,
        *,
        server: Server = Server.REMOTE,
        login: str = "",
        read_password: Callable[[], str] = server_password,
    ) -> None:
        self._lock = threading.Lock()
        self._failure: GrammarReason | None = None
        self._closed = False
        self._problem: GrammarReason | None = _address_problem(url)
        self._url, host = ("", "") if self._problem else _server_url(url)
        self._server = server
        self._host = host
        self.name = server_name(GrammarReason(Why.READY, server=server, host=host))
        self._login = login.strip()
        self._read_password = read_password
        if self._login and not self._problem and not _safe_for_key(self._url):
            self._problem = GrammarReason(Why.PASSWORD_NEEDS_HTTPS)

    def endpoint(self) -> Endpoint:
        with self._lock:
            closed = self._closed
        if closed:
            raise unavailable(_CLOSED.cause)
        if self._problem:
            raise unavailable(self._problem)
        plain = Endpoint(url=self._url, name=self.name, server=self._server, host=self._host)
        if not self._login:
            return plain
        try:
            password = self._read_password()
        except GrammarUnavailable as exc:
            self.failed(reason_of(exc))
            raise
        token = base64.b64encode(f"{self._login}:{password}".encode()).decode("ascii")
        return dataclasses.replace(
            plain, headers={"Authorization": f"Basic {token}"}, secrets=(password, token)
        )

    def succeeded(self) -> None:
        with self._lock:
            self._failure = None

    def failed(self, reason: GrammarReason, *, connection_lost: bool = False) -> GrammarReason:
        with self._lock:
            self._failure = reason
        return reason

    def timeout_for(self, language: str) -> float:
        return self.timeout

    def first_check(self, language: str) -> AbstractContextManager[None]:
        return contextlib.nullcontext()

    def status(self) -> GrammarStatus:
        with self._lock:
            closed, failure = self._closed, self._failure
        if closed:
            return _CLOSED
        problem = self._problem or failure
        if problem:
            return GrammarStatus("unavailable", problem)
        return GrammarStatus(
            "ready", GrammarReason(Why.READY, server=self._server, host=self._host)
        )

    def start(self) -> None:
        return

    def wait_ready(self, timeout: float) -> None:
        return

    def close(self) -> None:
        with self._lock:
            self._closed = True


class PremiumBackend(RemoteBackend):
    """LanguageTool Premium: the remote API, with a username and the keyring's API key."""

    def __init__(
        self,
        username: str,
        *,
        url: str = PREMIUM_URL,
        read_key: Callable[[], str] = premium_api_key,
    ) -> None:
        super().__init__(url, server=Server.PREMIUM)
        self._username = username.strip()
        self._read_key = read_key
        self._key: str | None = None
        if not self._problem and not _safe_for_key(self._url):
            self._problem = GrammarReason(Why.KEY_NEEDS_HTTPS, server=Server.PREMIUM)

    def endpoint(self) -> Endpoint:
        plain = super().endpoint()
        try:
            if not self._username:
                raise unavailable(GrammarReason(Why.USERNAME_MISSING, server=Server.PREMIUM))
            key = self._api_key()
        except GrammarUnavailable as exc:
            self.failed(reason_of(exc))
            raise
        return dataclasses.replace(
            plain, fields={"username": self._username, "apiKey": key}, secrets=(key,)
        )

    def failed(self, reason: GrammarReason, *, connection_lost: bool = False) -> GrammarReason:
        with self._lock:
            self._key = None  # read it again next time: the user may have fixed it
        return super().failed(reason)

    def _api_key(self) -> str:
        with self._lock:
            key = self._key
        if key is None:
            key = self._read_key()  # may wait for a keyring prompt: not under the lock
            with self._lock:
                self._key = key
        return key


def _module(language: str) -> str:
    """The LanguageTool module that checks `language`: "de" for "de-DE"."""
    return language.split("-")[0].lower()


def _address_problem(address: str) -> GrammarReason | None:
    """Why a server address that reached the backend without the settings dialog (a
    hand-edited settings file, a command's argument) will not do; None when it will."""
    if not address.strip():
        return GrammarReason(Why.ADDRESS_MISSING)
    try:
        validate_setting("grammar_url", address)
    except SettingsError as exc:
        has_login = exc.problem is Problem.URL_HAS_LOGIN
        return GrammarReason(Why.ADDRESS_HAS_LOGIN if has_login else Why.ADDRESS_NOT_WEB)
    return None


def _server_url(address: str) -> tuple[str, str]:
    """The API base ("…/v2/") and a display name ("host:port") for a server address that
    `_address_problem` accepts: "https://host", "http://host:8081", ".../v2" and
    ".../v2/check"."""
    parts = urllib.parse.urlsplit(address.strip())
    path = parts.path.rstrip("/").removesuffix("/check")
    if not path.endswith("/v2"):
        path += "/v2"
    url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path + "/", "", ""))
    return url, parts.netloc


def _safe_for_key(url: str) -> bool:
    """HTTPS, or a server on this computer: the only places Premium's key may go."""
    parts = urllib.parse.urlsplit(url)
    return parts.scheme == "https" or parts.hostname in ("localhost", "127.0.0.1", "::1")
