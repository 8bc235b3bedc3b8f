"""The follow-ups still to do: thank the people who accepted, and keep in touch.

Two kinds of item, thank-yous first:

- an invitation accepted recently (within `THANK_WITHIN_DAYS`) with nothing sent to that
  person since: no thank-you, follow-up or any other message. Older acceptances are left
  out; a thank-you months later reads oddly, and an imported history would otherwise
  fill the list with years of them;
- a contact whose keep-in-touch cadence has run out (see app/relationships/keeping_in_touch.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.relationships.keeping_in_touch import days_ago, due_contacts
from app.store import Store
from app.store.rows import time_to_text, utc

THANK_WITHIN_DAYS = 30
THANK_TEMPLATE = "thanks-for-accepting"
KEEP_IN_TOUCH_TEMPLATE = "coffee-catch-up"

# Acceptances in the window with nothing sent to that person since the invitation. No
# GROUP BY here: SQLite would walk the whole history by contact to group it; the few
# rows found are grouped in Python.
_NOT_THANKED = (
    "SELECT m.contact_id, c.name, m.accepted_at, m.outcome"
    " FROM messages m JOIN contacts c ON c.id = m.contact_id"
    " WHERE m.kind = 'invite' AND m.accepted_at >= :since AND NOT EXISTS ("
    "  SELECT 1 FROM messages later WHERE later.contact_id = m.contact_id"
    "  AND later.kind <> 'invite' AND later.sent_at >= m.sent_at)"
)


class Reason(StrEnum):
    THANK = "thank"
    KEEP_IN_TOUCH = "keep_in_touch"


@dataclass(frozen=True)
class ThankDetail:
    """Why to thank them: they accepted `days_ago` calendar days ago, and wrote back too
    when `replied`."""

    days_ago: int
    replied: bool


@dataclass(frozen=True)
class TouchDetail:
    """Why to write to them again: their cadence, the days since the last interaction
    (None: nothing recorded yet), and how many days overdue (0: due today)."""

    cadence_days: int
    days_since_last: int | None
    overdue_days: int


@dataclass(frozen=True)
class FollowUp:
    """One thing to do: write to `name` with `template`, for `reason`, as `detail` says
    (the window words it)."""

    contact_id: int
    name: str
    reason: Reason
    template: str
    detail: ThankDetail | TouchDetail


def follow_ups(
    store: Store, now: datetime, thank_within_days: int = THANK_WITHIN_DAYS
) -> list[FollowUp]:
    """The to-do list as of `now` (which carries the user's time zone): thank-yous,
    oldest acceptance first, then the people due a word, longest overdue first."""
    since = time_to_text(utc(now) - timedelta(days=thank_within_days))
    latest: dict[int, tuple[str, str, str]] = {}
    for contact_id, name, accepted_at, outcome in store.query(_NOT_THANKED, {"since": since}):
        if contact_id not in latest or accepted_at > latest[contact_id][1]:
            latest[contact_id] = (name, accepted_at, outcome)
    items: list[FollowUp] = []
    for contact_id, (name, accepted_at, outcome) in sorted(
        latest.items(), key=lambda item: (item[1][1], item[0])
    ):
        detail = ThankDetail(
            days_ago(datetime.fromisoformat(accepted_at), now), replied=outcome == "replied"
        )
        items.append(FollowUp(contact_id, name, Reason.THANK, THANK_TEMPLATE, detail))
    thanked = {item.contact_id for item in items}
    for due in due_contacts(store, now):
        if due.contact_id in thanked:
            continue
        last = None if due.last_interaction is None else days_ago(due.last_interaction, now)
        items.append(
            FollowUp(
                due.contact_id,
                due.name,
                Reason.KEEP_IN_TOUCH,
                KEEP_IN_TOUCH_TEMPLATE,
                TouchDetail(due.cadence_days, last, due.overdue_days),
            )
        )
    return items
