"""Writes that belong together (one import), made inside one transaction.

An import touches thousands of rows; one transaction makes it all-or-nothing (a killed
import leaves the database as it was) and fast (one wait for the disk, not thousands).
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from app.contacts import Contact, filled
from app.store import export_history
from app.store.export_history import ExportNews
from app.store.import_keys import ImportKeys
from app.store.rows import (
    CONTACT_SELECT,
    CONTACT_WRITE_COLUMNS,
    NewContact,
    NewMessage,
    NewRequest,
    Outcome,
    contact_columns,
    contact_from_row,
    contact_values,
    time_to_text,
    utc,
)

INSERT_CONTACT = (
    f"INSERT INTO contacts ({', '.join(CONTACT_WRITE_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join(':' + c for c in CONTACT_WRITE_COLUMNS)}, :now, :now)"
)
UPDATE_CONTACT = (
    f"UPDATE contacts SET {', '.join(f'{c} = :{c}' for c in CONTACT_WRITE_COLUMNS)}, "
    "updated_at = :now WHERE id = :id"
)
# What `Batch.add_contacts` writes, in order: the contact's columns, then the time twice.
_CONTACT_INSERT_COLUMNS = (*CONTACT_WRITE_COLUMNS, "created_at", "updated_at")
# Text that is safe to write into a statement as it is: printable ASCII but the quote.
_PLAIN_TEXT = re.compile(r"[ -&(-~]*")
# From this many new contacts on, `Batch.adding_contacts` prepares for a large batch; the
# cache then holds about 40,000 contacts, a whole LinkedIn account's (SQLite takes the
# memory only as it fills it). Larger, it barely speeds a million-row import, whose
# peak memory it would add to (bench/README.md).
_BULK_CONTACTS = 1000
_BULK_CACHE_KIB = 16384
# The contacts' own indexes, as the schema created them (SQLite's automatic ones have no
# SQL, and are kept).
# Ids bound in one `IN (...)` list: far below SQLite's limit on parameters.
_IN_LIST = 500
_CONTACT_INDEXES = (
    "SELECT name, sql FROM sqlite_master"
    " WHERE type = 'index' AND tbl_name = 'contacts' AND sql IS NOT NULL"
)


class Batch:
    """One open write transaction; get it from `Store.batch()`, never directly."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._now = time_to_text(utc(None))

    def import_keys(self) -> ImportKeys:
        """Temporary tables for the keys this import matches people on, holding the
        contacts saved before it (app/store/import_keys.py)."""
        keys = ImportKeys(self._connection)
        keys.seed_saved_contacts()
        return keys

    def next_contact_id(self) -> int:
        """The id the next contact added in this transaction gets (see `add_contacts`)."""
        found = self._connection.execute("SELECT coalesce(max(id), 0) + 1 FROM contacts")
        return int(found.fetchone()[0])

    def contacts(self, ids: Iterable[int]) -> dict[int, Contact]:
        """The saved contacts of these ids, by id (those that exist)."""
        wanted = sorted(set(ids))
        found: dict[int, Contact] = {}
        for start in range(0, len(wanted), _IN_LIST):
            group = wanted[start : start + _IN_LIST]
            rows = self._connection.execute(
                f"{CONTACT_SELECT} WHERE id IN ({', '.join('?' * len(group))})", group
            )
            for contact in map(contact_from_row, rows):
                assert contact.id is not None  # read from the table
                found[contact.id] = contact
        return found

    def add_contacts(self, contacts: Sequence[Contact | NewContact]) -> list[int]:
        """Insert new contacts; returns their ids in order."""
        if not contacts:
            return []
        # Inside this write transaction nobody else inserts, and rows without an explicit
        # id get max(id) + 1, so the new ids are consecutive: one executemany does it.
        start = self.next_contact_id()
        new = [c if isinstance(c, NewContact) else NewContact.of(c) for c in contacts]
        times = (self._now,) * len(new)
        statement, rows = _insert_statement([*contact_columns(new), times, times])
        self._connection.executemany(statement, rows)
        return list(range(start, start + len(contacts)))

    @contextmanager
    def adding_contacts(self, count: int) -> Iterator[None]:
        """Around adding `count` contacts with `add_contacts`: set up for a large batch.

        For a thousand contacts or more, the page cache holds the whole batch, instead
        of writing pages out and reading them back. When the batch is also at least as
        large as the table, the contacts' indexes are dropped first and built again
        after: built once from all the rows an index is one sort, while kept up to date
        row by row it is a search per row and index, which costs more than the inserts.
        Should the block fail, the batch's transaction is rolled back, indexes included.
        """
        if count < _BULK_CONTACTS:
            yield
            return
        connection = self._connection
        cache_size = connection.execute("PRAGMA cache_size").fetchone()[0]
        connection.execute(f"PRAGMA cache_size = {-_BULK_CACHE_KIB}")
        saved = connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
        indexes = [] if count < saved else connection.execute(_CONTACT_INDEXES).fetchall()
        for name, _ in indexes:
            connection.execute(f"DROP INDEX {_quoted(name)}")
        try:
            yield
            for _, sql in indexes:
                connection.execute(sql)
        finally:
            connection.execute(f"PRAGMA cache_size = {int(cache_size)}")

    def fill_contact(self, contact_id: int, contact: Contact) -> bool:
        """Fill the stored contact's empty fields from `contact`; never overwrite one.

        Returns whether anything changed; the rule is `app.contacts.filled`.
        """
        row = self._connection.execute(f"{CONTACT_SELECT} WHERE id = ?", (contact_id,)).fetchone()
        if row is None:
            return False
        stored = contact_from_row(row)
        merged = filled(stored, contact)
        if merged is stored:
            return False
        values = {**contact_values(merged), "now": self._now, "id": contact_id}
        self._connection.execute(UPDATE_CONTACT, values)
        return True

    # LinkedIn exports and the job changes they show (app/store/export_history.py)

    def previous_connections(self, exported_on: str) -> set[int] | None:
        return export_history.previous_connections(self._connection, exported_on)

    def is_latest_export(self, exported_on: str) -> bool:
        return export_history.is_latest(self._connection, exported_on)

    def record_export(self, exported_on: str, source: str, contact_ids: Sequence[int]) -> None:
        export_history.record_export(self._connection, exported_on, source, contact_ids, self._now)

    def change_job(
        self, contact_id: int, seen_on: str, old: tuple[str, str], new: tuple[str, str]
    ) -> None:
        """Keep the change in the contact's history, and give the contact the new job."""
        export_history.record_job_change(self._connection, contact_id, seen_on, old, new)
        row = self._connection.execute(f"{CONTACT_SELECT} WHERE id = ?", (contact_id,)).fetchone()
        moved = dataclasses.replace(contact_from_row(row), company=new[0], title=new[1])
        values = {**contact_values(moved), "now": self._now, "id": contact_id}
        self._connection.execute(UPDATE_CONTACT, values)

    def export_news(self, exported_on: str) -> ExportNews | None:
        return export_history.export_news(
            lambda sql, parameters: self._connection.execute(sql, parameters).fetchall(),
            exported_on,
        )

    def add_messages(self, messages: Sequence[NewMessage]) -> tuple[int, int]:
        """Insert messages not already imported; returns (inserted, outcomes updated).

        A message whose `import_key` is already stored is not added again; if the stored
        one is still pending and the new one knows its outcome, the outcome is taken (a
        later export saw the invitation accepted). An outcome the user set is kept.
        """
        inserted = updated = 0
        for message in messages:
            if message.import_key is not None:
                existing = self._connection.execute(
                    "SELECT id, outcome FROM messages WHERE import_key = ?",
                    (message.import_key,),
                ).fetchone()
                if existing is not None:
                    if existing[1] == Outcome.PENDING and message.outcome != Outcome.PENDING:
                        self._connection.execute(
                            "UPDATE messages SET outcome = ?, outcome_at = ?, accepted_at = ?"
                            " WHERE id = ?",
                            (*_outcome_columns(message), existing[0]),
                        )
                        updated += 1
                    continue
            self._connection.execute(
                "INSERT INTO messages (contact_id, contact_name, template, kind, channel, text,"
                " sent_at, outcome, outcome_at, accepted_at, score, import_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message.contact_id,
                    message.contact_name,
                    message.template,
                    message.kind,
                    message.channel,
                    message.text,
                    time_to_text(utc(message.sent_at)),
                    *_outcome_columns(message),
                    message.score,
                    message.import_key,
                ),
            )
            inserted += 1
        return inserted, updated

    def add_requests(self, requests: Sequence[NewRequest]) -> int:
        """Insert incoming requests not already imported; returns how many were new.

        A request imported before, still open, and now handled (a later export shows the
        sender connected) is closed with that action; one the user handled is left alone.
        """
        inserted = 0
        for request in requests:
            handled = None if request.handled_at is None else time_to_text(utc(request.handled_at))
            action = None if request.action is None else request.action.value
            cursor = self._connection.execute(
                "INSERT OR IGNORE INTO requests (contact_id, contact_name, note, received_at,"
                " import_key, action, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    request.contact_id,
                    request.contact_name,
                    request.note,
                    time_to_text(utc(request.received_at)),
                    request.import_key,
                    action,
                    handled,
                ),
            )
            inserted += cursor.rowcount
            if not cursor.rowcount and action is not None and request.import_key is not None:
                self._connection.execute(
                    "UPDATE requests SET action = ?, handled_at = ?"
                    " WHERE import_key = ? AND action IS NULL",
                    (action, handled, request.import_key),
                )
        return inserted


