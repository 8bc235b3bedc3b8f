"""The LinkedIn exports imported, who was a connection in each, and the job changes a
newer export showed: what "changed jobs since your last export" is read from.

An export is known by its date (the day LinkedIn made it); importing the same export
again records nothing new. Connections deleted from Rapport are left out of what an
export is said to show. A job change is kept per contact and export, with the
company and position before and after, so it stays in the contact's history after the
contact's own fields have moved on.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# Migration step 5 (app/store/schema.py). Who was a connection in an export is kept as
# one value, the contacts' ids packed (see `_pack`): a row per connection would make
# every import of 30,000 connections write 30,000 more rows, a quarter of its time.
SCHEMA = (
    """
    CREATE TABLE linkedin_exports (
        id INTEGER PRIMARY KEY,
        exported_on TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        connections BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE job_changes (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        seen_on TEXT NOT NULL,
        old_company TEXT NOT NULL,
        old_title TEXT NOT NULL,
        new_company TEXT NOT NULL,
        new_title TEXT NOT NULL,
        UNIQUE (contact_id, seen_on)
    )
    """,
    "CREATE INDEX job_changes_by_seen_on ON job_changes (seen_on)",
)

# A read-only query and its parameters: `Store.query`, or a cursor's in a batch.
Query = Callable[[str, Sequence[Any]], list[Any]]


@dataclass(frozen=True)
class Person:
    contact_id: int
    name: str
    company: str
    title: str

    def to_json(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "company": self.company,
            "position": self.title,
        }


@dataclass(frozen=True)
class JobChange:
    """A connection whose company or position changed between two exports."""

    contact_id: int
    name: str
    seen_on: str
    old_company: str
    old_title: str
    new_company: str
    new_title: str

    def to_json(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "seen_on": self.seen_on,
            "old": {"company": self.old_company, "position": self.old_title},
            "new": {"company": self.new_company, "position": self.new_title},
        }


@dataclass(frozen=True)
class ExportNews:
    """What an export showed against the one before it (none: the first export)."""

    exported_on: str
    previous_on: str | None
    changed: tuple[JobChange, ...] = ()
    new: tuple[Person, ...] = ()
    gone: tuple[Person, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "export_date": self.exported_on,
            "previous_export": self.previous_on,
            "changed": [change.to_json() for change in self.changed],
            "new": [person.to_json() for person in self.new],
            "gone": [person.to_json() for person in self.gone],
        }


def export_news(query: Query, exported_on: str | None = None) -> ExportNews | None:
    """What the export of `exported_on` (the latest one when None) showed; None when no
    such export was imported. People deleted from Rapport since are not listed."""
    rows = query(
        "SELECT exported_on, connections FROM linkedin_exports WHERE exported_on = coalesce(?,"
        " (SELECT max(exported_on) FROM linkedin_exports))",
        (exported_on,),
    )
    if not rows:
        return None
    day, packed = rows[0]
    previous = _previous(query, day)
    if previous is None:
        return ExportNews(day, None)
    previous_on, previous_packed = previous
    now, before = _unpack(packed), _unpack(previous_packed)
    return ExportNews(
        day,
        previous_on,
        tuple(JobChange(*row) for row in query(_CHANGED, (day,))),
        _people(query, now - before),
        _people(query, before - now),
    )


def contact_job_changes(query: Query, contact_id: int) -> list[JobChange]:
    """The contact's job changes, oldest first: their history across exports."""
    return [
        JobChange(*row)
        for row in query(
            f"{_CHANGES} WHERE j.contact_id = ? ORDER BY j.seen_on",
            (contact_id,),
        )
    ]


def previous_connections(connection: sqlite3.Connection, exported_on: str) -> set[int] | None:
    """Who were connections in the export before `exported_on`; None if there is none."""
    previous = _previous(_cursor_query(connection), exported_on)
    return None if previous is None else _unpack(previous[1])


def is_latest(connection: sqlite3.Connection, exported_on: str) -> bool:
    """Whether no export after `exported_on` was imported (an older one shows no news)."""
    row = connection.execute("SELECT max(exported_on) FROM linkedin_exports").fetchone()
    return row[0] is None or row[0] <= exported_on


def record_export(
    connection: sqlite3.Connection,
    exported_on: str,
    source: str,
    contact_ids: Iterable[int],
    now: str,
) -> None:
    """Remember the export and who was a connection in it (again: nothing changes)."""
    connection.execute(
        "INSERT OR IGNORE INTO linkedin_exports (exported_on, source, imported_at, connections)"
        " VALUES (?, ?, ?, ?)",
        (exported_on, source, now, _pack(contact_ids)),
    )


def record_job_change(
    connection: sqlite3.Connection,
    contact_id: int,
    seen_on: str,
    old: tuple[str, str],
    new: tuple[str, str],
) -> None:
    connection.execute(
        "INSERT OR IGNORE INTO job_changes"
        " (contact_id, seen_on, old_company, old_title, new_company, new_title)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (contact_id, seen_on, *old, *new),
    )


_CHANGES = (
    "SELECT j.contact_id, c.name, j.seen_on, j.old_company, j.old_title, j.new_company,"
    " j.new_title FROM job_changes j JOIN contacts c ON c.id = j.contact_id"
)
_CHANGED = f"{_CHANGES} WHERE j.seen_on = ? ORDER BY c.name_key"
# Under SQLite's default limit of bound parameters per statement (999 before 3.32).
_IDS_PER_QUERY = 900


def _people(query: Query, ids: set[int]) -> tuple[Person, ...]:
    """The contacts with these ids that still exist, in the order of their names."""
    ordered = sorted(ids)
    found: list[tuple[str, Person]] = []
    for start in range(0, len(ordered), _IDS_PER_QUERY):
        chunk = ordered[start : start + _IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        rows = query(
            f"SELECT name_key, id, name, company, title FROM contacts WHERE id IN ({marks})",
            chunk,
        )
        found.extend((key, Person(*person)) for key, *person in rows)
    return tuple(person for _, person in sorted(found, key=lambda pair: pair[0]))


def _pack(ids: Iterable[int]) -> bytes:
    """Contact ids as 64-bit little-endian integers, whatever the machine's order."""
    packed = array("q", sorted(set(ids)))
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _unpack(data: bytes) -> set[int]:
    ids = array("q")
    ids.frombytes(data)
    if sys.byteorder == "big":
        ids.byteswap()
    return set(ids)


def _previous(query: Query, exported_on: str) -> tuple[str, bytes] | None:
    rows = query(
        "SELECT exported_on, connections FROM linkedin_exports WHERE exported_on < ?"
        " ORDER BY exported_on DESC LIMIT 1",
        (exported_on,),
    )
    return (rows[0][0], rows[0][1]) if rows else None


def _cursor_query(connection: sqlite3.Connection) -> Query:
    return lambda sql, parameters: connection.execute(sql, parameters).fetchall()
