"""The keys one import matches people by, kept in TEMP tables of its own transaction.

An import of a million connections would hold a million profile addresses, e-mails and
names in Python dictionaries, several hundred bytes each. Here they live in SQLite's
temporary database, whose pages go to a file past a small cache: the importer asks for
the keys one chunk of rows needs, decides who each row is, and writes back what it
learnt. The tables go with the transaction, or with `close` when it succeeds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Set
from itertools import islice
from typing import Any, NamedTuple

# Values bound in one `IN (...)` list: far below SQLite's limit on parameters.
_IN_LIST = 500

_TABLES = (
    "CREATE TEMP TABLE import_profiles (key TEXT PRIMARY KEY, ref INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TEMP TABLE import_emails (key TEXT PRIMARY KEY, ref INTEGER NOT NULL) WITHOUT ROWID",
    # Every change to who is known by a name, in order: replayed, it gives the first
    # person of the name and the others in the order they came.
    # Keyed by what it is looked up by, with no second index to keep: `seq` is given
    # out here, so the rows can go in sorted by key.
    "CREATE TEMP TABLE import_names (key TEXT NOT NULL, bare INTEGER NOT NULL,"
    " seq INTEGER NOT NULL, ref INTEGER NOT NULL, PRIMARY KEY (key, bare, seq)) WITHOUT ROWID",
    # What tells namesakes apart now, and (for contacts saved before the import) the
    # company and title they had before it.
    "CREATE TEMP TABLE import_people (ref INTEGER PRIMARY KEY, company TEXT NOT NULL,"
    " title TEXT NOT NULL, connected_on TEXT NOT NULL, with_profile INTEGER NOT NULL,"
    " first_file TEXT, first_line INTEGER, old_company TEXT, old_title TEXT)",
    # The export's connections that are contacts saved before it, with the job the
    # export shows: what the job changes are read from once the export's date is known.
    "CREATE TEMP TABLE import_connections (seq INTEGER PRIMARY KEY,"
    " contact_id INTEGER NOT NULL, company TEXT NOT NULL, title TEXT NOT NULL)",
)
_NAMES = ("import_profiles", "import_emails", "import_names", "import_people", "import_connections")


class Person(NamedTuple):
    """What an import knows of one person it matched or added."""

    ref: int
    company: str
    title: str
    connected_on: str
    with_profile: bool
    first_row: tuple[str, int] | None


# A person as `ImportKeys.put_people` writes one: a `Person` with its first row spread.
PersonRow = tuple[int, str, str, str, bool, str | None, int | None]


class ImportKeys:
    """The TEMP tables of one import; made by `Batch.import_keys`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._names = 0  # changes to who is known by a name recorded so far
        # Whether any profile key or e-mail was recorded: a first import looks up every
        # row's keys, which in an empty table costs a query per 500 of them for nothing.
        self._any_profile = self._any_email = False
        self.close()  # a failed import's tables went with its transaction; to be sure
        for statement in _TABLES:
            connection.execute(statement)

    def close(self) -> None:
        for name in _NAMES:
            self._connection.execute(f"DROP TABLE IF EXISTS temp.{name}")

    # -- written -----------------------------------------------------------------------

    def add_profiles(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Profile keys and the person each names; a key known already keeps its person
        (the first of `pairs` to have it, for keys new to the table)."""
        added = self._connection.executemany(
            "INSERT OR IGNORE INTO import_profiles VALUES (?, ?)", pairs
        )
        self._any_profile = self._any_profile or added.rowcount > 0

    def add_new_profiles(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Profile keys not in the table yet, no two alike, and the person each names:
        inserted in key order, each next to the last instead of anywhere in the tree."""
        self.add_profiles(sorted(pairs))

    def add_emails(self, pairs: Iterable[tuple[str, int]]) -> None:
        added = self._connection.executemany(
            "INSERT OR IGNORE INTO import_emails VALUES (?, ?)", pairs
        )
        self._any_email = self._any_email or added.rowcount > 0

    def add_names(self, changes: Iterable[tuple[str, int, bool]]) -> None:
        """(name key, person, whether the list of people without an address changed),
        in the order they were made."""
        first = self._names
        rows = [(key, bare, first + n, ref) for n, (key, ref, bare) in enumerate(changes)]
        self._names += len(rows)
        rows.sort()  # by key: their order is kept in `seq`
        self._connection.executemany("INSERT INTO import_names VALUES (?, ?, ?, ?)", rows)

    def put_people(self, rows: Iterable[PersonRow]) -> None:
        """Record or update people, each as (ref, company, title, connected_on,
        with_profile, first_file, first_line); the job a saved contact had before stays
        as it was."""
        self._connection.executemany(
            "INSERT INTO import_people (ref, company, title, connected_on, with_profile,"
            " first_file, first_line) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (ref) DO UPDATE SET company = excluded.company,"
            " title = excluded.title, connected_on = excluded.connected_on,"
            " with_profile = excluded.with_profile, first_file = excluded.first_file,"
            " first_line = excluded.first_line",
            rows,
        )

    def seed_saved_contacts(self) -> None:
        """The contacts saved before the import: their details and former job, and a
        profile address counted as theirs where they were first to have it."""
        self._connection.execute(
            "INSERT INTO import_people (ref, company, title, connected_on, with_profile,"
            " old_company, old_title)"
            " SELECT id, company, title, connected_on, 0, company, title FROM contacts"
        )
        self.add_profiles(
            self._connection.execute(
                "SELECT profile_key, id FROM contacts WHERE profile_key <> '' ORDER BY id"
            )
        )
        self.add_emails(
            self._connection.execute(
                "SELECT email_key, id FROM contacts WHERE email_key <> '' ORDER BY id"
            )
        )
        self._connection.execute(
            "UPDATE import_people SET with_profile = 1"
            " WHERE ref IN (SELECT ref FROM import_profiles)"
        )

    def saved_names(self) -> Iterator[tuple[int, str, bool]]:
        """(id, name, whether first to have their profile address) of each saved contact."""
        yield from self._connection.execute(
            "SELECT c.id, c.name, p.with_profile FROM contacts c"
            " JOIN import_people p ON p.ref = c.id ORDER BY c.id"
        )

    def add_connections(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """(contact id, company, title) of connections that are saved contacts, in order."""
        self._connection.executemany(
            "INSERT INTO import_connections (contact_id, company, title) VALUES (?, ?, ?)", rows
        )

    # -- read --------------------------------------------------------------------------

    def profiles(self, keys: Iterable[str]) -> dict[str, int]:
        if not self._any_profile:
            return {}
        return dict(self._in("SELECT key, ref FROM import_profiles WHERE key IN ({})", keys))

    def emails(self, keys: Iterable[str]) -> dict[str, int]:
        if not self._any_email:
            return {}
        return dict(self._in("SELECT key, ref FROM import_emails WHERE key IN ({})", keys))

    def names(self, whole: Set[str], first: Set[str]) -> list[tuple[str, int, bool]]:
        """The changes recorded for these names, in the order they were made: for the
        names in `whole` all of them, for those in `first` the person first known by
        the name and those without an address (all a row with an address looks at)."""
        rows = self._in("SELECT seq, key, ref, bare FROM import_names WHERE key IN ({})", whole)
        rows += self._in(
            # SQLite takes `ref` from the row of the smallest `seq`.
            "SELECT min(seq), key, ref, 0 FROM import_names"
            " WHERE bare = 0 AND key IN ({}) GROUP BY key",
            first,
        )
        rows += self._in(
            "SELECT seq, key, ref, 1 FROM import_names WHERE bare = 1 AND key IN ({})", first
        )
        return [(key, ref, bool(bare)) for _, key, ref, bare in sorted(rows)]

    def people(self, refs: Iterable[int]) -> dict[int, Person]:
        rows = self._in(
            "SELECT ref, company, title, connected_on, with_profile, first_file, first_line"
            " FROM import_people WHERE ref IN ({})",
            refs,
        )
        return {
            ref: Person(
                ref,
                company,
                title,
                connected_on,
                bool(with_profile),
                None if file is None else (file, line),
            )
            for ref, company, title, connected_on, with_profile, file, line in rows
        }

    def saved_connections(self) -> Iterator[tuple[int, str, str, str, str]]:
        """(contact id, company and title the export shows, company and title before
        the import) for each connection that is a saved contact, in the export's order."""
        yield from self._connection.execute(
            "SELECT c.contact_id, c.company, c.title, p.old_company, p.old_title"
            " FROM import_connections c JOIN import_people p ON p.ref = c.contact_id"
            " ORDER BY c.seq"
        )

    def _in(self, query: str, values: Iterable[object]) -> list[Any]:
        rows: list[Any] = []
        found = iter(set(values))
        while group := list(islice(found, _IN_LIST)):
            marks = ", ".join("?" * len(group))
            rows.extend(self._connection.execute(query.format(marks), group))
        return rows
