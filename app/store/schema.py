"""The database schema, as an ordered list of migration steps.

`PRAGMA user_version` records how many steps a database has had. Each step runs in its
own transaction together with the version bump, so a failed step leaves the database at
the previous version. Steps are frozen once released: change the schema by appending a
step, never by editing one, because users' databases already went through them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from app.profile_urls import profile_key
from app.sentences import QT_TRANSLATE_NOOP
from app.store import export_history
from app.store.backups import backup_folder, make_backup
from app.store.errors import StoreError, StoreTooNew, translate
from app.store.rows import fold
from app.store.segment_tallies import add_segment_tallies
from app.store.tallies import add_tallies

Migration = Callable[[sqlite3.Connection], None]


def _statements(*sql: str) -> Migration:
    def run(connection: sqlite3.Connection) -> None:
        # One execute per statement: executescript() would commit the open transaction.
        for statement in sql:
            connection.execute(statement)

    return run


# `name_key` and `search_text` hold folded copies computed in Python (rows.sort_key,
# rows.fold): SQLite's own lower() and NOCASE only fold ASCII, so "ÉLODIE" would not
# find "élodie". Keeping them as plain columns also keeps the file readable by any
# SQLite tool, which a custom collation in an index would not.
_V1 = _statements(
    """
    CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        first_name TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        industry TEXT NOT NULL DEFAULT '',
        profile_url TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        group_name TEXT NOT NULL DEFAULT '',
        strength INTEGER NOT NULL DEFAULT 5 CHECK (strength BETWEEN 1 AND 5),
        how_met TEXT NOT NULL DEFAULT '',
        met_when TEXT NOT NULL DEFAULT '',
        introduced_by TEXT NOT NULL DEFAULT '',
        their_work TEXT NOT NULL DEFAULT '',
        shared_interests TEXT NOT NULL DEFAULT '[]',
        mutual_contacts TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        incoming_note TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL,
        search_text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX contacts_by_name ON contacts (name_key)",
    """
    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        contact_name TEXT NOT NULL,
        template TEXT NOT NULL,
        kind TEXT NOT NULL,
        channel TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_at TEXT NOT NULL,
        outcome TEXT NOT NULL DEFAULT 'pending'
            CHECK (outcome IN ('pending', 'accepted', 'declined', 'replied', 'no_answer')),
        outcome_at TEXT,
        CHECK ((outcome = 'pending') = (outcome_at IS NULL))
    )
    """,
    # Also what keeps ON DELETE SET NULL from scanning every message per deleted contact.
    "CREATE INDEX messages_by_contact ON messages (contact_id, sent_at)",
    "CREATE INDEX messages_by_sent_at ON messages (sent_at)",
)

_V2_SQL = _statements(
    # A reminder cadence and the LinkedIn connection date, for keeping in touch.
    "ALTER TABLE contacts ADD COLUMN cadence_days INTEGER"
    " CHECK (cadence_days IS NULL OR cadence_days BETWEEN 1 AND 3650)",
    "ALTER TABLE contacts ADD COLUMN connected_on TEXT NOT NULL DEFAULT ''",
    # Folded copies that imports match people on (see app/profile_urls.py).
    "ALTER TABLE contacts ADD COLUMN profile_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN email_key TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX contacts_by_profile ON contacts (profile_key) WHERE profile_key <> ''",
    "CREATE INDEX contacts_by_email ON contacts (email_key) WHERE email_key <> ''",
    # The checker's score when sent, for statistics by score band.
    "ALTER TABLE messages ADD COLUMN score INTEGER"
    " CHECK (score IS NULL OR score BETWEEN 0 AND 100)",
    # Kept when a reply follows acceptance, so the time to acceptance survives.
    "ALTER TABLE messages ADD COLUMN accepted_at TEXT",
    # Where an imported message came from, so importing the same file twice adds nothing.
    # SQLite's unique indexes let any number of rows hold NULL.
    "ALTER TABLE messages ADD COLUMN import_key TEXT",
    "CREATE UNIQUE INDEX messages_by_import_key ON messages (import_key)",
    "UPDATE messages SET accepted_at = outcome_at WHERE outcome IN ('accepted', 'replied')",
    """
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        contact_name TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        action TEXT CHECK (action IN
            ('accept_and_thank', 'accept', 'reply_coffee', 'reply_follow', 'decline')),
        handled_at TEXT,
        import_key TEXT UNIQUE,
        CHECK ((action IS NULL) = (handled_at IS NULL))
    )
    """,
    "CREATE INDEX requests_by_contact ON requests (contact_id)",
    "CREATE INDEX requests_by_received_at ON requests (received_at)",
)


def _v2(connection: sqlite3.Connection) -> None:
    _V2_SQL(connection)
    rows = connection.execute(
        "SELECT id, profile_url, email FROM contacts WHERE profile_url <> '' OR email <> ''"
    ).fetchall()
    connection.executemany(
        "UPDATE contacts SET profile_key = ?, email_key = ? WHERE id = ?",
        [(profile_key(url), fold(email.strip()), id_) for id_, url, email in rows],
    )


# Covering indexes for the statistics (app/stats/): each of its queries reads one of these
# in order instead of the table, which takes 100,000 messages from seconds to tens of ms.
_V3 = _statements(
    "CREATE INDEX messages_for_stats ON messages (kind, template, outcome, score, sent_at)",
    "CREATE INDEX messages_by_kind_contact ON messages (kind, contact_id, outcome, sent_at)",
    "CREATE INDEX messages_by_kind_outcome ON messages (kind, outcome, sent_at, accepted_at)",
    "CREATE INDEX messages_without_note ON messages (kind, outcome, sent_at) WHERE text = ''",
)


