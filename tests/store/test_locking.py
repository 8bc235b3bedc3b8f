"""A database held by another process: a clear message, and nothing changed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import app.store.connection as store_connection
from app.contacts import Contact
from app.store import Store, StoreLocked
from tests.store.helpers import make_old_database

_HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
db.execute("ROLLBACK")
"""


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real wait is a couple of seconds; a fraction of that shows the same thing."""
    monkeypatch.setattr(store_connection, "BUSY_TIMEOUT_SECONDS", 0.3)


@contextmanager
def held_by_another_process(db_path: Path) -> Iterator[None]:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        assert holder.wait(timeout=10) == 0
        holder.stdout.close()  # left open, its collection warns in whichever test runs then


def test_opening_a_database_another_program_holds(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Ann"))

    with held_by_another_process(db_path), pytest.raises(StoreLocked) as refused:
        Store.open(db_path)

    assert "in use by another program" in str(refused.value)
    assert str(db_path) in str(refused.value)
    with Store.open(db_path) as store:
        assert [c.name for c in store.contacts()] == ["Ann"]


def test_an_old_database_held_elsewhere_is_neither_upgraded_nor_backed_up(
    db_path: Path,
) -> None:
    make_old_database(db_path)
    before = db_path.read_bytes()

    with held_by_another_process(db_path), pytest.raises(StoreLocked):
        Store.open(db_path)

    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_saving_while_another_program_holds_the_database(store: Store) -> None:
    ann = store.add_contact(Contact(name="Ann"))

    with held_by_another_process(store.path):
        with pytest.raises(StoreLocked, match="in use by another program"):
            store.add_contact(Contact(name="Bob"))
        with pytest.raises(StoreLocked):
            store.record_message(ann, template="t", kind="invite", channel="email", text="Hi")

    assert [c.name for c in store.contacts()] == ["Ann"]
    assert store.message_count() == 0
    store.add_contact(Contact(name="Bob"))  # works again once the other program lets go
    assert store.contact_count() == 2
