"""The user's one local LanguageTool server, shared by the window and every `rapport`
command: found through its record, started (by a keeper, keeper.py) when there is none.

    server = SharedServer(languages=("en-US",), idle_seconds=600)
    url = server.start()        # reuse the recorded server, or start one; blocks
    server.note_use()           # before each check: the idle time starts again
    server.close()              # stop using it; the server stays for the others

`start()` takes the lock (runtime.py) before it looks at the record, so two processes
starting at once start one server. A recorded server is used only when its JVM is alive,
is the JVM the record names (not another process given the same id), and answers on
its port; a hung one is stopped, and one that is gone or foreign is forgotten. Its other
methods are cheap and safe from any thread, like `LocalServer`'s, whose place it takes.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.grammar import runtime
from app.grammar.fetch import DOWNLOADING, ReleaseFetcher
from app.grammar.install import LANGUAGETOOL_VERSION, find_java, installed_folder, not_installed
from app.grammar.reasons import GrammarReason, Why, from_fields, other, unavailable
from app.grammar.runtime import KEEPER_FLAG, Record

DEFAULT_IDLE_SECONDS = 600.0
_HEALTH_TIMEOUT = 2.0


class SharedServer:
    def __init__(
        self,
        *,
        languages: tuple[str, ...] = ("en-US",),
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        may_download: bool = False,
        start_timeout: float = 90.0,
    ) -> None:
        self._languages = languages
        self._idle_seconds = idle_seconds
        self._may_download = may_download
        self._start_timeout = start_timeout
        self._fetcher = ReleaseFetcher()
        self._lock = threading.Lock()  # guards the fields below; never held for long
        self._start_lock = threading.Lock()
        self._record: Record | None = None
        self._closed = False

    @property
    def url(self) -> str | None:
        """The server's base URL while the JVM this process found or started runs."""
        with self._lock:
            record = self._record
        return record.url if record is not None and _alive(record.pid) else None

    @property
    def running(self) -> bool:
        return self.url is not None

    @property
    def pid(self) -> int | None:
        """The shared JVM's process id while it runs."""
        with self._lock:
            record = self._record
        return record.pid if record is not None and _alive(record.pid) else None

    @property
    def activity(self) -> str:
        return DOWNLOADING if self._fetcher.downloading else ""

    @property
    def warm_languages(self) -> tuple[str, ...]:
        """The languages whose rules the server loaded before it was declared ready."""
        with self._lock:
            record = self._record
        return record.languages if record is not None else self._languages

    def exit_reason(self) -> GrammarReason | None:
        """Why the server this process used is gone; None while it runs or before any."""
        with self._lock:
            record, closed = self._record, self._closed
        if record is None or _alive(record.pid):
            return None
        if closed:
            return GrammarReason(Why.STOPPED)
        if runtime.read_record() is None and not _alive(record.keeper):
            return GrammarReason(Why.IDLE_STOPPED, number=self._idle_seconds / 60)
        return GrammarReason(Why.CRASHED)

    def note_use(self) -> None:
        """Say a check is on its way, so the keeper does not stop the server for idleness."""
        with contextlib.suppress(OSError):
            runtime.note_use()

    def start(self) -> str:
        """Make sure the shared server runs and answers; return its URL, or raise
        `GrammarUnavailable` saying why it cannot."""
        with self._start_lock:
            with self._lock:
                if self._closed:
                    raise unavailable(GrammarReason(Why.STOPPED))
                record = self._record
            if record is not None and _answers(record):
                return record.url
            folder = self._installed()
            with runtime.locked(self._start_timeout):
                record = self._usable_record(silent=record)
                if record is None:
                    with self._lock:
                        closed = self._closed
                    if closed:  # a hung server was stopped; no new one for a closing user
                        raise unavailable(GrammarReason(Why.STOPPED))
                    record = self._start_keeper(folder)
            with self._lock:
                self._record = record
            return record.url

    def close(self) -> None:
        """Stop using the server; it stays for other processes until its idle time is up."""
        with self._lock:
            self._closed = True

    def _installed(self) -> Path:
        folder = installed_folder()
        if folder is not None:
            return folder
        if not self._may_download:
            raise not_installed()
        self._fetcher.fetch(find_java())
        folder = installed_folder()
        if folder is None:
            raise not_installed()
        return folder

    def _usable_record(self, silent: Record | None) -> Record | None:
        """The recorded server if it will do; else None, with a hung one stopped. The
        `silent` one has just failed its health check: it is not asked again."""
        record = runtime.read_record()
        if record is None:
            return None
        ours = _is_our_jvm(record)
        fits = record.version == LANGUAGETOOL_VERSION and (
            "auto" in record.languages or record.covers(self._languages)
        )
        if ours is not False and fits and record != silent and _answers(record):
            return record
        if ours:  # hung, or for other languages: its keeper goes with it
            self._languages = tuple(dict.fromkeys((*record.languages, *self._languages)))
            if _is_keeper(record.keeper):
                _kill(record.keeper)
            _kill(record.pid)
        runtime.discard_record()
        return None

    def _start_keeper(self, folder: Path) -> Record:
        argv = [
            *_keeper_command(),
            "--folder",
            str(folder),
            "--languages",
            ",".join(code for code in self._languages if code != "auto"),
            "--idle",
            str(self._idle_seconds),
            "--start-timeout",
            str(self._start_timeout),
        ]
        try:
            keeper = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                cwd=_package_root(),
                start_new_session=True,  # outlives us, and no Ctrl+C from our terminal
            )
        except OSError as exc:
            failed = GrammarReason(Why.KEEPER_NOT_STARTED, detail=str(exc)[:300])
            raise unavailable(failed) from exc
        # Reaped by a thread of its own, so an ended keeper never lingers as a zombie.
        threading.Thread(target=keeper.wait, name="rapport-keeper-reaper", daemon=True).start()
        answer = _first_line(keeper, self._start_timeout + 10.0)
        if "error" in answer:
            said = from_fields(answer.get("reason"))
            # A keeper of another Rapport version words its failure itself.
            raise unavailable(said or other(str(answer["error"])[:300]))
        record = runtime.read_record()
        if record is None or record.keeper != keeper.pid:
            _kill(keeper.pid)
            raise unavailable(GrammarReason(Why.START_TIMEOUT, number=self._start_timeout))
        return record


