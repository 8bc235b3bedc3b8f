"""The local LanguageTool server: one JVM on a free loopback port, owned by this process.

language-tool-python can start a server too, but not safely for a desktop app (measured on
3.4.0): when its randomly picked port is busy its constructor never returns and starts a
new JVM every 15 seconds, a server slower than 15 s to start leaks its JVM, and a killed
app leaves the JVM running. Here the port comes from the kernel, the start has one
deadline, a JVM that fails to start is always stopped, and on Linux the JVM dies with us.
"""

from __future__ import annotations

import atexit
import logging
import re
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
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

log = logging.getLogger(__name__)

NAME = "The local grammar server"
# Measured with LanguageTool 6.8 on Java 17: the serial collector and a heap cap halve the
# resident size (about 400 MB instead of 900 MB), and stopping at the C1 compiler shortens
# the warm-up by a second or two; checks of a message stay around 0.1 s. The shared
# server's keeper trims further for one user's languages (keeper.py).
_JVM_OPTIONS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8")
# The heap cap of a server with every language module on the class path.
FULL_HEAP_MB = 1024
# The first check loads every rule of the language, about 5 to 8 s; the warm-up pays for
# it before the server is declared ready. Its errors make it a realistic first request.
_WARM_UP_TEXT = "Their is a error in this sentense, but it will be fixed."
_PROBE_TIMEOUT = 1.0
_ERROR_LINE = re.compile(r"(Exception in thread|Caused by:|Error:)")


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

    def exit_reason(self) -> str:
        """Why the last JVM is gone, for a person; empty while it runs or before any ran."""
        with self._lock:
            child, stopped_by_us = self._child, self._stopped_by_us
        if child is None or child.running:
            return ""
        if stopped_by_us:
            return f"{NAME} was stopped."
        return _crash_reason(child)

    def start(self) -> str:
        """Make sure a healthy server runs and return its URL; `GrammarUnavailable` if not.

        A running server that still answers is kept; one that no longer answers is
        replaced. Busy ports are skipped, and the whole start has one deadline.
        """
        from app.grammar import transport  # not with the module: see transport.py

        with self._start_lock:  # a second caller waits, then finds the server running
            current = self.url
            if current is not None and transport.answers(current + "healthcheck", timeout=2.0):
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
        raise GrammarUnavailable(
            f"{NAME} could not get a free port on this computer "
            f"({self._port_attempts} ports tried were in use)."
        )

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
            raise GrammarUnavailable(f"{NAME} was stopped.")
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
        ]
        child = ChildProcess(argv, cwd=folder)
        try:
            child.start()
        except (OSError, subprocess.SubprocessError) as exc:
            raise GrammarUnavailable(f"Java at {java} could not be started: {exc}.") from exc
        with self._lock:
            closed = self._closed
            if not closed:
                self._child, self._url, self._stopped_by_us = child, None, False
        if closed:
            child.terminate()
            raise GrammarUnavailable(f"{NAME} was stopped.")
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
            raise GrammarUnavailable(self.exit_reason() or f"{NAME} stopped.")
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
                raise GrammarUnavailable(self.exit_reason() or _crash_reason(child))
            if time.monotonic() >= deadline:
                raise self._too_slow()
            child.wait(0.1)

    def _too_slow(self) -> GrammarUnavailable:
        return GrammarUnavailable(f"{NAME} did not start within {self._start_timeout:g} seconds.")

    def _warm_up(self, child: ChildProcess, url: str, deadline: float) -> None:
        """Send a first check, and make sure it is our LanguageTool that answers it."""
        from app.grammar import transport

        endpoint = Endpoint(url=url, name=NAME, local=True)
        remaining = max(deadline - time.monotonic(), _PROBE_TIMEOUT)
        try:
            answer = transport.check(
                endpoint, _WARM_UP_TEXT, self._warm_up_language, timeout=remaining
            )
        except GrammarUnavailable:
            if not child.running:
                raise GrammarUnavailable(self.exit_reason() or _crash_reason(child)) from None
            if time.monotonic() >= deadline:
                raise self._too_slow() from None
            raise
        software = answer.get("software", {}) if isinstance(answer, dict) else {}
        if software.get("name") != "LanguageTool" or not child.running:
            raise GrammarUnavailable(f"Another program answered on the port of {NAME}.")

    def _stop_current(self, grace: float = 3.0) -> None:
        with self._lock:
            child = self._child if self._child is not None and self._child.running else None
            self._url = None
            self._stopped_by_us = self._stopped_by_us or child is not None
        if child is not None:
            log.info("Stopping LanguageTool (pid %s)", child.pid)
            child.terminate(grace)


def _crash_reason(child: ChildProcess) -> str:
    """Why a JVM we did not stop is gone, from its exit status and its last words."""
    output = "\n".join(child.tail())
    if "UnsupportedClassVersionError" in output:
        return (
            f"The Java found is too old for LanguageTool {LANGUAGETOOL_VERSION}; "
            f"it needs Java {MINIMUM_JAVA} or newer."
        )
    if "OutOfMemoryError" in output:
        return f"{NAME} ran out of memory and stopped."
    code = child.returncode
    if code is not None and code < 0:
        try:
            how = f"killed by {signal.Signals(-code).name}"
        except ValueError:
            how = f"killed by signal {-code}"
        return f"{NAME} stopped unexpectedly ({how})."
    # The JVM's own words, when it left some: a missing class, a refused option...
    last_error = next((line for line in reversed(child.tail()) if _ERROR_LINE.match(line)), "")
    detail = f": {last_error.strip()[:200]}" if last_error else "."
    return f"{NAME} stopped unexpectedly (exit code {code}){detail}"
