"""The render worker: a child process that renders templates Rapport does not trust.

The sandbox (app/rendering/sandbox.py) stops almost everything a template can try, but one C call
(comparing two huge nested lists, sorting long texts) can neither be interrupted by its
deadline nor stopped from taking memory. A separate process can: the child caps its own
address space (app/rendering/child.py), and this side gives each request a hard wall-clock
limit, after which the child is killed and a fresh one started. Only Rapport's own
templates render in-process, so the window's first paint never waits for this process.

One worker serves the whole program, the window and the command line alike: requests are
serialised by a lock, and the process is kept between them, because typing re-renders the
preview on every keystroke and a new process per render would take a tenth of a second.
"""

from __future__ import annotations

import atexit
import contextlib
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from app.rendering.child import MEMORY_LIMIT
from app.rendering.protocol import WORKER_FLAG, read_message, write_message
from app.sentences import QT_TRANSLATE_NOOP, SaidError
from app.supervision import supervise

# The sandbox's own budget (0.5 s) usually stops a template first, with a more precise
# message; this limit catches what it cannot, and leaves time to kill the child and
# answer within the second Rapport promises. Where the platform tells a child's processor
# time (Linux), it counts that, so a render that waits its turn on a busy machine is not
# stopped for it; WALL_LIMIT bounds the wait whatever the child's share.
TIME_LIMIT = 0.8
WALL_LIMIT = 5.0
# Starting Python and importing the renderer takes a tenth of a second; a cold disk or
# an app bundle unpacking itself can take several.
START_LIMIT = 10.0
# On exit, how long the child gets to notice its closed input before it is killed.
_CLOSE_LIMIT = 1.0

STOPPED = QT_TRANSLATE_NOOP(
    "WorkerError", "The template took too long or used too much memory and was stopped."
)
UNAVAILABLE = QT_TRANSLATE_NOOP("WorkerError", "Rapport could not start its template renderer.")


class WorkerError(SaidError):
    """The worker gave no answer: the template was stopped, or the worker never started."""


class _NoAnswer(Exception):
    """The child died, or did not answer in time."""


class _NotYet(_NoAnswer):
    """The child, still running, has not answered within the wait."""


