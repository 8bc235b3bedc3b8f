"""Automatic backups (at most one a day, rotated, never of a damaged file) and restoring
the latest sound one in place of a damaged database, which is kept."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import Store, StoreDamaged, StoreError
from app.store.backups import (
    KEEP_DAILY,
    backups_of,
    latest_backup,
    make_daily_backup,
    restore_latest_backup,
)

MONDAY = datetime(2025, 11, 3, 9, 0, tzinfo=UTC)


def _names(db_path: Path) -> list[str]:
    with Store.open(db_path) as store:
        return [contact.name for contact in store.contacts()]


def _scribble(db_path: Path) -> None:
    """Damage every page but the first, keeping the header and the length."""
    connection = sqlite3.connect(db_path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(db_path.read_bytes())
    data[page_size:] = b"\xa5" * (len(data) - page_size)
    db_path.write_bytes(bytes(data))


def test_one_automatic_backup_a_day(saved: Path) -> None:
    first = make_daily_backup(saved, MONDAY)
    assert first is not None and first.is_file()
    assert make_daily_backup(saved, MONDAY + timedelta(hours=10)) is None
    assert make_daily_backup(saved, MONDAY + timedelta(days=1)) is not None
    assert [b.automatic for b in backups_of(saved)] == [True, True]
    assert latest_backup(saved) is not None
    assert _names(first) == ["Ana Souza"]  # a whole database, readable on its own


def test_automatic_backups_are_rotated_and_migration_backups_kept(saved: Path) -> None:
    folder = saved.parent / "backups"
    folder.mkdir()
    before_upgrade = folder / "rapport-20240101T000000000000Z-v1.sqlite3"
    before_upgrade.write_bytes(saved.read_bytes())
    keepsake = folder / "my own copy.sqlite3"
    keepsake.write_bytes(b"mine")
    for day in range(KEEP_DAILY + 3):
        make_daily_backup(saved, MONDAY + timedelta(days=day))
    daily = [b for b in backups_of(saved) if b.automatic]
    assert len(daily) == KEEP_DAILY
    assert daily[-1].made_at.date() == (MONDAY + timedelta(days=KEEP_DAILY + 2)).date()
    assert before_upgrade.exists() and keepsake.read_bytes() == b"mine"


def test_a_damaged_database_is_not_backed_up_and_the_good_backups_stay(saved: Path) -> None:
    good = make_daily_backup(saved, MONDAY)
    _scribble(saved)
    with pytest.raises(StoreDamaged, match="damaged"):
        make_daily_backup(saved, MONDAY + timedelta(days=1))
    assert [b.path for b in backups_of(saved)] == [good]


def test_restoring_puts_the_backup_back_and_keeps_the_damaged_file(saved: Path) -> None:
    backup = make_daily_backup(saved, MONDAY)
    with Store.open(saved) as store:
        store.add_contact(Contact(name="Bo Chen"))  # after the backup: not in it
    saved.write_bytes(b"\x00garbage\xff" * 500)
    damaged_bytes = saved.read_bytes()

    restored = restore_latest_backup(saved)

    assert restored.backup.path == backup
    assert restored.set_aside is not None
    assert restored.set_aside.read_bytes() == damaged_bytes
    assert restored.set_aside.name.startswith("rapport.sqlite3.damaged-")
    assert _names(saved) == ["Ana Souza"]


def test_a_stale_wal_goes_aside_with_the_damaged_file(saved: Path) -> None:
    make_daily_backup(saved, MONDAY)
    wal = saved.with_name(saved.name + "-wal")
    wal.write_bytes(b"frames of the damaged database")
    saved.write_bytes(b"garbage" * 100)

    restored = restore_latest_backup(saved)

    assert not wal.exists()
    assert restored.set_aside is not None
    kept_wal = restored.set_aside.with_name(restored.set_aside.name + "-wal")
    assert kept_wal.read_bytes() == b"frames of the damaged database"
    assert _names(saved) == ["Ana Souza"]


def test_a_damaged_backup_is_passed_over_for_an_older_sound_one(saved: Path) -> None:
    older = make_daily_backup(saved, MONDAY)
    newer = make_daily_backup(saved, MONDAY + timedelta(days=1))
    assert newer is not None
    newer.write_bytes(newer.read_bytes()[:2000])
    saved.write_bytes(b"garbage" * 100)

    assert restore_latest_backup(saved).backup.path == older
    assert _names(saved) == ["Ana Souza"]


def test_without_a_usable_backup_nothing_changes(db_path: Path) -> None:
    db_path.write_bytes(b"garbage" * 100)
    with pytest.raises(StoreError, match="no usable backup"):
        restore_latest_backup(db_path)
    assert db_path.read_bytes() == b"garbage" * 100
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["rapport.sqlite3"]


def test_a_missing_database_is_restored_from_its_backup(saved: Path) -> None:
    make_daily_backup(saved, MONDAY)
    saved.unlink()
    assert restore_latest_backup(saved).set_aside is None
    assert _names(saved) == ["Ana Souza"]
