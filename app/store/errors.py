"""The store's one exception family, and the translation of SQLite's errors into it.

Every message is written for the person using Rapport: it names the file and says
what they can do. It is a Sentence (app/sentences.py): `str(error)` is the English the
command line prints, and the window says it in its own language.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.sentences import QT_TRANSLATE_NOOP, SaidError
from app.store.backups import backup_folder, existing_backups


class StoreError(SaidError):
    """The database cannot do what was asked; the message says why, for a person."""


class StoreLocked(StoreError):
    """Another program holds the database and did not let go within the busy timeout."""


class StoreDamaged(StoreError):
    """The file is not a readable SQLite database (garbage, truncated, corrupted)."""


class StoreReadOnly(StoreError):
    """The file or its folder cannot be written to."""


class StoreTooNew(StoreError):
    """A newer Rapport wrote the database; this version refuses to touch it."""


def locked(path: Path) -> StoreLocked:
    return StoreLocked(
        QT_TRANSLATE_NOOP(
            "StoreLocked",
            "The database {path} is in use by another program. Close the other program "
            "(or the other Rapport window) and try again.",
        )(path=path)
    )


def damaged(path: Path) -> StoreDamaged:
    folder = backup_folder(path)
    backups = existing_backups(path)
    if backups:
        where = QT_TRANSLATE_NOOP(
            "StoreDamaged", "Rapport keeps backups in {folder}; the latest is {backup}."
        )(folder=folder, backup=backups[-1].name)
    else:
        where = QT_TRANSLATE_NOOP(
            "StoreDamaged", "Rapport keeps backups in {folder}, but none has been made yet."
        )(folder=folder)
    return StoreDamaged(
        QT_TRANSLATE_NOOP(
            "StoreDamaged",
            "The database {path} is damaged and cannot be read. It has been left as it is. "
            "{backups}",
        )(path=path, backups=where)
    )


def read_only(path: Path) -> StoreReadOnly:
    # The folder matters as much as the file: in WAL mode SQLite keeps two companion
    # files (-wal, -shm) next to the database and must be able to create them.
    return StoreReadOnly(
        QT_TRANSLATE_NOOP(
            "StoreReadOnly",
            "Rapport cannot save to {path}: the file or its folder is read-only. "
            "Make both writable, or move the data folder somewhere you can write to.",
        )(path=path)
    )


def translate(error: sqlite3.Error, path: Path) -> StoreError:
    """The StoreError a person should see for a SQLite error on the database at `path`."""
    # Errors raised by the sqlite3 module itself (a closed connection, a wrong thread)
    # carry no SQLite error code.
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return locked(path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged(path)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return read_only(path)
    if code == sqlite3.SQLITE_CANTOPEN:
        if not os.access(path.parent, os.W_OK):
            return read_only(path)
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The database {path} cannot be opened. Check that its folder exists and "
                "that you are allowed to use it.",
            )(path=path)
        )
    if code == sqlite3.SQLITE_FULL:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError", "There is no space left to save to {path}. Free some disk space."
            )(path=path)
        )
    if code == sqlite3.SQLITE_IOERR:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError", "Rapport could not read or write {path}: the disk reported an error."
            )(path=path)
        )
    # SQLite's own words, quoted: there is no better description of an unexpected error.
    return StoreError(
        QT_TRANSLATE_NOOP("StoreError", "The database {path} could not be used: {error}.")(
            path=path, error=error
        )
    )
