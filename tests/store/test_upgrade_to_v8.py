"""Schema step 8: each contact may say how to address them (formal or informal); the
contacts already kept say nothing, which means the user's default."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.contacts import Contact, contact_from_mapping
from app.store import Store
from app.store.schema import MIGRATIONS


def _version_7_database(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS[:7]:
            connection.execute("BEGIN")
            step(connection)
            connection.execute("COMMIT")
        connection.execute("PRAGMA user_version = 7")
        connection.execute(
            "INSERT INTO contacts (name, name_key, search_text, created_at, updated_at, language)"
            " VALUES ('Lena Vogt', 'lena vogt', 'l', '2024-01-01', '2024-01-01', 'de')"
        )
    finally:
        connection.close()


def test_contacts_kept_before_have_no_register_and_can_be_given_one(db_path: Path) -> None:
    _version_7_database(db_path)

    with Store.open(db_path) as store:
        (lena,) = store.contacts()
        assert (lena.language, lena.register) == ("de", "")
        store.update_contact(lena.replace(register="informal"))
        store.add_contact(Contact(name="Inês Prado", language="pt", register="formal"))
    with Store.open(db_path) as store:
        registers = {c.name: c.register for c in store.contacts()}

    assert registers == {"Lena Vogt": "informal", "Inês Prado": "formal"}


def test_the_table_refuses_a_register_rapport_does_not_know(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Lena Vogt"))
    connection = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("UPDATE contacts SET register = 'casual'")
    finally:
        connection.close()


def test_a_register_is_read_the_way_people_write_it() -> None:
    assert contact_from_mapping({"name": "Lena Vogt", "register": " Informal"}).register == (
        "informal"
    )
    with pytest.raises(ValueError, match="Form of address is formal or informal"):
        contact_from_mapping({"name": "Lena Vogt", "register": "casual"})
