"""Schema step 6: each contact has a language to be written to in; the contacts already
kept have none, which means the user's own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.contacts import Contact, contact_from_mapping
from app.store import Store
from app.store.schema import MIGRATIONS


def _version_5_database(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS[:5]:
            connection.execute("BEGIN")
            step(connection)
            connection.execute("COMMIT")
        connection.execute("PRAGMA user_version = 5")
        connection.execute(
            "INSERT INTO contacts (name, name_key, search_text, created_at, updated_at)"
            " VALUES ('Lena Vogt', 'lena vogt', 'l', '2024-01-01', '2024-01-01')"
        )
    finally:
        connection.close()


def test_contacts_kept_before_have_no_language_and_can_be_given_one(db_path: Path) -> None:
    _version_5_database(db_path)

    with Store.open(db_path) as store:
        (lena,) = store.contacts()
        assert lena.language == ""
        store.update_contact(lena.replace(language="de"))
        added = store.add_contact(Contact(name="Inês Prado", language="pt"))
    with Store.open(db_path) as store:
        languages = {c.name: c.language for c in store.contacts()}

    assert languages == {"Lena Vogt": "de", "Inês Prado": "pt"}
    assert added.id is not None


def test_the_table_refuses_a_language_rapport_does_not_write(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Lena Vogt"))
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE contacts SET language = 'xx'")
    finally:
        connection.close()


def test_a_contact_language_is_read_the_way_people_write_it() -> None:
    assert contact_from_mapping({"name": "Inês Prado", "language": "pt_BR"}).language == "pt"
    assert contact_from_mapping({"name": "Lena Vogt", "language": "de-DE"}).language == "de"
    with pytest.raises(ValueError, match="Language is one of en, de, fr, es, pt"):
        contact_from_mapping({"name": "Lena Vogt", "language": "klingon"})
