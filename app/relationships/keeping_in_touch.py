"""Keeping in touch: when the user last dealt with each contact, and who is due again.

A contact's cadence (`Contact.cadence_days`) asks for an interaction at least that often,
and the clock restarts at the last recorded interaction: a message recorded as sent to
them, a reply of theirs the user marked, or an incoming request of theirs the user
handled. Someone never contacted counts from the day they connected (LinkedIn's date,
from an import), or else from the day they were added to Rapport.

Days are calendar days in the time zone of the `now` passed in (the user's local time in
the window), so a message sent late last night was sent "yesterday".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from app.store import Store

# Each contact's latest interaction, found through the messages_by_contact,
# messages_replies_by_contact and requests_by_contact indexes rather than by scanning
# the whole history.
_TOUCH_SELECT = (
    "SELECT c.id, c.name, c.cadence_days, c.connected_on, c.created_at,"
    " (SELECT max(m.sent_at) FROM messages m WHERE m.contact_id = c.id),"
    " (SELECT max(m.outcome_at) FROM messages m"
    "   WHERE m.contact_id = c.id AND m.outcome = 'replied'),"
    " (SELECT max(r.handled_at) FROM requests r WHERE r.contact_id = c.id)"
    " FROM contacts c"
)


@dataclass(frozen=True)
class Touch:
    """One contact's keeping-in-touch record: their cadence and their last interaction.

    `last_interaction` is None when nothing was ever recorded with them; the clock then
    starts at `connected_on` (when known) or `added_at`.
    """

    contact_id: int
    name: str
    cadence_days: int | None
    last_interaction: datetime | None
    connected_on: date | None
    added_at: datetime

    def clock_start(self, now: datetime) -> date:
        """The day the cadence counts from, in `now`'s time zone."""
        if self.last_interaction is not None:
            return _local_day(self.last_interaction, now)
        if self.connected_on is not None:
            return self.connected_on
        return _local_day(self.added_at, now)

    def days_until_due(self, now: datetime) -> int | None:
        """Days left before an interaction is due: 0 on the day, negative once overdue;
        None without a cadence."""
        if self.cadence_days is None:
            return None
        due = self.clock_start(now) + timedelta(days=self.cadence_days)
        return (due - now.date()).days

    def standing(self, now: datetime) -> Standing:
        """What the contact form says of them on `now`'s day: when last in touch and
        when the next interaction is due."""
        since = None if self.last_interaction is None else days_ago(self.last_interaction, now)
        return Standing(since, self.days_until_due(now))


@dataclass(frozen=True)
class Standing:
    """Keeping in touch with one contact, for the window to word ("Last contacted 3 months
    ago · due in 2 weeks"). `days_since_last` is None when they were never contacted;
    `days_until_due` is None without a cadence, 0 on the day, negative once overdue."""

    days_since_last: int | None
    days_until_due: int | None


@dataclass(frozen=True)
class Due:
    """A contact whose cadence has run out: an interaction is due today or overdue."""

    contact_id: int
    name: str
    cadence_days: int
    last_interaction: datetime | None
    due_on: date
    overdue_days: int


def touches(store: Store, contact_ids: Iterable[int] | None = None) -> list[Touch]:
    """Keeping-in-touch records of the given contacts (all of them if None), by id."""
    if contact_ids is None:
        rows = store.query(_TOUCH_SELECT + " ORDER BY c.id")
    else:
        # One parameter for any number of ids: SQLite caps the number of parameters.
        ids = ",".join(str(int(contact_id)) for contact_id in contact_ids)
        rows = store.query(
            _TOUCH_SELECT + " WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id",
            (f"[{ids}]",),
        )
    return [_touch_from_row(row) for row in rows]


def touch(store: Store, contact_id: int) -> Touch | None:
    """One contact's record; None when no contact has that id."""
    found = touches(store, [contact_id])
    return found[0] if found else None


def last_interactions(
    store: Store, contact_ids: Iterable[int] | None = None
) -> dict[int, datetime]:
    """When the user last dealt with each of these contacts (all if None), in UTC.

    Contacts with nothing recorded are left out.
    """
    return {
        found.contact_id: found.last_interaction
        for found in touches(store, contact_ids)
        if found.last_interaction is not None
    }


def due_contacts(store: Store, now: datetime) -> list[Due]:
    """Contacts with a cadence who are due for an interaction on `now`'s day or earlier;
    the longest overdue first. `now` must carry a time zone (the user's, in the window)."""
    if now.tzinfo is None:
        raise ValueError("`now` needs a time zone to tell which day it is.")
    rows = store.query(_TOUCH_SELECT + " WHERE c.cadence_days IS NOT NULL")
    due: list[Due] = []
    for row in rows:
        found = _touch_from_row(row)
        left = found.days_until_due(now)
        if left is None or left > 0 or found.cadence_days is None:
            continue
        due.append(
            Due(
                contact_id=found.contact_id,
                name=found.name,
                cadence_days=found.cadence_days,
                last_interaction=found.last_interaction,
                due_on=now.date() + timedelta(days=left),
                overdue_days=-left,
            )
        )
    due.sort(key=lambda item: (item.due_on, item.name.casefold(), item.contact_id))
    return due


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Span:
    """A number of days rounded as a person says it: 5 days, 2 weeks, 3 months, 1 year.
    The window words it in the user's language."""

    count: int
    unit: Unit


def span(days: int) -> Span:
    """The rounding a person would use: days under two weeks, weeks under two months,
    months under a year, then years."""
    if days < 14:
        return Span(days, Unit.DAY)
    if days < 60:
        return Span(days // 7, Unit.WEEK)
    if days < 365:
        # Past 11 months a person rounds to "a year", which the next branch says.
        return Span(min(11, max(2, round(days / 30.44))), Unit.MONTH)
    return Span(days // 365, Unit.YEAR)


def days_ago(moment: datetime, now: datetime) -> int:
    """How many of the user's calendar days before `now` (which carries their time zone)
    `moment` was: 0 today, 1 yesterday; negative for a moment after `now`'s day."""
    return (now.date() - _local_day(moment, now)).days


def _local_day(moment: datetime, now: datetime) -> date:
    return moment.astimezone(now.tzinfo).date()


def _touch_from_row(row: Sequence[Any]) -> Touch:
    id_, name, cadence, connected_on, created_at, sent, replied, handled = row
    # Stored times share one UTC shape, so the latest text is the latest time.
    latest = max((text for text in (sent, replied, handled) if text), default=None)
    return Touch(
        contact_id=id_,
        name=name,
        cadence_days=cadence,
        last_interaction=None if latest is None else datetime.fromisoformat(latest),
        connected_on=_date_or_none(connected_on),
        added_at=datetime.fromisoformat(created_at),
    )


def _date_or_none(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None  # an import kept text it could not read as a date: use the added day


# The reminders people use most, in the order the contact form offers them; any other
# number of days is a custom cadence.
CADENCE_CHOICES: tuple[tuple[str, int | None], ...] = (
    ("No reminder", None),
    ("Every 2 weeks", 14),
    ("Every month", 30),
    ("Every quarter", 91),
    ("Every 6 months", 182),
    ("Every year", 365),
)