def _v4(connection: sqlite3.Connection) -> None:
    add_tallies(connection)
    # Only the statistics' old queries read these; the tallies replace them.
    connection.execute("DROP INDEX messages_by_kind_contact")
    connection.execute("DROP INDEX messages_without_note")
    # Each contact's latest reply, for keeping in touch (relationships/keeping_in_touch.py): read
    # off this small index instead of every message to them; 10,000 contacts with
    # cadences go from 300 ms to 50.
    connection.execute(
        "CREATE INDEX messages_replies_by_contact ON messages (contact_id, outcome_at)"
        " WHERE outcome = 'replied'"
    )


# LinkedIn exports, their connections and the job changes between them. And the bare
# `https://www.linkedin.com/in` that late-2023 exports wrote for every invitation, which
# earlier imports kept as one person's address: it names nobody (app/profile_urls.py).
_V5 = _statements(
    *export_history.SCHEMA,
    "UPDATE contacts SET profile_url = '', profile_key = ''"
    " WHERE profile_key IN ('linkedin.com', 'linkedin.com/in', 'linkedin.com/pub')",
)


def _v6(connection: sqlite3.Connection) -> None:
    # Invitations by template and segment, for the recommendations (segment_tallies.py).
    add_segment_tallies(connection)


def _v7(connection: sqlite3.Connection) -> None:
    """The language to write to each contact in (app/languages.py); '' is the user's own."""
    connection.execute(
        "ALTER TABLE contacts ADD COLUMN language TEXT NOT NULL DEFAULT ''"
        " CHECK (language IN ('', 'en', 'de', 'fr', 'es', 'pt'))"
    )


def _v8(connection: sqlite3.Connection) -> None:
    """How to address each contact (app/languages.py REGISTERS); '' is the user's default."""
    connection.execute(
        "ALTER TABLE contacts ADD COLUMN register TEXT NOT NULL DEFAULT ''"
        " CHECK (register IN ('', 'formal', 'informal'))"
    )


# A CHECK that a column holds one of a list of three or more words: SQLite looks the value
# up in a temporary table it fills from the list each time a statement runs, and an
# import runs its INSERT once per row. About 3 µs per row and check (bench/README.md).
_LISTED_CHECK = re.compile(r"CHECK \((\w+) IN\s*\(((?:\s*'[a-z_]*'\s*,?)+)\)\)")
_WORD = re.compile(r"'[a-z_]*'")


def _compared(check: re.Match[str]) -> str:
    """The same CHECK as comparisons, which SQLite makes in place: `x = 'a' OR x = 'b'`."""
    column = check[1]
    return f"CHECK ({' OR '.join(f'{column} = {word}' for word in _WORD.findall(check[2]))})"


def _v9(connection: sqlite3.Connection) -> None:
    """The contacts', messages' and requests' checks of a word against a list, as the
    same comparisons one by one.

    SQLite cannot alter a CHECK; its documented way to change one that every row already
    meets is to edit the table's definition and bump the schema version, in one
    transaction. The rows are not touched.
    """
    (version,) = connection.execute("PRAGMA schema_version").fetchone()
    definitions = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
        " AND name IN ('contacts', 'messages', 'requests')"
    ).fetchall()
    connection.execute("PRAGMA writable_schema = ON")
    try:
        if not connection.execute("PRAGMA writable_schema").fetchone()[0]:
            return  # an SQLite built defensive refuses: the checks stay lists, as strict
        for name, sql in definitions:
            connection.execute(
                "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?",
                (_LISTED_CHECK.sub(_compared, sql), name),
            )
        connection.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        connection.execute("PRAGMA writable_schema = OFF")


MIGRATIONS: Sequence[Migration] = (_V1, _v2, _V3, _v4, _V5, _v6, _v7, _v8, _v9)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, path: Path) -> None:
    """Bring the database up to SCHEMA_VERSION, backing it up first if it held anything.

    A database from a newer Rapport is refused before anything is written to it.
    """
    version = _user_version(connection)
    if version > SCHEMA_VERSION:
        raise StoreTooNew(
            QT_TRANSLATE_NOOP(
                "StoreTooNew",
                "The database {path} was written by a newer version of Rapport (schema "
                "{version}; this version knows up to {known}). Update Rapport to open it; "
                "the file has not been changed.",
            )(path=path, version=version, known=SCHEMA_VERSION)
        )
    if version < SCHEMA_VERSION and _has_schema(connection):
        try:
            make_backup(connection, path, version)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "Rapport must upgrade {path} and backs it up first, but the backup in "
                    "{folder} failed ({error}). Nothing was changed.",
                )(path=path, folder=backup_folder(path), error=exc.strerror or exc)
            ) from exc
    # Only now, so that a refused database keeps its journal mode. WAL lets the window
    # read while a background import writes; on file systems without shared memory
    # SQLite keeps the old mode, which is slower but still correct.
    connection.execute("PRAGMA journal_mode = WAL")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        _apply(connection, path, target)


def _apply(connection: sqlite3.Connection, path: Path, target: int) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        # Another Rapport may have run this step while we waited for the write lock.
        if _user_version(connection) < target:
            MIGRATIONS[target - 1](connection)
            connection.execute(f"PRAGMA user_version = {target}")
        connection.execute("COMMIT")
    except BaseException as exc:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        if not isinstance(exc, sqlite3.Error):
            raise
        error = translate(exc, path)
        if type(error) is StoreError:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "The database {path} could not be upgraded for this version of Rapport "
                    "({error}). The upgrade was undone.",
                )(path=path, error=exc)
            ) from exc
        raise error from exc


def _user_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def _has_schema(connection: sqlite3.Connection) -> bool:
    return bool(connection.execute("SELECT EXISTS (SELECT 1 FROM sqlite_master)").fetchone()[0])
