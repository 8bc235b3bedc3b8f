"""Schema step 5: the history of LinkedIn exports starts empty, and the bare
`https://www.linkedin.com/in` that earlier imports kept as someone's address is dropped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import Store
from app.store.schema import MIGRATIONS

_PLACEHOLDER = "https://www.linkedin.com/in"
_OSEI = "https://www.linkedin.com/in/oseibrandt"


def _version_4_database(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for step in MIGRATIONS[:4]:
            connection.execute("BEGIN")
            step(connection)
            connection.execute("COMMIT")
        connection.execute("PRAGMA user_version = 4")
        connection.executemany(
            "INSERT INTO contacts (name, profile_url, profile_key, name_key, search_text,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, '2024-01-01', '2024-01-01')",
            [
                ("Marta Quill", _PLACEHOLDER, "linkedin.com/in", "marta", "m"),
                ("Osei Brandt", _OSEI, "linkedin.com/in/oseibrandt", "osei", "o"),
            ],
        )
    finally:
        connection.close()


def test_a_placeholder_address_is_no_address_after_the_upgrade(db_path: Path) -> None:
    _version_4_database(db_path)

    with Store.open(db_path) as store:
        people = {c.name: c.profile_url for c in store.contacts()}
        exports = store.query("SELECT count(*) FROM linkedin_exports")

    assert people == {
        "Marta Quill": "",
        "Osei Brandt": _OSEI,
    }
    assert exports == [(0,)]
