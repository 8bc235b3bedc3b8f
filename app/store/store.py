"""The Store: contacts and the history of sent messages, in one SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from app.contacts import Contact
from app.sentences import QT_TRANSLATE_NOOP
from app.store.batch import INSERT_CONTACT, UPDATE_CONTACT, Batch
from app.store.connection import open_database
from app.store.errors import StoreError, translate
from app.store.rows import (
    CONTACT_SELECT,
    MESSAGE_SELECT,
    REQUEST_SELECT,
    IncomingRequest,
    Outcome,
    RequestAction,
    SentMessage,
    contact_from_row,
    contact_values,
    fold,
    message_from_row,
    request_from_row,
    time_to_text,
    utc,
)

_ACCEPTED = (Outcome.ACCEPTED.value, Outcome.REPLIED.value)


class Store:
    """Contacts and sent messages, read and written through one SQLite connection.

    A Store belongs to the thread that opened it: sqlite3 refuses a connection used from
    another thread, and that refusal arrives as a StoreError. A background worker that
    needs the database opens a Store of its own (WAL lets it write while the window
    reads). Every failure is a StoreError whose message is meant for the user.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        """Wrap an open, migrated connection; use `Store.open` to get one."""
        self._connection: sqlite3.Connection | None = connection
        self._path = path

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open the database at `path`, creating or migrating it as needed."""
        return cls(open_database(path), path)

    @property
    def path(self) -> Path:
        return self._path

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._connection is not None:
            connection, self._connection = self._connection, None
            with self._guard_errors():
                connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Contacts

    def add_contact(self, contact: Contact) -> Contact:
        """Save a new contact; returns it with its `id` set."""
        return self.add_contacts([contact])[0]

    def add_contacts(self, contacts: Iterable[Contact]) -> list[Contact]:
        """Save new contacts in one transaction: all of them, or none if one fails.

        Every commit waits for the disk to confirm the write, so an import that saved
        thousands of contacts one transaction each would keep the user waiting.
        """
        new = list(contacts)
        for contact in new:
            if contact.id is not None:
                raise StoreError(
                    QT_TRANSLATE_NOOP("StoreError", "{name} is already saved (number {number}).")(
                        name=contact.name, number=contact.id
                    )
                )
        saved: list[Contact] = []
        with self._write() as connection:
            now = time_to_text(utc(None))
            for contact in new:
                cursor = connection.execute(INSERT_CONTACT, {**contact_values(contact), "now": now})
                saved.append(contact.replace(id=cursor.lastrowid))
        return saved

    def update_contact(self, contact: Contact) -> Contact:
        """Save changes to a contact that is already in the store."""
        if contact.id is None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError", "{name} has not been saved yet, so cannot be updated."
                )(name=contact.name)
            )
        with self._write() as connection:
            now = time_to_text(utc(None))
            values = {**contact_values(contact), "now": now, "id": contact.id}
            if connection.execute(UPDATE_CONTACT, values).rowcount == 0:
                raise _no_contact(contact.id)
        return contact

    def delete_contact(self, contact_id: int) -> None:
        """Delete a contact; messages sent to them stay, under the name they had."""
        with self._write() as connection:
            deleted = connection.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            if deleted.rowcount == 0:
                raise _no_contact(contact_id)

    def get_contact(self, contact_id: int) -> Contact:
        with self._read() as connection:
            query = f"{CONTACT_SELECT} WHERE id = ?"
            row = connection.execute(query, (contact_id,)).fetchone()
        if row is None:
            raise _no_contact(contact_id)
        return contact_from_row(row)

    def contacts(self, search: str = "") -> list[Contact]:
        """Contacts by name, ignoring case; `search` keeps those whose name, company,
        title, location, group or notes contain it, ignoring case."""
        needle = fold(search.strip())
        query = CONTACT_SELECT
        if needle:
            query += " WHERE instr(search_text, :needle) > 0"
        with self._read() as connection:
            rows = connection.execute(query + " ORDER BY name_key, id", {"needle": needle})
            return [contact_from_row(row) for row in rows]

    def contact_count(self) -> int:
        with self._read() as connection:
            return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])

    # Messages

    def record_message(
        self,
        contact: Contact,
        *,
        template: str,
        kind: str,
        channel: str,
        text: str,
        sent_at: datetime | None = None,
        score: int | None = None,
    ) -> SentMessage:
        """Record a message as sent (now, unless `sent_at` says when), pending an outcome.

        `score` is the checker's personalisation score for the text, kept for statistics.
        A contact that was never saved (`id` None) is recorded by name only.
        """
        if score is not None and not 0 <= score <= 100:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "A personalisation score runs from 0 to 100.")()
            )
        if not text.strip():
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "An empty message cannot be recorded as sent.")()
            )
        when = utc(sent_at)
        with self._write() as connection:
            if contact.id is not None:
                exists = "SELECT 1 FROM contacts WHERE id = ?"
                if connection.execute(exists, (contact.id,)).fetchone() is None:
                    raise _no_contact(contact.id)
            cursor = connection.execute(
                "INSERT INTO messages (contact_id, contact_name, template, kind, channel,"
                " text, sent_at, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    contact.id,
                    contact.name,
                    template,
                    kind,
                    channel,
                    text,
                    time_to_text(when),
                    score,
                ),
            )
        assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
        return SentMessage(
            id=cursor.lastrowid,
            contact_id=contact.id,
            contact_name=contact.name,
            template=template,
            kind=kind,
            channel=channel,
            text=text,
            sent_at=when,
            outcome=Outcome.PENDING,
            outcome_at=None,
            score=score,
        )

    def messages(
        self, contact_id: int | None = None, limit: int | None = None
    ) -> list[SentMessage]:
        """Sent messages, newest first; only one contact's if `contact_id` is given."""
        if limit is not None and limit < 0:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError", "The number of messages to show cannot be negative."
                )()
            )
        query = MESSAGE_SELECT
        if contact_id is not None:
            query += " WHERE contact_id = :contact"
        # LIMIT -1 is SQLite's "no limit".
        query += " ORDER BY sent_at DESC, id DESC LIMIT :limit"
        parameters = {"contact": contact_id, "limit": -1 if limit is None else limit}
        with self._read() as connection:
            return [message_from_row(row) for row in connection.execute(query, parameters)]

    def message_count(self) -> int:
        with self._read() as connection:
            return int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])

    def set_outcome(
        self, message_id: int, outcome: Outcome, at: datetime | None = None
    ) -> SentMessage:
        """Mark what became of a message (at `at`, or now); back to PENDING clears the time.

        Acceptance keeps its own time: marking an accepted invitation REPLIED keeps when it
        was accepted, so the time to acceptance survives the reply.
        """
        try:
            outcome = Outcome(outcome)
        except ValueError:
            choices = ", ".join(Outcome)
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError", "'{outcome}' is not an outcome; use one of: {choices}."
                )(outcome=outcome, choices=choices)
            ) from None
        outcome_at = None if outcome is Outcome.PENDING else time_to_text(utc(at))
        with self._write() as connection:
            accepted = outcome.value in _ACCEPTED
            changed = connection.execute(
                "UPDATE messages SET outcome = ?, outcome_at = ?, accepted_at = CASE"
                " WHEN NOT ? THEN NULL"
                " WHEN outcome IN (?, ?) AND accepted_at IS NOT NULL THEN accepted_at"
                " ELSE ? END WHERE id = ?",
                (outcome.value, outcome_at, accepted, *_ACCEPTED, outcome_at, message_id),
            )
            if changed.rowcount == 0:
                raise StoreError(
                    QT_TRANSLATE_NOOP("StoreError", "No sent message number {number} is recorded.")(
                        number=message_id
                    )
                )
            query = f"{MESSAGE_SELECT} WHERE id = ?"
            row = connection.execute(query, (message_id,)).fetchone()
        return message_from_row(row)

    def notes_sent_since(self, since: datetime) -> int:
        """Connection invitations with a note recorded since `since` (the monthly quota)."""
        with self._read() as connection:
            row = connection.execute(
                "SELECT count(*) FROM messages WHERE channel = 'linkedin_note' AND text <> ''"
                " AND sent_at >= ?",
                (time_to_text(utc(since)),),
            ).fetchone()
        return int(row[0])

    def sent_texts(self) -> list[tuple[int | None, str]]:
        """(contact id, text) of every recorded message, oldest first."""
        with self._read() as connection:
            rows = connection.execute("SELECT contact_id, text FROM messages ORDER BY id")
            return [(row[0], row[1]) for row in rows]

    # Incoming requests

    def add_request(
        self, contact: Contact, note: str, received_at: datetime | None = None
    ) -> IncomingRequest:
        """Record a connection request someone sent the user, not yet handled."""
        when = time_to_text(utc(received_at))
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO requests (contact_id, contact_name, note, received_at)"
                " VALUES (?, ?, ?, ?)",
                (contact.id, contact.name, note, when),
            )
            row = connection.execute(
                f"{REQUEST_SELECT} WHERE id = ?", (cursor.lastrowid,)
            ).fetchone()
        return request_from_row(row)

    def requests(self, open_only: bool = False) -> list[IncomingRequest]:
        """Incoming requests, newest first; only those not yet handled if `open_only`."""
        query = REQUEST_SELECT
        if open_only:
            query += " WHERE action IS NULL"
        with self._read() as connection:
            rows = connection.execute(query + " ORDER BY received_at DESC, id DESC")
            return [request_from_row(row) for row in rows]

    def set_request_action(
        self, request_id: int, action: RequestAction | None, at: datetime | None = None
    ) -> IncomingRequest:
        """Record what the user did with a request; None puts it back in the inbox."""
        handled = None if action is None else time_to_text(utc(at))
        value = None if action is None else RequestAction(action).value
        with self._write() as connection:
            changed = connection.execute(
                "UPDATE requests SET action = ?, handled_at = ? WHERE id = ?",
                (value, handled, request_id),
            )
            if changed.rowcount == 0:
                raise StoreError(
                    QT_TRANSLATE_NOOP(
                        "StoreError", "No incoming request number {number} is recorded."
                    )(number=request_id)
                )
            row = connection.execute(f"{REQUEST_SELECT} WHERE id = ?", (request_id,)).fetchone()
        return request_from_row(row)

    # Imports and analysis

    @contextmanager
    def batch(self) -> Iterator[Batch]:
        """One transaction for many writes (an import): all of them are saved, or none."""
        with self._write() as connection:
            yield Batch(connection)

    def query(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        """Rows of a read-only query, for the modules that analyse the history
        (statistics, follow-ups, network review) in SQL rather than in Python."""
        with self._read() as connection:
            return connection.execute(sql, parameters).fetchall()

    # Plumbing

    @contextmanager
    def _guard_errors(self) -> Iterator[None]:
        """Turn sqlite3's exceptions, and text SQLite cannot store, into StoreErrors."""
        try:
            yield
        except sqlite3.Error as exc:
            raise translate(exc, self._path) from exc
        except UnicodeEncodeError as exc:
            # Lone surrogates (from text decoded with errors="surrogateescape") are not
            # valid UTF-8, and SQLite stores text as UTF-8.
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError",
                    "Some text contains characters that are not valid Unicode and cannot be saved.",
                )()
            ) from exc

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        if self._connection is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "The database {path} has been closed.")(
                    path=self._path
                )
            )
        with self._guard_errors():
            yield self._connection

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is saved, or none of it."""
        with self._read() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise


def _no_contact(contact_id: int) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "StoreError", "No contact number {number} is saved; it may have been deleted."
        )(number=contact_id)
    )
