"""Each platform's branch of app/supervision, run here with the platform swapped.

The Linux and macOS branches run for real (macOS's needs only POSIX and `ps`), on real
child processes watched with psutil. The Windows branch records its calls to a stand-in
for kernel32: what Windows does with the job (kill on close, the memory cap) only a real
Windows machine shows.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest

from app.supervision import BACKGROUND_NICENESS, Supervision, supervise
from app.supervision.macos import MacSupervision, stop_orphans
from app.supervision.windows import (
    BELOW_NORMAL_PRIORITY_CLASS,
    CREATE_NO_WINDOW,
    JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
    JOB_OBJECT_LIMIT_PROCESS_MEMORY,
    ExtendedLimits,
    WindowsSupervision,
)

posix = pytest.mark.skipif(os.name != "posix", reason="fork and nice: POSIX branches")
SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)"]


@pytest.fixture
def pids(tmp_path: Path) -> Path:
    folder = tmp_path / "processes"
    folder.mkdir()
    return folder


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for child in started:
        child.kill()
        child.wait()


def start(supervision: Supervision, children: list[subprocess.Popen[bytes]]) -> psutil.Process:
    popen = subprocess.Popen(SLEEPER, **supervision.popen_options())
    children.append(popen)
    supervision.started(popen)
    return psutil.Process(popen.pid)


def expected_niceness() -> int:
    return min(19, os.nice(0) + BACKGROUND_NICENESS)


@posix
@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_a_background_child_yields_the_processor(
    platform: str, children: list[subprocess.Popen[bytes]], pids: Path
) -> None:
    supervision = _supervision(platform, "languagetool", pids, background=True)
    assert start(supervision, children).nice() == expected_niceness()


@posix
@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_a_foreground_child_keeps_its_priority(
    platform: str, children: list[subprocess.Popen[bytes]], pids: Path
) -> None:
    supervision = _supervision(platform, "render-worker", pids, background=False)
    assert start(supervision, children).nice() == os.nice(0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG")
def test_on_linux_the_child_dies_with_the_thread_that_started_it() -> None:
    # A middle process starts the child under supervision and is then killed.
    script = (
        "import subprocess, sys, time\n"
        "from app.supervision import supervise\n"
        "s = supervise('languagetool')\n"
        f"p = subprocess.Popen({SLEEPER!r}, **s.popen_options())\n"
        "print(p.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    middle = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert middle.stdout is not None
    child = psutil.Process(int(middle.stdout.readline()))
    middle.kill()
    middle.wait()
    middle.stdout.close()
    child.wait(timeout=10)  # psutil.TimeoutExpired if it outlived its parent
    assert not child.is_running()


# -- macOS: pidfiles, and the orphans of a Rapport that died -------------------------------


@posix
def test_a_running_child_is_recorded_until_it_ends(
    children: list[subprocess.Popen[bytes]], pids: Path
) -> None:
    supervision = MacSupervision("languagetool", background=True, folder=pids)
    child = start(supervision, children)
    record = json.loads((pids / f"languagetool-{child.pid}.json").read_text(encoding="utf-8"))
    assert record == {"pid": child.pid, "parent": os.getpid(), "command": " ".join(SLEEPER)}
    children[0].kill()
    children[0].wait()
    supervision.ended()
    assert list(pids.iterdir()) == []


def _orphan(folder: Path, *, command: str | None = None, parent_alive: bool = False) -> int:
    """Start a sleeper and record it as the child of a parent that has exited (or not)."""
    child = subprocess.Popen(SLEEPER, start_new_session=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    record = {
        "pid": child.pid,
        "parent": os.getpid() if parent_alive else dead.pid,
        "command": command or " ".join(SLEEPER),
    }
    (folder / f"languagetool-{child.pid}.json").write_text(json.dumps(record), encoding="utf-8")
    return child.pid


@posix
def test_the_next_start_stops_the_children_of_a_rapport_that_died(pids: Path) -> None:
    orphan = _orphan(pids)
    process = psutil.Process(orphan)
    MacSupervision("languagetool", background=True, folder=pids)
    process.wait(timeout=10)
    assert list(pids.iterdir()) == []


@posix
def test_a_reused_process_id_is_not_stopped(pids: Path) -> None:
    pid = _orphan(pids, command="/usr/bin/java -cp languagetool.jar HTTPServer")
    try:
        assert stop_orphans(pids, "languagetool") == []
        assert psutil.Process(pid).is_running()
        assert list(pids.iterdir()) == []  # the record proved nothing and is gone
    finally:
        psutil.Process(pid).kill()


@posix
def test_the_children_of_a_running_rapport_are_left_alone(pids: Path) -> None:
    pid = _orphan(pids, parent_alive=True)
    try:
        assert stop_orphans(pids, "languagetool") == []
        assert stop_orphans(pids, "render-worker") == []
        assert psutil.Process(pid).is_running()
        assert len(list(pids.iterdir())) == 1
    finally:
        psutil.Process(pid).kill()


def test_a_torn_record_is_dropped(pids: Path) -> None:
    (pids / "languagetool-1.json").write_text('{"pid": 1', encoding="utf-8")
    assert stop_orphans(pids, "languagetool") == []
    assert list(pids.iterdir()) == []


# -- Windows: the job object, through a stand-in kernel32 ----------------------------------


class Kernel32:
    """Records the calls; answers as Windows would, or fails where told to."""

    def __init__(self, *, assign_fails: bool = False) -> None:
        self.assign_fails = assign_fails
        self.limits: ExtendedLimits | None = None
        self.assigned: list[tuple[int, int]] = []
        self.closed: list[int] = []

    def CreateJobObjectW(self, attributes: Any, name: Any) -> int:
        return 77

    def SetInformationJobObject(self, job: int, kind: int, limits: Any, size: int) -> bool:
        assert kind == 9 and size == ctypes.sizeof(ExtendedLimits)
        self.limits = ExtendedLimits.from_buffer_copy(ctypes.string_at(limits, size))
        return True

    def AssignProcessToJobObject(self, job: int, process: int) -> bool:
        self.assigned.append((job, process))
        return not self.assign_fails

    def CloseHandle(self, handle: int) -> bool:
        self.closed.append(handle)
        return True


class WindowsPopen:
    """What the branch reads of a Popen on Windows: its pid, its handle, its argv."""

    pid = 4242
    _handle = 1234
    args = ("java.exe",)


def test_on_windows_the_worker_runs_in_a_job_that_kills_it_and_caps_its_memory() -> None:
    kernel32 = Kernel32()
    supervision = WindowsSupervision(memory_limit=512 << 20, background=False, kernel32=kernel32)
    assert supervision.popen_options() == {"creationflags": CREATE_NO_WINDOW}
    supervision.started(WindowsPopen())  # type: ignore[arg-type]
    assert kernel32.assigned == [(77, 1234)]
    assert kernel32.limits is not None
    flags = kernel32.limits.BasicLimitInformation.LimitFlags
    assert flags & JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    assert flags & JOB_OBJECT_LIMIT_PROCESS_MEMORY
    assert kernel32.limits.ProcessMemoryLimit == 512 << 20
    assert kernel32.closed == []  # the job lives as long as the child
    supervision.ended()
    assert kernel32.closed == [77]


def test_on_windows_the_jvm_runs_windowless_below_normal_priority_and_uncapped() -> None:
    kernel32 = Kernel32()
    supervision = WindowsSupervision(memory_limit=None, background=True, kernel32=kernel32)
    flags = supervision.popen_options()["creationflags"]
    assert flags == CREATE_NO_WINDOW | BELOW_NORMAL_PRIORITY_CLASS
    supervision.started(WindowsPopen())  # type: ignore[arg-type]
    assert kernel32.limits is not None
    assert not kernel32.limits.BasicLimitInformation.LimitFlags & JOB_OBJECT_LIMIT_PROCESS_MEMORY


def test_on_windows_a_child_outside_any_job_still_runs(caplog: pytest.LogCaptureFixture) -> None:
    kernel32 = Kernel32(assign_fails=True)
    supervision = WindowsSupervision(memory_limit=None, background=True, kernel32=kernel32)
    supervision.started(WindowsPopen())  # type: ignore[arg-type]
    assert kernel32.closed == [77]  # the unused job is not kept
    assert "outside a job object" in caplog.text
    supervision.ended()
    assert kernel32.closed == [77]


def test_each_platform_gets_its_branch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_CACHE", str(tmp_path))
    assert type(supervise("x", platform="win32")).__name__ == "WindowsSupervision"
    assert type(supervise("x", platform="darwin")).__name__ == "MacSupervision"
    assert type(supervise("x", platform="linux")).__name__ == "LinuxSupervision"
    assert type(supervise("x", platform="freebsd14")) is Supervision


def _supervision(platform: str, kind: str, folder: Path, *, background: bool) -> Supervision:
    if platform == "darwin":
        return MacSupervision(kind, background=background, folder=folder)
    return supervise(kind, background=background, platform=platform)
