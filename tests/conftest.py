"""Test-wide fixtures: no test ever touches the real user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before anything imports Qt: tests draw real widgets, off screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def rapport_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder at a fresh temporary folder for every test."""
    home = tmp_path / "rapport-home"
    home.mkdir()
    monkeypatch.setenv("RAPPORT_HOME", str(home))
    return home
