"""Copies of the database taken before a schema migration, in `<data folder>/backups/`.

Only files named the way this module names them are listed or pruned, so anything else
a person keeps in that folder is left alone.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

KEEP = 5


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def existing_backups(database: Path) -> list[Path]:
    """This database's backups, oldest first (the UTC time in the name sorts them)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"{re.escape(database.stem)}-\d{{8}}T\d{{12}}Z-v\d+{re.escape(database.suffix)}"
    )
    return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name) and p.is_file())


def make_backup(connection: sqlite3.Connection, database: Path, version: int) -> Path:
    """Copy the open database with SQLite's backup API, then keep only the latest KEEP.

    The backup API copies a consistent snapshot (including pages still in the WAL),
    which a plain file copy of a live database does not guarantee.
    """
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    when = datetime.now(UTC)
    target = _backup_name(folder, database, when, version)
    # Two backups within one clock tick (coarse clocks on some systems) must not
    # overwrite each other; moving on by a microsecond keeps the names in order.
    while target.exists():
        when += timedelta(microseconds=1)
        target = _backup_name(folder, database, when, version)
    destination = sqlite3.connect(target)
    try:
        connection.backup(destination)
    except BaseException:
        destination.close()
        target.unlink(missing_ok=True)
        raise
    destination.close()
    for old in existing_backups(database)[:-KEEP]:
        old.unlink()
    return target


def _backup_name(folder: Path, database: Path, when: datetime, version: int) -> Path:
    stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
    return folder / f"{database.stem}-{stamp}-v{version}{database.suffix}"
