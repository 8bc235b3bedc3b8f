"""Writes that belong together (one import), made inside one transaction.

An import touches thousands of rows; one transaction makes it all-or-nothing (a killed
import leaves the database as it was) and fast (one wait for the disk, not thousands).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.contacts import Contact, filled
from app.store.rows import (
    CONTACT_COLUMNS,
    CONTACT_SELECT,
    NewMessage,
    NewRequest,
    Outcome,
    contact_from_row,
    contact_values,
    fold,
    time_to_text,
    utc,
)

CONTACT_WRITE_COLUMNS = [
    *CONTACT_COLUMNS.values(),
    "name_key",
    "search_text",
    "profile_key",
    "email_key",
]
INSERT_CONTACT = (
    f"INSERT INTO contacts ({', '.join(CONTACT_WRITE_COLUMNS)}, created_at, updated_at) "
    f"VALUES ({', '.join(':' + c for c in CONTACT_WRITE_COLUMNS)}, :now, :now)"
)
UPDATE_CONTACT = (
    f"UPDATE contacts SET {', '.join(f'{c} = :{c}' for c in CONTACT_WRITE_COLUMNS)}, "
    "updated_at = :now WHERE id = :id"
)


@dataclass
class ContactIndex:
    """Existing contacts by the keys imports match people on (first match wins)."""

    by_profile: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)


class Batch:
    """One open write transaction; get it from `Store.batch()`, never directly."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._now = time_to_text(utc(None))

    def contact_index(self) -> ContactIndex:
        index = ContactIndex()
        rows = self._connection.execute(
            "SELECT id, profile_key, email_key, name FROM contacts ORDER BY id"
        )
        for id_, profile, email, name in rows:
            if profile:
                index.by_profile.setdefault(profile, id_)
            if email:
                index.by_email.setdefault(email, id_)
            index.by_name.setdefault(fold(name.strip()), id_)
        return index

    def add_contacts(self, contacts: Sequence[Contact]) -> list[int]:
        """Insert new contacts; returns their ids in order."""
        if not contacts:
            return []
        # Inside this write transaction nobody else inserts, and rows without an explicit
        # id get max(id) + 1, so the new ids are consecutive: one executemany does it.
        first = self._connection.execute("SELECT coalesce(max(id), 0) + 1 FROM contacts")
        start = int(first.fetchone()[0])
        self._connection.executemany(
            INSERT_CONTACT, ({**contact_values(c), "now": self._now} for c in contacts)
        )
        return list(range(start, start + len(contacts)))

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
        """Insert incoming requests not already imported; returns how many were new."""
        inserted = 0
        for request in requests:
            cursor = self._connection.execute(
                "INSERT OR IGNORE INTO requests (contact_id, contact_name, note, received_at,"
                " import_key) VALUES (?, ?, ?, ?, ?)",
                (
                    request.contact_id,
                    request.contact_name,
                    request.note,
                    time_to_text(utc(request.received_at)),
                    request.import_key,
                ),
            )
            inserted += cursor.rowcount
        return inserted


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
