"""Run the real `rapport` command in a child process, as a script would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def rapport() -> Run:
    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app.cli", *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",  # rapport writes UTF-8 whatever the locale (app/cli.py)
            timeout=120,
        )

    return run
