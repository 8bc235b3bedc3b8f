"""Opening the database file: checks that change nothing, then connect and migrate."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.sentences import QT_TRANSLATE_NOOP
from app.store.errors import StoreError, damaged, read_only, translate
from app.store.schema import migrate

# Long enough to ride out another Rapport window's short write, short enough that a
# person is told what is wrong instead of watching a frozen window.
BUSY_TIMEOUT_SECONDS = 2.0

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100


def open_database(path: Path) -> sqlite3.Connection:
    """A connection to the database at `path`, created or migrated to the current schema.

    The connection runs in autocommit mode (`isolation_level=None`); writers open their
    own `BEGIN IMMEDIATE` transactions, which take the write lock up front, so a busy
    database makes them wait for the timeout instead of failing half-way.
    """
    _check_file(path)
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        migrate(connection, path)
        # Find out now, not at the first save, whether another program holds the
        # write lock or the file cannot be written after all.
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except BaseException as exc:
        connection.close()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path) from exc
        raise
    return connection


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches anything, a path that cannot hold a good database."""
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "{path} is a folder, not a database file.")(path=path)
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "The folder {folder} cannot be created ({error}).")(
                folder=path.parent, error=exc.strerror
            )
        ) from exc
    exists = path.exists()
    if not os.access(path.parent, os.W_OK) or (exists and not os.access(path, os.W_OK)):
        raise read_only(path)
    if not exists:
        return
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_SIZE)
            size = os.fstat(file.fileno()).st_size
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "The database {path} cannot be read ({error}).")(
                path=path, error=exc.strerror
            )
        ) from exc
    # An empty file is a new database as far as SQLite is concerned.
    if size and not _looks_whole(header, size, _wal_pending(path)):
        raise damaged(path)


def _looks_whole(header: bytes, size: int, wal_pending: bool) -> bool:
    """Whether the file header is SQLite's and the file is as long as the header says.

    Reading the header is enough to catch garbage and truncation without SQLite opening
    the file, so a damaged file is never written to. The layout is SQLite's file format:
    https://www.sqlite.org/fileformat.html#the_database_header
    """
    if len(header) < _HEADER_SIZE or not header.startswith(_MAGIC):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return False
    pages = int.from_bytes(header[28:32], "big")
    # The page count is only trustworthy when the change counter matches the
    # "version valid for" number; and while a WAL file holds frames not yet copied
    # back, the main file may legitimately be shorter than its header says.
    count_valid = pages > 0 and header[24:28] == header[92:96]
    return not (count_valid and not wal_pending and size < pages * page_size)


def _wal_pending(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False
