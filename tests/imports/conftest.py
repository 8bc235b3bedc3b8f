"""Fixtures for the import tests: a real store in the per-test data folder, and a way to
see everything it holds, to show that a failed import changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.conftest import rapport  # noqa: F401  (the CLI tests' fixture, shared)


def snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, and the schema (tables, indexes, triggers), read
    through a connection of its own.

    Rows are in the order of all their columns: the statistics' tally tables are
    WITHOUT ROWID, so there is no rowid to order every table by.
    """
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        snapshots = {
            "schema": connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            ).fetchall()
        }
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"')
            columns = ", ".join(str(number) for number in range(1, len(rows.description) + 1))
            snapshots[table] = connection.execute(
                f'SELECT * FROM "{table}" ORDER BY {columns}'
            ).fetchall()
        return snapshots
    finally:
        connection.close()
