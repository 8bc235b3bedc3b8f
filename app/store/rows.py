"""What the store returns, and the mapping between those objects and table rows."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.contacts import Contact, sort_key
from app.profile_urls import profile_key
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
    "name": "name",
    "first_name": "first_name",
    "company": "company",
    "title": "title",
    "location": "location",
    "industry": "industry",
    "profile_url": "profile_url",
    "email": "email",
    "group": "group_name",
    "strength": "strength",
    "how_met": "how_met",
    "met_when": "met_when",
    "introduced_by": "introduced_by",
    "their_work": "their_work",
    "shared_interests": "shared_interests",
    "mutual_contacts": "mutual_contacts",
    "notes": "notes",
    "incoming_note": "incoming_note",
    "cadence_days": "cadence_days",
    "connected_on": "connected_on",
}
_LIST_FIELDS = ("shared_interests", "mutual_contacts")
_SEARCHED_FIELDS = ("name", "company", "title", "location", "group", "notes")


def fold(text: str) -> str:
    """Text reduced for case-insensitive matching in any script ("Straße" ~ "STRASSE").

    NFKC first, so that an accent typed as a combining mark matches a precomposed one.
    """
    return unicodedata.normalize("NFKC", text).casefold()


def contact_values(contact: Contact) -> dict[str, Any]:
    """Named query parameters for a contact's row, including the derived search columns."""
    values: dict[str, Any] = {
        column: getattr(contact, field) for field, column in CONTACT_COLUMNS.items()
    }
    for field in _LIST_FIELDS:
        items = getattr(contact, field)
        # Most contacts list none; "[]" is what json.dumps would write, at no cost.
        values[CONTACT_COLUMNS[field]] = (
            json.dumps(list(items), ensure_ascii=False) if items else "[]"
        )
    values["name_key"] = sort_key(contact.name)
    values["profile_key"] = profile_key(contact.profile_url) if contact.profile_url else ""
    values["email_key"] = fold(contact.email.strip()) if contact.email else ""
    # A newline between fields keeps a one-line search from matching across two of them.
    values["search_text"] = "\n".join(fold(getattr(contact, f)) for f in _SEARCHED_FIELDS)
    return values


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
        raise StoreError("A time without a time zone cannot be recorded; give it one (UTC).")
    return moment.astimezone(UTC)


def time_to_text(moment: datetime) -> str:
    """A UTC moment (see `utc`) as ISO 8601 in one fixed shape: text order is time order."""
    return moment.isoformat(timespec="microseconds")
