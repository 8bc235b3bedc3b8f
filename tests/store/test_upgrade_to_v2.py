"""A database from the first release keeps everything and gains what imports match on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import Store
from app.store.schema import MIGRATIONS


def _first_release_database(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN")
    MIGRATIONS[0](connection)
    connection.execute("PRAGMA user_version = 1")
    now = "2025-01-02T03:04:05.000000+00:00"
    connection.execute(
        "INSERT INTO contacts (name, profile_url, email, name_key, search_text, created_at,"
        " updated_at) VALUES ('Ana Pérez', 'https://www.LinkedIn.com/in/ana-perez/',"
        " ' Ana@Example.COM ', 'ana perez', 'ana pérez', ?, ?)",
        (now, now),
    )
    connection.execute(
        "INSERT INTO messages (contact_id, contact_name, template, kind, channel, text,"
        " sent_at, outcome, outcome_at) VALUES (1, 'Ana Pérez', 'invite', 'invite',"
        " 'linkedin_note', 'Hi Ana', ?, 'accepted', ?)",
        (now, "2025-01-05T00:00:00.000000+00:00"),
    )
    connection.execute("COMMIT")
    connection.close()


def test_contacts_and_history_survive_and_are_matched_by_profile_and_email(
    db_path: Path,
) -> None:
    _first_release_database(db_path)

    with Store.open(db_path) as store, store.batch() as batch:
        keys = batch.import_keys()
        profiles = keys.profiles(["linkedin.com/in/ana-perez"])
        emails = keys.emails(["ana@example.com"])
        keys.close()
        [message] = store.messages()

    assert profiles == {"linkedin.com/in/ana-perez": 1}
    assert emails == {"ana@example.com": 1}
    assert message.text == "Hi Ana"
    # An invitation accepted before the upgrade keeps its acceptance time.
    assert message.accepted_at == message.outcome_at
    assert (db_path.parent / "backups").is_dir()
