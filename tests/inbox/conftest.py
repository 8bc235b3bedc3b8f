"""Real SQLite files in the per-test data folder, and the real checker."""

from __future__ import annotations

import pytest

from app.checker import Checker
from tests.store.conftest import db_path, store

__all__ = ["checker", "db_path", "store"]


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()