def _insert_statement(columns: list[Sequence[Any]]) -> tuple[str, Iterator[tuple[Any, ...]]]:
    """The INSERT of the rows whose values for _CONTACT_INSERT_COLUMNS are `columns`,
    and the rows of values it binds.

    A value every row shares, when it is plain (NULL, or text of printable ASCII without
    a quote: the empty fields an import leaves, the time), is written into the statement
    once instead of bound for each row: binding is most of what an insert costs, and an
    import of connections leaves half the columns empty.
    """
    values: list[str] = []
    bound: list[Sequence[Any]] = []
    for position, column in enumerate(columns):
        first = column[0]
        literal = _literal(first)
        # The name (column 0) is always bound: with no column bound, there would be no
        # rows to bind, and executemany would insert none.
        if position and literal is not None and column.count(first) == len(column):
            values.append(literal)
        else:
            values.append("?")
            bound.append(column)
    listed = ", ".join(_CONTACT_INSERT_COLUMNS)
    statement = f"INSERT INTO contacts ({listed}) VALUES ({', '.join(values)})"
    return statement, zip(*bound, strict=True)


def _quoted(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def _literal(value: Any) -> str | None:
    """`value` as an SQL literal, or None if it is not plain enough to write as one."""
    if value is None:
        return "NULL"
    if type(value) is str and _PLAIN_TEXT.fullmatch(value):
        return f"'{value}'"
    return None


def _outcome_columns(message: NewMessage) -> tuple[str, str | None, str | None]:
    """outcome, outcome_at and accepted_at as stored; a decided outcome needs its time."""
    if message.outcome is Outcome.PENDING:
        return Outcome.PENDING.value, None, None
    outcome_at = time_to_text(utc(message.outcome_at or message.sent_at))
    accepted = message.accepted_at
    if accepted is None and message.outcome in (Outcome.ACCEPTED, Outcome.REPLIED):
        accepted = message.outcome_at or message.sent_at
    return (
        message.outcome.value,
        outcome_at,
        None if accepted is None else time_to_text(utc(accepted)),
    )