def worker_argv() -> list[str]:
    """How to start a worker: the frozen app itself, or this Python running `app`."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "app", WORKER_FLAG]


def _package_root() -> Path | None:
    """The folder `-m app` must start in to find the very package this process runs,
    wherever Rapport was started from; a frozen app finds itself."""
    return None if getattr(sys, "frozen", False) else Path(__file__).resolve().parent.parent


class _Child:
    """One worker process, and the thread that starts it, reads its answers and reaps it.

    The thread lives exactly as long as the process. Linux sends the parent-death signal
    the child asks for when the *thread* that started it ends, so the start cannot happen
    on a caller's thread, which may be a short-lived one.
    """

    def __init__(self, argv: Sequence[str]) -> None:
        self._answers: queue.SimpleQueue[dict[str, Any] | None] = queue.SimpleQueue()
        self._started = threading.Event()
        self._exited = threading.Event()
        self._popen: subprocess.Popen[bytes] | None = None
        self._supervision = supervise("render-worker", memory_limit=MEMORY_LIMIT)
        self.ready = False
        threading.Thread(
            target=self._run, args=(list(argv),), name="rapport-render-worker", daemon=True
        ).start()
        self._started.wait()
        if self._popen is None:
            raise WorkerError(UNAVAILABLE())

    @property
    def pid(self) -> int | None:
        return self._popen.pid if self._popen else None

    @property
    def alive(self) -> bool:
        return self._popen is not None and not self._exited.is_set()

    def _run(self, argv: list[str]) -> None:
        # The cap is the child's own on Linux; on Windows its job object holds it.
        supervision = self._supervision
        try:
            self._popen = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                cwd=_package_root(),
                **supervision.popen_options(),
            )
            supervision.started(self._popen)
        except (OSError, subprocess.SubprocessError):
            return
        finally:
            self._started.set()
        stdout = self._popen.stdout
        assert stdout is not None
        try:
            while (answer := read_message(stdout)) is not None:
                self._answers.put(answer)
        except (OSError, ValueError):
            pass  # a torn or garbled message: the child is dying, or was killed
        finally:
            self._exited.set()
            self._answers.put(None)
            stdout.close()
            self._popen.wait()
            supervision.ended()

    def send(self, message: Mapping[str, Any]) -> None:
        assert self._popen is not None and self._popen.stdin is not None
        try:
            write_message(self._popen.stdin, message)
        except OSError:
            raise _NoAnswer from None

    def receive(self, timeout: float) -> dict[str, Any]:
        try:
            answer = self._answers.get(timeout=timeout)
        except queue.Empty:
            raise _NotYet from None
        if answer is None:
            raise _NoAnswer
        return answer

    def processor_seconds(self) -> float | None:
        pid = self.pid
        return None if pid is None else self._supervision.processor_seconds(pid)

    def answer_within_budget(self) -> dict[str, Any]:
        """The answer to the request just sent; `_NoAnswer` once the child has used
        TIME_LIMIT of processor time on it (of the clock, where that is unknown), or
        WALL_LIMIT has passed."""
        started = time.monotonic()
        spent_before = self.processor_seconds()
        wait = TIME_LIMIT
        while True:
            try:
                return self.receive(wait)
            except _NotYet:
                spent = self.processor_seconds()
                if spent is None or spent_before is None:
                    raise
            used = spent - spent_before
            left = min(TIME_LIMIT - used, WALL_LIMIT - (time.monotonic() - started))
            if left <= 0:
                raise _NoAnswer
            wait = left

    def kill(self) -> None:
        if self._popen is not None:
            self._popen.kill()
            self._close_input()

    def close(self) -> None:
        """Let the child exit on its own (it stops at the end of its input), or kill it."""
        self._close_input()
        if not self._exited.wait(_CLOSE_LIMIT):
            self.kill()

    def _close_input(self) -> None:
        if self._popen is not None and self._popen.stdin is not None:
            # Flushing into the pipe of a child that is gone fails; it is closed anyway.
            with contextlib.suppress(OSError):
                self._popen.stdin.close()


class RenderWorker:
    """Renders in a child process under hard limits; safe to use from several threads."""

    def __init__(self, argv: Sequence[str]) -> None:
        self._argv = list(argv)
        self._lock = threading.Lock()
        self._child: _Child | None = None

    @property
    def pid(self) -> int | None:
        """The running child's process id; None before the first request."""
        child = self._child
        return child.pid if child is not None and child.alive else None

    def start(self) -> None:
        """Start the child now, without waiting for it: the window calls this after its
        first paint, so the first edit of a draft does not pay for the start."""
        with self._lock:
            if self._child is None or not self._child.alive:
                self._restart()

    def request(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """Send one request and return the child's answer.

        Raises WorkerError when the child is stopped (too slow, or out of memory) or
        cannot be started."""
        with self._lock:
            child = self._ready_child()
            try:
                child.send(message)
                return child.answer_within_budget()
            except _NoAnswer:
                child.kill()
                self._restart()
                raise WorkerError(STOPPED()) from None

    def close(self) -> None:
        with self._lock:
            if self._child is not None:
                self._child.close()
                self._child = None

    def _restart(self) -> None:
        """Start a fresh child now, so the next request finds it ready."""
        try:
            self._replace_child()
        except WorkerError:
            self._child = None  # the next request tries again, and reports it

    def _replace_child(self) -> _Child:
        # The child replaced is stopped, if it still runs, and the pipe to it closed: a
        # child killed from outside left it open until the garbage collector came.
        if self._child is not None:
            self._child.kill()
        self._child = child = _Child(self._argv)
        return child

    def _ready_child(self) -> _Child:
        # A child that died between requests (killed from outside) is replaced quietly:
        # the next template is not to blame for it.
        child = self._child
        if child is None or not child.alive:
            child = self._replace_child()
        if not child.ready:
            try:
                child.receive(START_LIMIT)
            except _NoAnswer:
                child.kill()
                self._child = None
                raise WorkerError(UNAVAILABLE()) from None
            child.ready = True
        return child


_shared: RenderWorker | None = None
_shared_lock = threading.Lock()


def shared() -> RenderWorker:
    """The worker this process renders untrusted templates with; its child process
    starts on the first request and is stopped when the program exits."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RenderWorker(worker_argv())
            atexit.register(_shared.close)
        return _shared
