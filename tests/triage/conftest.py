"""Shared pieces for the triage tests: the real checker and place lists, loaded once, and
the real `rapport` command in a child process."""

from __future__ import annotations

import pytest

from app.checker import Checker
from app.relationships.places import Places
from tests.cli.conftest import Run, rapport

__all__ = ["Run", "checker", "places", "rapport"]

# A note the checker reads as written for the user (Maria), and two it reads as stock.
PERSONAL_NOTE = (
    "Hi Maria, I enjoyed your talk at PyCon on packaging; the part on lock files fixed our CI."
)
STOCK_NOTE = "I'd like to add you to my professional network."
BLAND_NOTE = "Hi, I came across your profile and was impressed by your experience. Let's connect!"


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()


@pytest.fixture(scope="session")
def places() -> Places:
    return Places.load()
