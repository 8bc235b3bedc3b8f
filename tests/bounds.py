"""Bounds a test can prove without a clock on the wall: how much a piece of code allocates
(tracemalloc), and a budget of processor time that stops work gone quadratic.

A processor-time budget is not a speed assertion: it is set a thousand times above what
the linear code needs on the largest input, so only work of the wrong order reaches it,
and a regression fails the test instead of hanging it.
"""

from __future__ import annotations

import signal
import sys
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass
class Allocations:
    peak: int = 0  # bytes


@contextmanager
def allocations() -> Iterator[Allocations]:
    """The peak of what the code in the block allocated on top of what was held before."""
    measured = Allocations()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        yield measured
        _, peak = tracemalloc.get_traced_memory()
        measured.peak = peak - before
    finally:
        tracemalloc.stop()


class WorkBudgetSpent(Exception):
    """The block used more processor time than its budget: work of the wrong order."""


@contextmanager
def work_budget(cpu_seconds: float) -> Iterator[None]:
    """Raise WorkBudgetSpent in the block once it has used `cpu_seconds` of processor
    time (this process's, however busy the machine is). Unix only; elsewhere a no-op."""
    if sys.platform == "win32":
        yield
        return

    def spent(signum: int, frame: object) -> None:
        raise WorkBudgetSpent(f"more than {cpu_seconds} s of processor time")

    previous = signal.signal(signal.SIGPROF, spent)
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
