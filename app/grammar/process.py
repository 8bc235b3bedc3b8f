"""A child process that cannot outlive Rapport, with the tail of its output kept for errors.

On Linux the child asks the kernel for SIGKILL when its parent dies (PR_SET_PDEATHSIG), so
even a SIGKILLed Rapport leaves no JVM behind. Elsewhere only `terminate()` and the
caller's exit handlers stop it.

The child also runs at a lower scheduling priority (`BACKGROUND_NICENESS`): a grammar
check keeps a core busy for a while, and on a machine with few cores the window, which
must answer every keystroke within a frame, should win that core when both want it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
# Added to the child's niceness: 10 of 19, a tenth of the processor share of the window
# when both are runnable, and still all of an idle one.
BACKGROUND_NICENESS = 10


def _child_setup() -> Callable[[], None] | None:
    """A `preexec_fn` that lowers the child's priority and makes it die with this
    process; None off Linux.

    prctl is looked up here, in the parent: the function runs between fork and exec, where
    doing as little as possible is what keeps it safe in a threaded program. Priority is
    set there too, before the JVM starts its threads, which inherit it.
    """
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()
    # SIGKILL rather than SIGTERM: the server holds nothing worth a graceful shutdown.
    death_signal = ctypes.c_ulong(signal.SIGKILL)
    zero = ctypes.c_ulong(0)

    def set_up() -> None:
        os.nice(BACKGROUND_NICENESS)
        if prctl(_PR_SET_PDEATHSIG, death_signal, zero, zero, zero) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
        # The parent may have died before prctl: then no signal would ever come.
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)

    return set_up


class ChildProcess:
    """A child started, drained and reaped by one thread that lives exactly as long as it.

    The kernel sends the parent-death signal when the *thread* that forked the child ends,
    not the process (tried: a child forked on a worker thread died when the worker did).
    Callers of `start()` may be short-lived workers, so the fork happens on a dedicated
    thread that stays until the child has exited.
    """

    def __init__(self, argv: Sequence[str], *, tail_lines: int = 60) -> None:
        self._argv = list(argv)
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
        try:
            popen = subprocess.Popen(
                self._argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
                # preexec_fn can deadlock a threaded program when it needs a lock that another
                # thread held at fork time; this one takes none: nice, prctl, getppid, at
                # most kill.
                preexec_fn=_child_setup(),
            )
        except (OSError, subprocess.SubprocessError) as exc:
            self._error = exc
            self._spawned.set()
            return
        self._popen = popen
        self._spawned.set()
        assert popen.stdout is not None  # stdout=PIPE
        # Draining is not optional: a child blocked on a full pipe looks like a hung server.
        with popen.stdout:
            for line in popen.stdout:
                self._tail.append(line.rstrip())
        popen.wait()
