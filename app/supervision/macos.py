"""macOS: a pidfile per child, and the children of a Rapport that died stopped at the next start.

macOS has no parent-death signal, and a crashed or force-quit Rapport would leave its
400 MB JVM running until the user logs out. Each child is recorded while it runs, with
the process that started it; the next supervised start of a child of the same kind stops
the ones whose parent is gone, if the process id still runs the same command line (ids
are reused), and deletes their records.

Run on Linux, the tests exercise this branch for real (it needs only POSIX and `ps`); that
a force-quit Rapport.app leaves its JVM until the next start, and no longer, only a real
Mac can show.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

from app import paths
from app.supervision import BACKGROUND_NICENESS, Supervision

log = logging.getLogger(__name__)


def pidfile_dir() -> Path:
    return paths.cache_dir() / "processes"


class MacSupervision(Supervision):
    def __init__(self, kind: str, *, background: bool, folder: Path | None = None) -> None:
        self._kind = kind
        self._background = background
        self._folder = folder or pidfile_dir()
        self._pidfile: Path | None = None
        stop_orphans(self._folder, kind)

    def popen_options(self) -> dict[str, Any]:
        return {"preexec_fn": _lower_priority} if self._background else {}

    def started(self, popen: subprocess.Popen[Any]) -> None:
        argv = popen.args if isinstance(popen.args, list | tuple) else [popen.args]
        record = {"pid": popen.pid, "parent": os.getpid(), "command": _command_line(argv)}
        pidfile = self._folder / f"{self._kind}-{popen.pid}.json"
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            pidfile.write_text(json.dumps(record), encoding="utf-8")
        except OSError as exc:
            log.warning("Pid %s is not recorded (%s): it may outlive Rapport", popen.pid, exc)
            return
        self._pidfile = pidfile

    def ended(self) -> None:
        if self._pidfile is not None:
            self._pidfile.unlink(missing_ok=True)
            self._pidfile = None


def _lower_priority() -> None:
    # Runs between fork and exec: os.nice only, no lock taken.
    os.nice(BACKGROUND_NICENESS)


def stop_orphans(folder: Path, kind: str) -> list[int]:
    """Stop the recorded children of `kind` whose parent is gone; the ids stopped."""
    stopped: list[int] = []
    for pidfile in sorted(folder.glob(f"{kind}-*.json")):
        try:
            record = json.loads(pidfile.read_text(encoding="utf-8"))
            pid, parent, command = int(record["pid"]), int(record["parent"]), record["command"]
        except (OSError, ValueError, KeyError, TypeError):
            pidfile.unlink(missing_ok=True)  # torn or foreign: it proves nothing
            continue
        if _alive(parent):
            continue  # another running Rapport's child
        if _alive(pid) and running_command(pid) == command:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
                stopped.append(pid)
                log.info("Stopped pid %s, left behind by a Rapport that ended", pid)
        pidfile.unlink(missing_ok=True)
    return stopped


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to stop
    return True


def running_command(pid: int) -> str | None:
    """The command line `pid` runs, as `ps` prints it (unabridged), or None if none."""
    try:
        done = subprocess.run(
            ["ps", "-ww", "-o", "command=", "-p", str(pid)],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def _command_line(argv: list[Any] | tuple[Any, ...]) -> str:
    """The command line as `ps` prints it: the arguments joined by spaces, unquoted."""
    return " ".join(os.fsdecode(argument) for argument in argv)
