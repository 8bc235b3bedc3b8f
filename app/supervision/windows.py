"""Windows: a Job Object that kills the child when Rapport ends, and caps its memory.

A process in a job with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE is killed when the last handle
to the job is closed; Rapport holds the only one, and Windows closes it when Rapport ends,
by a crash or End task too. The child is assigned just after it starts: in that moment
it could start children of its own outside the job, which neither the JVM nor the worker
does while starting.

Run on Linux, the tests swap `kernel32` for a recorder, so they show the calls and the
limits; that Windows honours them (the JVM gone after End task, a worker over the cap
stopped, no console window under rapport-gui) only a real Windows machine can show.
"""

from __future__ import annotations

import ctypes
import logging
import subprocess
from typing import Any

from app.supervision import Supervision

log = logging.getLogger(__name__)

# From <winbase.h> and <winnt.h>; subprocess defines some of them only on Windows.
CREATE_NO_WINDOW = 0x08000000
BELOW_NORMAL_PRIORITY_CLASS = 0x00004000
JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x00002000
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9

# Fixed-width fields (DWORD is 32 bits, SIZE_T and ULONG_PTR pointer-sized), so that the
# layout is Windows' own even where ctypes' c_ulong is 64 bits, as in the tests on Linux.


class _BasicLimits(ctypes.Structure):
    _fields_ = (
        ("PerProcessUserTimeLimit", ctypes.c_int64),
        ("PerJobUserTimeLimit", ctypes.c_int64),
        ("LimitFlags", ctypes.c_uint32),
        ("MinimumWorkingSetSize", ctypes.c_size_t),
        ("MaximumWorkingSetSize", ctypes.c_size_t),
        ("ActiveProcessLimit", ctypes.c_uint32),
        ("Affinity", ctypes.c_size_t),
        ("PriorityClass", ctypes.c_uint32),
        ("SchedulingClass", ctypes.c_uint32),
    )


class _IoCounters(ctypes.Structure):
    _fields_ = tuple(
        (name, ctypes.c_uint64)
        for name in (
            "ReadOperationCount",
            "WriteOperationCount",
            "OtherOperationCount",
            "ReadTransferCount",
            "WriteTransferCount",
            "OtherTransferCount",
        )
    )


class ExtendedLimits(ctypes.Structure):
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION."""

    _fields_ = (
        ("BasicLimitInformation", _BasicLimits),
        ("IoInfo", _IoCounters),
        ("ProcessMemoryLimit", ctypes.c_size_t),
        ("JobMemoryLimit", ctypes.c_size_t),
        ("PeakProcessMemoryUsed", ctypes.c_size_t),
        ("PeakJobMemoryUsed", ctypes.c_size_t),
    )


def job_limits(memory_limit: int | None) -> ExtendedLimits:
    """The job's limits: kill on close, no error dialog for a crash, and the memory cap."""
    limits = ExtendedLimits()
    flags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    if memory_limit is not None:
        flags |= JOB_OBJECT_LIMIT_PROCESS_MEMORY
        limits.ProcessMemoryLimit = memory_limit
    limits.BasicLimitInformation.LimitFlags = flags
    return limits


def _kernel32() -> Any:
    """kernel32 with the prototypes used here (only ever called on Windows)."""
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.argtypes = (wintypes.LPVOID, wintypes.LPCWSTR)
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.SetInformationJobObject.argtypes = (
        wintypes.HANDLE,
        ctypes.c_int,
        wintypes.LPVOID,
        wintypes.DWORD,
    )
    kernel32.SetInformationJobObject.restype = wintypes.BOOL
    kernel32.AssignProcessToJobObject.argtypes = (wintypes.HANDLE, wintypes.HANDLE)
    kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    kernel32.CloseHandle.restype = wintypes.BOOL
    return kernel32


def _last_error() -> int:
    getter = getattr(ctypes, "get_last_error", None)  # Windows' ctypes only
    return int(getter()) if getter is not None else 0


class WindowsSupervision(Supervision):
    def __init__(self, *, memory_limit: int | None, background: bool, kernel32: Any = None) -> None:
        self._memory_limit = memory_limit
        self._background = background
        self._kernel32 = kernel32
        self._job: int | None = None

    def popen_options(self) -> dict[str, Any]:
        # Without CREATE_NO_WINDOW the windowed app (rapport-gui, Rapport.exe) would flash
        # a console window for each child, the JVM's staying open as long as it runs.
        flags = CREATE_NO_WINDOW
        if self._background:
            flags |= BELOW_NORMAL_PRIORITY_CLASS
        return {"creationflags": flags}

    def started(self, popen: subprocess.Popen[Any]) -> None:
        kernel32 = self._kernel32 or _kernel32()
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            log.warning("No job object for pid %s (error %s)", popen.pid, _last_error())
            return
        limits = job_limits(self._memory_limit)
        if not kernel32.SetInformationJobObject(
            job,
            JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS,
            ctypes.byref(limits),
            ctypes.sizeof(limits),
        ) or not kernel32.AssignProcessToJobObject(job, int(popen._handle)):  # type: ignore[attr-defined]
            log.warning(
                "Pid %s runs outside a job object (error %s): it may outlive Rapport",
                popen.pid,
                _last_error(),
            )
            kernel32.CloseHandle(job)
            return
        self._job = job

    def ended(self) -> None:
        if self._job is not None:
            (self._kernel32 or _kernel32()).CloseHandle(self._job)
            self._job = None
