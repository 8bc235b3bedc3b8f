"""Linux: the child dies with the thread that started it, and a background one yields."""

from __future__ import annotations

import ctypes
import os
import signal
from collections.abc import Callable
from typing import Any

from app.supervision import BACKGROUND_NICENESS, Supervision

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class LinuxSupervision(Supervision):
    """The kernel sends the parent-death signal when the *thread* that forked the child
    ends, not the process: callers start children on a thread that lives as long as the
    child (app/grammar/process.py, app/rendering/worker.py)."""

    def __init__(self, *, background: bool) -> None:
        self._background = background

    def popen_options(self) -> dict[str, Any]:
        # preexec_fn can deadlock a threaded program when it needs a lock that another
        # thread held at fork time; this one takes none: nice, prctl, getppid, at most kill.
        return {"preexec_fn": _child_setup(self._background)}

    def processor_seconds(self, pid: int) -> float | None:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
                line = stat.read()
        except OSError:
            return None
        # The fields after the command's name, which may itself hold spaces and ")":
        # user and system time, in clock ticks, are the 14th and 15th of the line.
        fields = line[line.rfind(")") + 2 :].split()
        try:
            ticks = int(fields[11]) + int(fields[12])
        except (IndexError, ValueError):
            return None
        return ticks / _CLOCK_TICKS


def _child_setup(background: bool) -> Callable[[], None]:
    """A `preexec_fn` that makes the child die with this process, and lowers its priority.

    prctl is looked up here, in the parent: the function runs between fork and exec, where
    doing as little as possible is what keeps it safe in a threaded program. Priority is
    set there too, before a JVM starts its threads, which inherit it.
    """
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()
    # SIGKILL rather than SIGTERM: neither child holds anything worth a graceful shutdown.
    death_signal = ctypes.c_ulong(signal.SIGKILL)
    zero = ctypes.c_ulong(0)

    def set_up() -> None:
        if background:
            os.nice(BACKGROUND_NICENESS)
        if prctl(_PR_SET_PDEATHSIG, death_signal, zero, zero, zero) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
        # The parent may have died before prctl: then no signal would ever come.
        if os.getppid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)

    return set_up
