"""A child process that cannot outlive Rapport, with the tail of its output kept for errors.

app/supervision/ makes sure of that on each platform: on Linux the kernel kills the child
when Rapport dies, even by SIGKILL; on Windows a job object does; on macOS the next start
stops a JVM left behind.

The child also runs at a lower scheduling priority: a grammar check keeps a core busy for
a while, and on a machine with few cores the window, which must answer every keystroke
within a frame, should win that core when both want it.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.supervision import supervise


class ChildProcess:
    """A child started, drained and reaped by one thread that lives exactly as long as it.

    The kernel sends the parent-death signal when the *thread* that forked the child ends,
    not the process (tried: a child forked on a worker thread died when the worker did).
    Callers of `start()` may be short-lived workers, so the fork happens on a dedicated
    thread that stays until the child has exited.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        cwd: Path | None = None,
        environment: Mapping[str, str] | None = None,
        tail_lines: int = 60,
    ) -> None:
        self._argv = list(argv)
        self._cwd = cwd
        # Added to this process's environment, not in place of it.
        self._environment = {**os.environ, **environment} if environment else None
        self._tail: deque[str] = deque(maxlen=tail_lines)
        self._spawned = threading.Event()
        self._popen: subprocess.Popen[str] | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._run, name="rapport-child", daemon=True)

    def start(self) -> None:
        """Start the child; raises OSError (or SubprocessError) when it cannot be started."""
        self._thread.start()
        self._spawned.wait()
        if self._error is not None:
            raise self._error

    @property
    def pid(self) -> int | None:
        return self._popen.pid if self._popen else None

    @property
    def running(self) -> bool:
        return self._popen is not None and self._popen.poll() is None

    @property
    def returncode(self) -> int | None:
        return self._popen.poll() if self._popen else None

    def tail(self) -> list[str]:
        """The last lines the child wrote (stdout and stderr together)."""
        return list(self._tail)

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the child to exit; True if it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def terminate(self, grace: float = 3.0) -> None:
        """Ask the child to stop, kill it after `grace` seconds, and reap it."""
        popen = self._popen
        if popen is None or popen.poll() is not None:
            self._thread.join(grace)
            return
        popen.terminate()
        try:
            popen.wait(grace)
        except subprocess.TimeoutExpired:
            popen.kill()
            popen.wait()
        self._thread.join(grace)

    def _run(self) -> None:
        supervision = supervise("languagetool", background=True)
        try:
            popen = subprocess.Popen(
                self._argv,
                cwd=self._cwd,
                env=self._environment,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
                **supervision.popen_options(),
            )
        except (OSError, subprocess.SubprocessError) as exc:
            self._error = exc
            self._spawned.set()
            return
        supervision.started(popen)
        self._popen = popen
        self._spawned.set()
        assert popen.stdout is not None  # stdout=PIPE
        # Draining is not optional: a child blocked on a full pipe looks like a hung server.
        with popen.stdout:
            for line in popen.stdout:
                self._tail.append(line.rstrip())
        popen.wait()
        supervision.ended()