def _keeper_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, KEEPER_FLAG]
    return [sys.executable, "-m", "app.grammar.keeper"]


def _package_root() -> Path | None:
    """Where `-m app.grammar.keeper` finds this very package; a frozen app finds itself."""
    return None if getattr(sys, "frozen", False) else Path(__file__).resolve().parents[2]


def _first_line(keeper: subprocess.Popen[bytes], timeout: float) -> dict[str, object]:
    """The keeper's answer, or `GrammarUnavailable` when it ends or stays silent for
    `timeout` s, or answers what no keeper would."""
    lines: list[bytes] = []
    output = keeper.stdout
    assert output is not None  # stdout=PIPE

    def read() -> None:
        with output:
            lines.append(output.readline(4096))

    reader = threading.Thread(target=read, name="rapport-keeper-answer", daemon=True)
    reader.start()
    reader.join(timeout)
    if reader.is_alive() or not lines or not lines[0]:
        _kill(keeper.pid)
        raise unavailable(GrammarReason(Why.START_TIMEOUT, number=timeout))
    try:
        answer = json.loads(lines[0])
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise unavailable(GrammarReason(Why.KEEPER_NOT_STARTED))
    return answer


def _answers(record: Record) -> bool:
    from app.grammar import transport  # not with the module: see transport.py

    return transport.answers(record.url + "healthcheck", timeout=_HEALTH_TIMEOUT)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


def _is_our_jvm(record: Record) -> bool | None:
    """Whether the recorded JVM is the LanguageTool server on the recorded port: True,
    False (gone, or another process has its id), or None where /proc cannot tell.

    A process id is reused once its process is gone, and a port too: on Linux the JVM's
    command line must name the server class and the port. Elsewhere a live process whose
    port answers is used, but never killed.
    """
    arguments = _command_line(record.pid)
    if arguments is None:
        return False
    if not arguments:
        return None
    port = str(record.port).encode()
    return b"org.languagetool.server.HTTPServer" in arguments and port in arguments


def _is_keeper(pid: int) -> bool:
    arguments = _command_line(pid)
    return bool(arguments) and any(b"keeper" in argument for argument in arguments or ())


def _command_line(pid: int) -> list[bytes] | None:
    """The arguments of a live process; empty where /proc cannot tell; None if it is gone."""
    if not _alive(pid):
        return None
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        return None if sys.platform == "linux" else []
    except OSError:
        return []


def _kill(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5.0
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
