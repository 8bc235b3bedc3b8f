"""What the store returns, and the mapping between those objects and table rows."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from functools import partial
from itertools import repeat
from operator import attrgetter
from typing import Any, NamedTuple

from app.contacts import Contact, sort_key
from app.profile_urls import profile_key
from app.sentences import QT_TRANSLATE_NOOP
from app.store.errors import StoreError


class Outcome(StrEnum):
    """What became of a sent message; every message starts as PENDING."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REPLIED = "replied"
    NO_ANSWER = "no_answer"


@dataclass(frozen=True)
class SentMessage:
    """A message recorded as sent, with the contact's name as it was at the time.

    `contact_id` is None once the contact is deleted; `contact_name` keeps the history
    readable after that.
    """

    id: int
    contact_id: int | None
    contact_name: str
    template: str
    kind: str
    channel: str
    text: str
    sent_at: datetime
    outcome: Outcome
    outcome_at: datetime | None
    score: int | None = None
    # When the invitation was accepted; kept when a reply follows (outcome REPLIED).
    accepted_at: datetime | None = None


@dataclass(frozen=True)
class NewMessage:
    """A message to write in an import batch (see `Batch.add_messages`).

    `import_key` identifies it in its source, so importing the same file again adds
    nothing; `text` may be empty for an invitation sent without a note.
    """

    contact_id: int | None
    contact_name: str
    template: str
    kind: str
    channel: str
    text: str
    sent_at: datetime
    outcome: Outcome = Outcome.PENDING
    outcome_at: datetime | None = None
    accepted_at: datetime | None = None
    score: int | None = None
    import_key: str | None = None


class RequestAction(StrEnum):
    """What the user did with an incoming request (the triage actions)."""

    ACCEPT_AND_THANK = "accept_and_thank"
    ACCEPT = "accept"
    REPLY_COFFEE = "reply_coffee"
    REPLY_FOLLOW = "reply_follow"
    DECLINE = "decline"


@dataclass(frozen=True)
class NewRequest:
    """An incoming connection request to write in an import batch."""

    contact_id: int | None
    contact_name: str
    note: str
    received_at: datetime
    import_key: str | None = None
    # Set when the export shows the request accepted already (the sender is a connection).
    action: RequestAction | None = None
    handled_at: datetime | None = None


class NewContact(NamedTuple):
    """A contact to write in an import batch (see `Batch.add_contacts`): the fields of
    `app.contacts.Contact`, in its order, less `id`.

    A tuple because an import makes one per row, and a frozen dataclass of this many
    fields takes several times longer to build. Importers check what they put in it
    (a name that is not blank) as Contact would; `contact()` gives the Contact.
    """

    name: str
    first_name: str = ""
    company: str = ""
    title: str = ""
    location: str = ""
    industry: str = ""
    profile_url: str = ""
    email: str = ""
    group: str = ""
    strength: int = 5
    how_met: str = ""
    met_when: str = ""
    introduced_by: str = ""
    their_work: str = ""
    shared_interests: tuple[str, ...] = ()
    mutual_contacts: tuple[str, ...] = ()
    notes: str = ""
    incoming_note: str = ""
    cadence_days: int | None = None
    connected_on: str = ""
    language: str = ""
    register: str = ""

    @classmethod
    def of(cls, contact: Contact) -> NewContact:
        return cls._make(_contact_fields(contact))

    @classmethod
    def from_columns(cls, **columns: Iterable[Any]) -> Iterator[NewContact]:
        """New contacts from columns of their fields in step (a field's name, then its
        value for each contact); the fields not given keep their defaults.

        For an import's thousands of rows: the tuples are put together in C, where the
        named tuple's own constructor is a Python function of twenty parameters.
        """
        if "name" not in columns or not set(columns) <= set(cls._fields):
            raise TypeError(f"Columns of a new contact's fields, with its name: {list(columns)}")
        defaults = cls._field_defaults
        values = (columns[f] if f in columns else repeat(defaults[f]) for f in cls._fields)
        # The defaults repeat without end: the columns given say how many contacts.
        return map(partial(tuple.__new__, cls), zip(*values, strict=False))

    def contact(self) -> Contact:
        return Contact(*self)


@dataclass(frozen=True)
class IncomingRequest:
    """A connection request someone sent the user; `action` is None until handled."""

    id: int
    contact_id: int | None
    contact_name: str
    note: str
    received_at: datetime
    action: RequestAction | None
    handled_at: datetime | None


# Contact field -> column. `group` is an SQL keyword, hence the one renamed column.
CONTACT_COLUMNS: dict[str, str] = {
    field: "group_name" if field == "group" else field for field in NewContact._fields
}
_LIST_FIELDS = ("shared_interests", "mutual_contacts")
_SEARCHED_FIELDS = ("name", "company", "title", "location", "group", "notes")
_contact_fields = attrgetter(*NewContact._fields)
# The columns a contact is written to: its fields, then the folded copies that sorting,
# searching and imports read (see app/store/schema.py).
CONTACT_WRITE_COLUMNS = (
    *CONTACT_COLUMNS.values(),
    "name_key",
    "search_text",
    "profile_key",
    "email_key",
)


