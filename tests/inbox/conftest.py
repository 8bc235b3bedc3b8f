"""The real checker, for the inbox tests (the store comes from tests/conftest.py)."""

from __future__ import annotations

import pytest

from app.checker import Checker


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()
