"""Schema step 9: the checks that a contact's language and form of address, a message's
outcome and a request's action are ones Rapport knows, rewritten as comparisons (a
check against a list costs SQLite a temporary table per row an import writes). The
rows stay as they were and the same values are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import Store
from app.store.schema import MIGRATIONS

_REFUSED = (
    "UPDATE contacts SET language = 'nl'",
    "UPDATE contacts SET register = 'casual'",
    "UPDATE contacts SET language = 'DE'",
    "UPDATE messages SET outcome = 'ignored'",
    "UPDATE requests SET action = 'block', handled_at = '2024-01-03'",
)


def _version_8_database(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS[:8]:
            connection.execute("BEGIN")
            step(connection)
            connection.execute("COMMIT")
        connection.execute("PRAGMA user_version = 8")
        connection.execute(
            "INSERT INTO contacts (name, name_key, search_text, created_at, updated_at,"
            " language, register) VALUES ('Lena Vogt', 'lena vogt', 'l', '2024-01-01',"
            " '2024-01-01', 'de', 'formal')"
        )
        connection.execute(
            "INSERT INTO messages (contact_id, contact_name, template, kind, channel, text,"
            " sent_at, outcome, outcome_at) VALUES (1, 'Lena Vogt', '', 'invitation',"
            " 'linkedin_note', 'Hallo', '2024-01-02', 'accepted', '2024-01-03')"
        )
        connection.execute(
            "INSERT INTO requests (contact_id, contact_name, received_at, action, handled_at)"
            " VALUES (1, 'Lena Vogt', '2024-01-02', 'accept', '2024-01-03')"
        )
    finally:
        connection.close()


def _rows(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return [
            *connection.execute("SELECT name, language, register FROM contacts"),
            *connection.execute("SELECT contact_id, outcome, outcome_at FROM messages"),
            *connection.execute("SELECT contact_id, action, handled_at FROM requests"),
        ]
    finally:
        connection.close()


def test_an_upgraded_database_keeps_its_rows_and_refuses_what_it_refused(
    db_path: Path,
) -> None:
    _version_8_database(db_path)
    before = _rows(db_path)

    with Store.open(db_path) as store:
        (lena,) = store.contacts()
        store.update_contact(lena.replace(language="pt", register="informal"))

    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for statement in _REFUSED:
            with pytest.raises(sqlite3.IntegrityError):
                connection.execute(statement)
        connection.execute("UPDATE contacts SET language = 'de', register = 'formal'")
    finally:
        connection.close()
    assert _rows(db_path) == before


def test_a_new_database_checks_by_comparisons_and_refuses_the_same(db_path: Path) -> None:
    _version_8_database(db_path)
    with Store.open(db_path):
        pass
    upgraded = _definitions(db_path)
    fresh = db_path.with_name("fresh.sqlite3")
    with Store.open(fresh):
        pass

    assert _definitions(fresh) == upgraded
    assert "language = 'pt'" in upgraded["contacts"]
    assert not any(" IN (" in sql or " IN\n" in sql for sql in upgraded.values())


def _definitions(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                " AND name IN ('contacts', 'messages', 'requests')"
            )
        )
    finally:
        connection.close()