def fold(text: str) -> str:
    """Text reduced for case-insensitive matching in any script ("Straße" ~ "STRASSE").

    NFKC first, so that an accent typed as a combining mark matches a precomposed one.
    """
    return unicodedata.normalize("NFKC", text).casefold()


def contact_columns(contacts: Sequence[NewContact]) -> list[Sequence[Any]]:
    """The values of CONTACT_WRITE_COLUMNS for `contacts` (one or more), column by
    column: the fields as stored, then the derived columns.

    Column by column because an import writes thousands of contacts at once: taking
    tuples apart and putting rows together is done in C, and each derived column is one
    loop over the few fields it needs rather than a function call per contact.
    """
    fields: dict[str, Sequence[Any]] = dict(
        zip(NewContact._fields, zip(*contacts, strict=True), strict=True)
    )
    for field in _LIST_FIELDS:
        # Most contacts list none; "[]" is what json.dumps would write, at no cost.
        fields[field] = [
            json.dumps(list(items), ensure_ascii=False) if items else "[]"
            for items in fields[field]
        ]
    searched = zip(*(fields[field] for field in _SEARCHED_FIELDS), strict=True)
    return [
        *fields.values(),
        [sort_key(name) for name in fields["name"]],
        # A newline between fields keeps a one-line search from matching across two of
        # them. Folding them joined is folding each: a newline is a boundary for NFKC
        # and for case.
        [fold("\n".join(values)) for values in searched],
        [profile_key(url) if url else "" for url in fields["profile_url"]],
        [fold(email.strip()) if email else "" for email in fields["email"]],
    ]


def contact_values(contact: Contact) -> dict[str, Any]:
    """Named query parameters for a contact's row, including the derived search columns."""
    columns = contact_columns([NewContact.of(contact)])
    return {name: values[0] for name, values in zip(CONTACT_WRITE_COLUMNS, columns, strict=True)}


CONTACT_FIELDS = (*CONTACT_COLUMNS, "id")
CONTACT_SELECT = f"SELECT {', '.join(CONTACT_COLUMNS.values())}, id FROM contacts"


def contact_from_row(row: Sequence[Any]) -> Contact:
    """A contact from a row of CONTACT_SELECT."""
    values = dict(zip(CONTACT_FIELDS, row, strict=True))
    for field in _LIST_FIELDS:
        values[field] = _decode_list(values[field])
    return Contact(**values)


def _decode_list(text: str) -> tuple[str, ...]:
    # Most contacts have no interests or mutual contacts listed; skip the parser then.
    return () if text == "[]" else tuple(json.loads(text))


MESSAGE_SELECT = (
    "SELECT id, contact_id, contact_name, template, kind, channel, text, sent_at, outcome,"
    " outcome_at, score, accepted_at FROM messages"
)
_OUTCOMES = {outcome.value: outcome for outcome in Outcome}


def message_from_row(row: Sequence[Any]) -> SentMessage:
    """A sent message from a row of MESSAGE_SELECT."""
    id_, contact_id, name, template, kind, channel, text, sent_at = row[:8]
    outcome, outcome_at, score, accepted_at = row[8:]
    return SentMessage(
        id=id_,
        contact_id=contact_id,
        contact_name=name,
        template=template,
        kind=kind,
        channel=channel,
        text=text,
        sent_at=datetime.fromisoformat(sent_at),
        outcome=_OUTCOMES[outcome],
        outcome_at=_time(outcome_at),
        score=score,
        accepted_at=_time(accepted_at),
    )


REQUEST_SELECT = (
    "SELECT id, contact_id, contact_name, note, received_at, action, handled_at FROM requests"
)


def request_from_row(row: Sequence[Any]) -> IncomingRequest:
    """An incoming request from a row of REQUEST_SELECT."""
    id_, contact_id, name, note, received_at, action, handled_at = row
    return IncomingRequest(
        id=id_,
        contact_id=contact_id,
        contact_name=name,
        note=note,
        received_at=datetime.fromisoformat(received_at),
        action=None if action is None else RequestAction(action),
        handled_at=_time(handled_at),
    )


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def utc(moment: datetime | None) -> datetime:
    """The moment in UTC (now if None); a time without a time zone is refused."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError", "A time without a time zone cannot be recorded; give it one (UTC)."
            )()
        )
    return moment.astimezone(UTC)


def time_to_text(moment: datetime) -> str:
    """A UTC moment (see `utc`) as ISO 8601 in one fixed shape: text order is time order."""
    return moment.isoformat(timespec="microseconds")
