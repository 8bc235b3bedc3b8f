"""Creating the schema, upgrading old files with a backup first, refusing newer ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import SCHEMA_VERSION, Store, StoreError, StoreTooNew
from tests.store.helpers import make_old_database


def _backups(db_path: Path) -> list[Path]:
    return sorted((db_path.parent / "backups").glob("*"))


def _pragma(path: Path, name: str) -> object:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


def test_an_empty_file_becomes_a_current_database_without_a_backup(db_path: Path) -> None:
    db_path.touch()
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Ann"))
    assert _pragma(db_path, "user_version") == SCHEMA_VERSION
    assert _pragma(db_path, "journal_mode") == "wal"
    assert _backups(db_path) == []


def test_an_old_database_is_backed_up_then_upgraded(db_path: Path) -> None:
    make_old_database(db_path)

    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Ann"))
        assert store.contact_count() == 1

    [backup] = _backups(db_path)
    assert backup.name.startswith("rapport-") and backup.name.endswith("-v0.sqlite3")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT note FROM scratch").fetchall() == [("kept from before",)]
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
    copy.close()
    # What was there is still there.
    upgraded = sqlite3.connect(db_path)
    assert upgraded.execute("SELECT note FROM scratch").fetchall() == [("kept from before",)]
    upgraded.close()


def test_only_the_latest_five_backups_are_kept(db_path: Path) -> None:
    for _ in range(7):
        db_path.unlink(missing_ok=True)
        make_old_database(db_path)
        Store.open(db_path).close()
        newest = _backups(db_path)[-1]
    backups = _backups(db_path)
    assert len(backups) == 5
    assert backups[-1] == newest


def test_a_database_from_a_newer_rapport_is_refused_untouched(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Ann"))
    connection = sqlite3.connect(db_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = db_path.read_bytes()

    with pytest.raises(StoreTooNew, match="newer version of Rapport") as refused:
        Store.open(db_path)

    assert str(db_path) in str(refused.value)
    assert db_path.read_bytes() == before
    assert _backups(db_path) == []


def test_a_failed_upgrade_is_undone(db_path: Path) -> None:
    # Someone else's database that happens to have a table called "contacts".
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE contacts (who TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('theirs')")
    connection.commit()
    connection.close()

    with pytest.raises(StoreError, match=r"could not be upgraded.*undone"):
        Store.open(db_path)

    after = sqlite3.connect(db_path)
    assert after.execute("SELECT who FROM contacts").fetchall() == [("theirs",)]
    assert after.execute("PRAGMA user_version").fetchone()[0] == 0
    tables = after.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("contacts",)]
    after.close()
    assert len(_backups(db_path)) == 1
