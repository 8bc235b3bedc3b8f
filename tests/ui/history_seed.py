"""A sent history written in one batch, for the history page's tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.contacts import Contact
from app.store import NewMessage, Outcome, Store

NOW = datetime(2026, 3, 31, 12, tzinfo=UTC)
TEMPLATES = ("invite-met-at-event", "invite-same-city")


def seed_history(store: Store, count: int, now: datetime = NOW) -> None:
    """`count` invitations, one an hour back from `now`: number i (newest 0) goes to
    "Person {i % 50}" with the note "Note number {i}", from TEMPLATES[i % 2]; every
    third is accepted, the rest declined."""
    people = store.add_contacts(Contact(name=f"Person {n}") for n in range(50))
    messages = [
        NewMessage(
            contact_id=people[i % 50].id,
            contact_name=people[i % 50].name,
            template=TEMPLATES[i % 2],
            kind="invite",
            channel="linkedin_note",
            text=f"Note number {i}",
            sent_at=now - timedelta(hours=i + 1),
            outcome=Outcome.ACCEPTED if i % 3 == 0 else Outcome.DECLINED,
            outcome_at=now - timedelta(hours=i),
        )
        for i in range(count)
    ]
    with store.batch() as batch:
        batch.add_messages(messages)
