"""Where the user's one shared LanguageTool server is recorded, and the lock around it.

Every Rapport process of a user (the window, each `rapport check`) uses one server. Three
files in the runtime folder say which:

- `languagetool.lock`: held while a process starts, replaces or retires the server, so two
  processes starting at once start one;
- `languagetool.json`: the running server (`Record`), written by its keeper once the
  server answers checks, removed by whoever stops it;
- `languagetool.used`: touched before every check; its modification time is the last
  use, from which the keeper (keeper.py) counts the idle time.

The folder is `RAPPORT_RUNTIME` when set (tests), else the platform's runtime folder
(`$XDG_RUNTIME_DIR/Rapport` on Linux), which is private to the user and emptied at logout,
else `runtime/` in the cache folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

from app.grammar.reasons import GrammarReason, Why, unavailable
from app.paths import cache_dir

# How a frozen Rapport, which can only start itself, is asked to be the keeper (keeper.py).
KEEPER_FLAG = "--languagetool-keeper"
_RECORD = "languagetool.json"
_LOCK = "languagetool.lock"
_USED = "languagetool.used"
# A record is a few hundred bytes; a larger file is not one of ours.
_MAX_RECORD = 4096


def keep_if_asked(argv: Sequence[str]) -> None:
    """Serve as the shared server's keeper, and exit, when started with `KEEPER_FLAG`."""
    if list(argv[:1]) == [KEEPER_FLAG]:
        from app.grammar.keeper import main

        sys.exit(main(argv[1:]))


def runtime_dir() -> Path:
    """The user's runtime folder for Rapport, created (private to the user) if missing."""
    override = os.environ.get("RAPPORT_RUNTIME")
    folder = Path(override) if override else Path(platformdirs.user_runtime_dir("Rapport", False))
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        if override:
            raise
        # No runtime folder of the user's (a session without XDG_RUNTIME_DIR): the cache.
        folder = cache_dir() / "runtime"
        folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@dataclass(frozen=True)
class Record:
    """The shared server: its JVM (`pid`), the keeper that watches it, and what it checks."""

    url: str
    port: int
    pid: int
    keeper: int
    version: str
    languages: tuple[str, ...]

    def covers(self, languages: tuple[str, ...]) -> bool:
        """Whether the server has the modules for `languages` ("en-GB" is in "en-US"'s)."""
        return _modules(languages) <= _modules(self.languages)


def _modules(languages: tuple[str, ...]) -> set[str]:
    return {code.split("-")[0].lower() for code in languages}


def read_record() -> Record | None:
    """The recorded server, or None when there is none or the file is not a record."""
    try:
        with open(runtime_dir() / _RECORD, "rb") as handle:
            raw = handle.read(_MAX_RECORD + 1)
        if len(raw) > _MAX_RECORD:
            return None
        data = json.loads(raw)
        record = Record(
            url=str(data["url"]),
            port=int(data["port"]),
            pid=int(data["pid"]),
            keeper=int(data["keeper"]),
            version=str(data["version"]),
            languages=tuple(str(code) for code in data["languages"]),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return record


def write_record(record: Record) -> None:
    """Record the server, atomically: a reader sees the old record or the new one."""
    folder = runtime_dir()
    temporary = folder / f"{_RECORD}.{os.getpid()}"
    data = {**asdict(record), "languages": list(record.languages)}
    temporary.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temporary, folder / _RECORD)


def remove_record(keeper: int) -> None:
    """Remove the record if it is still the one of `keeper` (another may have replaced it)."""
    record = read_record()
    if record is not None and record.keeper == keeper:
        with contextlib.suppress(FileNotFoundError):
            (runtime_dir() / _RECORD).unlink()


def discard_record() -> None:
    """Remove whatever record is there: its server is gone or is not ours."""
    with contextlib.suppress(FileNotFoundError):
        (runtime_dir() / _RECORD).unlink()


def note_use() -> None:
    """Say that a check is about to be sent: the idle time starts again."""
    path = runtime_dir() / _USED
    try:
        os.utime(path)
    except FileNotFoundError:
        path.touch()


def last_use() -> float:
    """When a check was last sent (seconds since the epoch); 0 if never."""
    try:
        return (runtime_dir() / _USED).stat().st_mtime
    except FileNotFoundError:
        return 0.0


@contextlib.contextmanager
def locked(timeout: float) -> Iterator[None]:
    """Hold the server lock, waiting up to `timeout` seconds for another process to let go.

    The lock is the operating system's, on an open file, so a process that dies holding it
    (even by SIGKILL) releases it at once.
    """
    with open(runtime_dir() / _LOCK, "a+b") as handle:
        deadline = time.monotonic() + timeout
        while not _try_lock(handle.fileno()):
            if time.monotonic() >= deadline:
                raise unavailable(GrammarReason(Why.STARTING_ELSEWHERE, number=timeout))
            time.sleep(0.05)
        try:
            yield
        finally:
            _unlock(handle.fileno())


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
