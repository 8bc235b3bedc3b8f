"""The fuzz suite: hostile input of every kind the `rapport` command reads, run against its
entry point in this process. Whatever the input, the command ends with status 0 or 2 (and
then says why in exactly one line), never with an exception, and within a memory bound.

Time is not asserted (the machine may be busy). The suite runs about 6,200 cases; most are
built from one seeded random source each (hostile_builders.py), so a case costs Hypothesis
one choice and its time goes to the command: 29 s of processor time for all of them on a
two-core machine under load (user+sys, December 2026). Hypothesis keeps no example
database: each run tries new cases, and a failure prints the example that reproduces it.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, settings

from app.checker import Checker
from app.cli import main

# Each test writes its input files afresh for every example, so the function-scoped
# tmp_path and rapport_home fixtures are shared by a test's examples on purpose.
FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# What one case may allocate beyond what the process held before the suite: the issue's
# bound for any hostile input is 300 MB; address space counts a little more than that.
MEMORY_PER_CASE = 512 * 1024 * 1024


@dataclass(frozen=True)
class Outcome:
    status: int
    out: str
    err: str


def run_rapport(*args: str) -> Outcome:
    """`rapport ARGS` in this process; raises whatever the command lets escape."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(args))
        except SystemExit as exited:  # argparse's own exit, for a bad command line
            status = exited.code if isinstance(exited.code, int) else 2
    return Outcome(status, out.getvalue(), err.getvalue())


def assert_handled(outcome: Outcome) -> None:
    """Status 0, or status 2 with one line saying why; nothing unescaped on stdout."""
    assert outcome.status in (0, 2), outcome
    if outcome.status == 2:
        assert outcome.err.endswith("\n") and outcome.err.count("\n") == 1, outcome.err
        assert outcome.err.startswith("rapport"), outcome.err
    assert not any(ch in outcome.out for ch in "\x00\x1b\x9b\u202e\u2066"), outcome.out


@pytest.fixture(scope="session")
def loaded_checker() -> Checker:
    return Checker.load()


@pytest.fixture(autouse=True)
def one_checker(monkeypatch: pytest.MonkeyPatch, loaded_checker: Checker) -> None:
    """`check` and `triage` load the phrase lists on every run; the suite loads them once,
    so its time goes to the input."""
    monkeypatch.setattr(Checker, "load", classmethod(lambda cls, *args: loaded_checker))


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize in /proc/self/status")


@pytest.fixture(autouse=True)
def bounded_memory() -> Iterator[None]:
    """Cap this process's address space at what it holds now plus MEMORY_PER_CASE while
    the test runs: a case that needs more fails with MemoryError instead of passing."""
    if not sys.platform.startswith("linux"):
        yield
        return
    import resource

    before = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (_address_space() + MEMORY_PER_CASE, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, before)


def write(path: os.PathLike[str], data: bytes | str) -> None:
    with open(path, "wb") as file:
        file.write(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
