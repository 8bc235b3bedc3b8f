"""Helpers shared by the store's tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def make_old_database(path: Path) -> None:
    """A database from before Rapport versioned its schema: user_version 0, with data."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE scratch (note TEXT)")
    connection.execute("INSERT INTO scratch VALUES ('kept from before')")
    connection.commit()
    connection.close()
