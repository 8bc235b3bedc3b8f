"""A damaged database file is reported, with where the backups are, and left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import Store, StoreDamaged
from tests.store.helpers import make_old_database


def _fill(db_path: Path) -> None:
    with Store.open(db_path) as store:
        for number in range(300):
            store.add_contact(Contact(name=f"Person {number}", notes="x" * 200))


def _assert_refused_untouched(db_path: Path) -> StoreDamaged:
    before = db_path.read_bytes()
    with pytest.raises(StoreDamaged) as refused:
        Store.open(db_path)
    assert db_path.read_bytes() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()
    message = str(refused.value)
    assert "damaged" in message and str(db_path) in message
    assert str(db_path.parent / "backups") in message
    return refused.value


def test_a_file_of_garbage_is_reported_damaged(db_path: Path) -> None:
    db_path.write_bytes(b"\x00\xffnot a database at all\x13" * 400)
    _assert_refused_untouched(db_path)


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_a_truncated_database_is_reported_damaged(db_path: Path, keep: float) -> None:
    _fill(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: int(len(data) * keep)])
    _assert_refused_untouched(db_path)


def test_a_header_cut_short_is_reported_damaged(db_path: Path) -> None:
    _fill(db_path)
    db_path.write_bytes(db_path.read_bytes()[:60])
    _assert_refused_untouched(db_path)


def test_the_message_names_the_latest_backup(db_path: Path) -> None:
    make_old_database(db_path)
    Store.open(db_path).close()
    [backup] = (db_path.parent / "backups").iterdir()
    db_path.write_bytes(b"garbage" * 100)

    error = _assert_refused_untouched(db_path)
    assert backup.name in str(error)


def test_damage_inside_a_valid_looking_file_is_a_store_error(db_path: Path) -> None:
    _fill(db_path)
    connection = sqlite3.connect(db_path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(db_path.read_bytes())
    # Scribble over every page after the first, keeping the header and the length.
    data[page_size:] = b"\xa5" * (len(data) - page_size)
    db_path.write_bytes(bytes(data))

    with pytest.raises(StoreDamaged, match="damaged"), Store.open(db_path) as store:
        store.contacts()
