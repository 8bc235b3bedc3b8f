"""Copies of the database in `<data folder>/backups/`, and putting one back.

Two kinds: one before each schema migration (`...-v<version>.sqlite3`, the latest KEEP
kept), and an automatic one at most once a day (`...-daily.sqlite3`, the latest
KEEP_DAILY kept), made by the window in the background once it is up. A database that
fails SQLite's quick check is never backed up, so a damaged file cannot push the good
copies out. Only files named the way this module names them are listed, pruned or
restored, so anything else a person keeps in that folder is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

KEEP = 5
KEEP_DAILY = 7
DAILY = "daily"
_STAMP = "%Y%m%dT%H%M%S%fZ"
# A backup is written under this suffix and renamed when complete: a copy cut short (the
# disk filled up, the app was killed) never carries a backup's name.
_PARTIAL = ".partial"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC
    automatic: bool


@dataclass(frozen=True)
class Restored:
    """What `restore_latest_backup` did: the copy it put back, and where the damaged
    file went (None when there was no file left to set aside)."""

    backup: Backup
    set_aside: Path | None


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backups_of(database: Path) -> list[Backup]:
    """This database's backups of both kinds, oldest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(
        rf"{re.escape(database.stem)}-(\d{{8}}T\d{{12}}Z)-(v\d+|{DAILY})"
        rf"{re.escape(database.suffix)}"
    )
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match and path.is_file():
            made_at = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, made_at, match[2] == DAILY))
    return sorted(found, key=lambda backup: backup.made_at)


def existing_backups(database: Path) -> list[Path]:
    """The paths of this database's backups, oldest first (the time in the name sorts)."""
    return [backup.path for backup in backups_of(database)]


def latest_backup(database: Path) -> Backup | None:
    backups = backups_of(database)
    return backups[-1] if backups else None


def usable_backup(database: Path) -> Backup | None:
    """The newest backup that passes SQLite's quick check: what a restore would use."""
    return next((b for b in reversed(backups_of(database)) if _readable(b.path)), None)


def make_backup(connection: sqlite3.Connection, database: Path, version: int) -> Path:
    """Copy the open database before migrating it from `version`; keep the latest KEEP.

    The backup API copies a consistent snapshot (including pages still in the WAL),
    which a plain file copy of a live database does not guarantee.
    """
    target = _copy(connection, database, f"v{version}", datetime.now(UTC))
    _prune(database, automatic=False, keep=KEEP)
    return target


def make_daily_backup(database: Path, now: datetime | None = None) -> Path | None:
    """Back the database up unless an automatic backup was made today (UTC); returns the
    new backup, or None when there was nothing to do.

    Raises StoreDamaged when the database fails SQLite's quick check (then no backup is
    made and none is removed), and StoreError when the copy cannot be made.
    """
    # Imported here: app.store.errors names the backups in its messages, so it imports
    # this module at load time.
    from app.sentences import QT_TRANSLATE_NOOP
    from app.store.errors import StoreError, damaged, translate

    moment = now or datetime.now(UTC)
    if not database.is_file() or database.stat().st_size == 0:
        return None
    latest = [b for b in backups_of(database) if b.automatic]
    if latest and latest[-1].made_at.date() == moment.astimezone(UTC).date():
        return None
    try:
        connection = sqlite3.connect(database, timeout=5.0)
        try:
            if not _passes_quick_check(connection):
                raise damaged(database)
            target = _copy(connection, database, DAILY, moment)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise translate(exc, database) from exc
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError", "Rapport could not back up {database} into {folder} ({error})."
            )(database=database, folder=backup_folder(database), error=exc.strerror or exc)
        ) from exc
    _prune(database, automatic=True, keep=KEEP_DAILY)
    return target


def restore_latest_backup(database: Path, backup: Backup | None = None) -> Restored:
    """Put the newest backup that passes SQLite's quick check in place of `database`
    (or `backup`, already found by `usable_backup`: the one the user was asked about).

    The file there now, and its -wal and -shm companions (a stale WAL would be replayed
    into the restored copy), are kept as `<name>.damaged-<time>`, never deleted. At no
    moment is there no database: the damaged file is kept by a second name (a hard link)
    and the restored copy replaces it in one atomic rename. Raises StoreError, changing
    nothing, when no backup can be used.
    """
    from app.sentences import QT_TRANSLATE_NOOP
    from app.store.errors import StoreError

    usable = backup or usable_backup(database)
    if usable is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "There is no usable backup of {database} in {folder}; the database has been "
                "left as it is.",
            )(database=database, folder=backup_folder(database))
        )
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    incoming = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(usable.path, incoming)
        _flush(incoming)
        kept = _keep_aside(database, aside)
        os.replace(incoming, database)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "The backup {backup} could not be put in place of {database} ({error}).",
            )(backup=usable.path.name, database=database, error=exc.strerror or exc)
        ) from exc
    return Restored(usable, aside if kept else None)


def _copy(connection: sqlite3.Connection, database: Path, kind: str, when: datetime) -> Path:
    folder = backup_folder(database)
    folder.mkdir(exist_ok=True)
    when = when.astimezone(UTC)
    target = _backup_name(folder, database, when, kind)
    # Two backups within one clock tick (coarse clocks on some systems) must not
    # overwrite each other; moving on by a microsecond keeps the names in order.
    while target.exists():
        when += timedelta(microseconds=1)
        target = _backup_name(folder, database, when, kind)
    partial = target.with_name(target.name + _PARTIAL)
    destination = sqlite3.connect(partial)
    try:
        connection.backup(destination)
    except BaseException:
        destination.close()
        partial.unlink(missing_ok=True)
        raise
    destination.close()
    _flush(partial)
    os.replace(partial, target)
    return target


def _prune(database: Path, *, automatic: bool, keep: int) -> None:
    same_kind = [b for b in backups_of(database) if b.automatic == automatic]
    for old in same_kind[:-keep]:
        old.path.unlink()


def _backup_name(folder: Path, database: Path, when: datetime, kind: str) -> Path:
    return folder / f"{database.stem}-{when.strftime(_STAMP)}-{kind}{database.suffix}"


def _passes_quick_check(connection: sqlite3.Connection) -> bool:
    return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]


def _readable(path: Path) -> bool:
    """Whether a backup file is a sound database, checked without writing anything next
    to it (`immutable`: no journal, no WAL, no locks)."""
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        return _passes_quick_check(connection)
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _keep_aside(database: Path, aside: Path) -> bool:
    """Give the database a second name and move its companions to match; False when there
    was no database file."""
    kept = database.exists()
    if kept:
        try:
            os.link(database, aside)
        except OSError:  # a file system without hard links: a copy keeps it as well
            shutil.copy2(database, aside)
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    return kept


def _flush(path: Path) -> None:
    """Make the copy durable before it is given its final name."""
    with path.open("rb+") as file:
        os.fsync(file.fileno())
