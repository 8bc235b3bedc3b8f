"""The local LanguageTool server: one JVM on a free loopback port, owned by this process.

language-tool-python can start a server too, but not safely for a desktop app (measured on
3.4.0): when its randomly picked port is busy its constructor never returns and starts a
new JVM every 15 seconds, a server slower than 15 s to start leaks its JVM, and a killed
app leaves the JVM running. Here the port comes from the kernel, the start has one
deadline, a JVM that fails to start is always stopped, and on Linux the JVM dies with us.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from app.grammar.endpoint import Endpoint
from app.grammar.fetch import DOWNLOADING, ReleaseFetcher
from app.grammar.install import (
    LANGUAGETOOL_VERSION,
    MINIMUM_JAVA,
    classpath_in,
    find_java,
    installed_classpath,
    launch_folder,
    not_installed,
)
from app.grammar.matches import GrammarUnavailable
from app.grammar.process import ChildProcess
from app.grammar.reasons import LOCAL_SERVER_NAME, GrammarReason, Why, unavailable

log = logging.getLogger(__name__)

NAME = LOCAL_SERVER_NAME
# Measured with LanguageTool 6.8 on Java 17: the serial collector and a heap cap halve the
# resident size (about 400 MB instead of 900 MB), and stopping at the C1 compiler shortens
# the warm-up by a second or two; checks of a message stay around 0.1 s. The shared
# server's keeper trims further for one user's languages (keeper.py).
_JVM_OPTIONS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8")
# glibc gives threads that allocate natively arenas of their own, up to eight per core,
# and the JVM's threads (HTTP handlers, compiler, collector) keep memory in them half
# empty: two arenas took 0-11 MB off the resident size with German loaded, on 2 cores
# (bench/README.md, issue 18's third pass). Other C libraries ignore it.
_JVM_ENVIRONMENT = {"MALLOC_ARENA_MAX": "2"}
# The heap cap of a server with every language module on the class path.
FULL_HEAP_MB = 1024
# The first check in a language loads every rule of it, about 5 to 8 s (30 s and more
# on a loaded machine); the warm-up pays for it before the server is declared ready
# (and the shared server's keeper for the user's other languages right after, keeper.py).
# Their errors make them realistic first requests.
_WARM_UP_TEXTS = {
    "en": "Their is a error in this sentense, but it will be fixed.",
    "de": "Das ist ein Fehlr in diesem Satz, aber er wird verbessert werden.",
    "fr": "Il y a une erreurs dans cette phrase, mais elle sera corrigée.",
    "es": "Hay un errores en esta frase, pero será corregido pronto.",
    "pt": "Tem um erros nesta frase, mas ele vai ser corrigido logo.",
}
_PROBE_TIMEOUT = 1.0
# LanguageTool builds a pipeline (every rule of the language, set up for the request)
# for each check unless it may keep them: measured side by side under load, a check of
# a short message took 507 ms without and 202 ms with kept pipelines (median of 120).
# Its default keeps one only 10 s after its last use, which the pauses of a person
# writing outlast; one hour is beyond the shared server's idle time. A pool of five
# serves the two checks `rapport check` sends at once (commands/check.py), the window's
# beside them, and a second language.
_SERVER_PROPERTIES = (
    "pipelineCaching=true\nmaxPipelinePoolSize=5\npipelineExpireTimeInSeconds=3600\n"
)
_ERROR_LINE = re.compile(r"(Exception in thread|Caused by:|Error:)")


def _answers(url: str) -> bool:
    # Imported here, not with the module (see transport.py), and not before a JVM is
    # started: HTTP and TLS take 30 ms to import, the keeper's start waits on them.
    from app.grammar import transport

    return transport.answers(url + "healthcheck", timeout=2.0)


def free_port() -> int:
    """A loopback port nobody listens on now (the kernel's choice, so rarely taken soon)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class _PortTaken(Exception):
    """The JVM could not bind its port: someone took it between our probe and its bind."""


class LocalServer:
    """Starts, watches and stops a LanguageTool server on this computer.

    `start()` blocks (up to `start_timeout` seconds, plus the download of LanguageTool when
    it is not installed yet) and belongs on a background thread; it replaces a server that
    died or hung. `url`, `running`, `pid`, `activity`, `exit_reason()` and `close()` are
    cheap and safe from any thread; after `close()` nothing starts again.

    The server is the one in `folder` if given; else the Maven build, else a release that
    language-tool-python downloaded, else, only with `may_download`, one it downloads now
    (see fetch.py): without the user's word nothing is fetched. `classpath` overrides the
    folder's, and `jvm_options` go before the defaults (the keeper passes the trimmed
    class path and its class-data archive, see archive.py, and a heap cap for its
    languages); `close()` gives the JVM `stop_grace` seconds to exit by itself.
    """

    def __init__(
        self,
        *,
        folder: Path | None = None,
        java: Path | None = None,
        start_timeout: float = 60.0,
        warm_up_language: str = "en-US",
        port_picker: Callable[[], int] = free_port,
        port_attempts: int = 3,
        may_download: bool = False,
        classpath: list[Path] | None = None,
        jvm_options: tuple[str, ...] = (),
        stop_grace: float = 3.0,
        max_heap_mb: int = FULL_HEAP_MB,
    ) -> None:
        self._folder = folder
        self._may_download = may_download
        self._given_classpath = classpath
        self._jvm_options = jvm_options
        self._stop_grace = stop_grace
        self._max_heap_mb = max_heap_mb
        self._java = java
        self._start_timeout = start_timeout
        self._warm_up_language = warm_up_language
        self._port_picker = port_picker
        self._port_attempts = port_attempts
        self._fetcher = ReleaseFetcher()
        self._lock = threading.Lock()  # guards the fields below; never held for long
        self._start_lock = threading.Lock()
        self._child: ChildProcess | None = None
        self._url: str | None = None
        self._stopped_by_us = False
        self._closed = False
        atexit.register(self.close)

    @property
    def url(self) -> str | None:
        """The server's base URL (ending in "/v2/") while a started JVM runs, else None."""
        with self._lock:
            child, url = self._child, self._url
        return url if child is not None and child.running else None

    @property
    def running(self) -> bool:
        return self.url is not None

    @property
    def pid(self) -> int | None:
        """The JVM's process id while it runs or starts."""
        with self._lock:
            child = self._child
        return child.pid if child is not None and child.running else None

    @property
    def activity(self) -> str:
        """What a start is busy with, for a person, when it is slower than starting Java."""
        return DOWNLOADING if self._fetcher.downloading else ""

    def note_use(self) -> None:
        """A server of this process's own stops with it, never for being idle."""

    def exit_reason(self) -> GrammarReason | None:
        """Why the last JVM is gone; None while it runs or before any ran."""
        with self._lock:
            child, stopped_by_us = self._child, self._stopped_by_us
        if child is None or child.running:
            return None
        if stopped_by_us:
            return GrammarReason(Why.STOPPED)
        return _crash_reason(child)

    def start(self) -> str:
        """Make sure a healthy server runs and return its URL; `GrammarUnavailable` if not.

        A running server that still answers is kept; one that no longer answers is
        replaced. Busy ports are skipped, and the whole start has one deadline.
        """
        with self._start_lock:  # a second caller waits, then finds the server running
            current = self.url
            if current is not None and _answers(current):
                return current
            self._stop_current(grace=0.0)  # a server that does not answer gets no clean exit
            return self._start_new()

    def _start_new(self) -> str:
        java = self._java or find_java()
        classpath = self._classpath(java)
        deadline = time.monotonic() + self._start_timeout  # the download is not part of it
        for _attempt in range(self._port_attempts):
            port = self._port_picker()
            try:
                return self._start_on(port, java, classpath, deadline)
            except _PortTaken:
                log.info("Port %d was taken before LanguageTool could use it", port)
        raise unavailable(GrammarReason(Why.NO_FREE_PORT, number=self._port_attempts))

    def _classpath(self, java: Path) -> list[Path]:
        if self._given_classpath is not None:
            return self._given_classpath
        if self._folder is not None:
            return classpath_in(self._folder)
        installed = installed_classpath()
        if installed is not None:
            return installed
        if not self._may_download:
            raise not_installed()
        with self._lock:
            closed = self._closed
        if closed:  # no 250 MB download for a server that will never run
            raise unavailable(GrammarReason(Why.STOPPED))
        return self._fetcher.fetch(java)

    def close(self) -> None:
        """Stop the server for good; safe to call more than once and from any thread."""
        with self._lock:
            self._closed = True
        self._stop_current(self._stop_grace)
        atexit.unregister(self.close)

    def stopped_cleanly(self) -> bool:
        """Whether the last JVM ended by itself when asked (not killed, not crashed)."""
        with self._lock:
            child, stopped_by_us = self._child, self._stopped_by_us
        if child is None or child.running or not stopped_by_us:
            return False
        code = child.returncode
        # The JVM answers SIGTERM by running its shutdown hooks and exiting with 143.
        return code is not None and code >= 0

    def _start_on(self, port: int, java: Path, classpath: list[Path], deadline: float) -> str:
        folder, relative_classpath = launch_folder(classpath)
        with _properties_file() as properties:
            return self._run_on(port, java, folder, relative_classpath, properties, deadline)

    def _run_on(
        self,
        port: int,
        java: Path,
        folder: Path,
        relative_classpath: str,
        properties: Path,
        deadline: float,
    ) -> str:
        argv = [
            str(java),
            *self._jvm_options,
            f"-Xmx{self._max_heap_mb}m",
            *_JVM_OPTIONS,
            "-cp",
            relative_classpath,
            "org.languagetool.server.HTTPServer",
            "--port",
            str(port),
            "--config",
            str(properties),
        ]
        child = ChildProcess(argv, cwd=folder, environment=_JVM_ENVIRONMENT)
        try:
            child.start()
        except (OSError, subprocess.SubprocessError) as exc:
            said = GrammarReason(Why.JAVA_NOT_STARTED, path=str(java), detail=str(exc)[:300])
            raise unavailable(said) from exc
        with self._lock:
            closed = self._closed
            if not closed:
                self._child, self._url, self._stopped_by_us = child, None, False
        if closed:
            child.terminate()
            raise unavailable(GrammarReason(Why.STOPPED))
        url = f"http://127.0.0.1:{port}/v2/"
        started = time.monotonic()
        try:
            self._await_health(child, url, deadline)
            self._warm_up(child, url, deadline)
        except BaseException:
            self._stop_current()
            raise
        with self._lock:
            if self._child is child:
                self._url = url
        if not child.running:  # close() stopped it, or it died just now
            raise unavailable(self.exit_reason() or GrammarReason(Why.STOPPED))
        log.info(
            "LanguageTool %s ready on port %d (pid %s) after %.1f s",
            LANGUAGETOOL_VERSION,
            port,
            child.pid,
            time.monotonic() - started,
        )
        return url

    def _await_health(self, child: ChildProcess, url: str, deadline: float) -> None:
        from app.grammar import transport

        while not transport.answers(url + "healthcheck", timeout=_PROBE_TIMEOUT):
            if not child.running:
                child.wait(2.0)  # let the output reader take in the last lines
                if any("PortBindingException" in line for line in child.tail()):
                    raise _PortTaken
                raise unavailable(self.exit_reason() or _crash_reason(child))
            if time.monotonic() >= deadline:
                raise self._too_slow()
            child.wait(0.1)

    def _too_slow(self) -> GrammarUnavailable:
        return unavailable(GrammarReason(Why.START_TIMEOUT, number=self._start_timeout))

    @property
    def warm_languages(self) -> tuple[str, ...]:
        """The language whose rules the server loaded before it was declared ready."""
        return (self._warm_up_language,)

    def warm_up(self, language: str) -> None:
        """Have the running server load the rules of `language` now, before a check in it
        needs them; `GrammarUnavailable` when it cannot."""
        url = self.url
        with self._lock:
            child = self._child
        if url is None or child is None:
            raise unavailable(self.exit_reason() or GrammarReason(Why.STOPPED))
        self._warm_up_in(child, url, time.monotonic() + self._start_timeout, language)

    def _warm_up(self, child: ChildProcess, url: str, deadline: float) -> None:
        """Send a first check, and make sure it is our LanguageTool that answers it."""
        self._warm_up_in(child, url, deadline, self._warm_up_language)

    def _warm_up_in(self, child: ChildProcess, url: str, deadline: float, language: str) -> None:
        from app.grammar import transport

        endpoint = Endpoint(url=url, name=NAME, local=True)
        remaining = max(deadline - time.monotonic(), _PROBE_TIMEOUT)
        text = _WARM_UP_TEXTS.get(language.split("-")[0].lower(), _WARM_UP_TEXTS["en"])
        try:
            answer = transport.check(endpoint, text, language, timeout=remaining)
        except GrammarUnavailable:
            if not child.running:
                raise unavailable(self.exit_reason() or _crash_reason(child)) from None
            if time.monotonic() >= deadline:
                raise self._too_slow() from None
            raise
        software = answer.get("software", {}) if isinstance(answer, dict) else {}
        if software.get("name") != "LanguageTool" or not child.running:
            raise unavailable(GrammarReason(Why.PORT_TAKEN))

    def _stop_current(self, grace: float = 3.0) -> None:
        with self._lock:
            child = self._child if self._child is not None and self._child.running else None
            self._url = None
            self._stopped_by_us = self._stopped_by_us or child is not None
        if child is not None:
            log.info("Stopping LanguageTool (pid %s)", child.pid)
            child.terminate(grace)


@contextlib.contextmanager
def _properties_file() -> Iterator[Path]:
    """The server's settings in a file of their own, removed once the server has read
    them (it reads them at start, before it answers)."""
    descriptor, name = tempfile.mkstemp(prefix="rapport-languagetool-", suffix=".properties")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(_SERVER_PROPERTIES)
        yield Path(name)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(name)


def _crash_reason(child: ChildProcess) -> GrammarReason:
    """Why a JVM we did not stop is gone, from its exit status and its last words."""
    output = "\n".join(child.tail())
    if "UnsupportedClassVersionError" in output:
        return GrammarReason(Why.JAVA_TOO_OLD, number=MINIMUM_JAVA, version=LANGUAGETOOL_VERSION)
    if "OutOfMemoryError" in output:
        return GrammarReason(Why.OUT_OF_MEMORY)
    code = child.returncode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = ""
        return GrammarReason(Why.KILLED, number=-code, detail=name)
    # The JVM's own words, when it left some: a missing class, a refused option...
    last_error = next((line for line in reversed(child.tail()) if _ERROR_LINE.match(line)), "")
    return GrammarReason(Why.EXITED, number=code or 0, detail=last_error.strip()[:200])
