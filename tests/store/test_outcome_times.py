"""When an invitation was accepted survives the reply that follows it."""

from __future__ import annotations

from datetime import UTC, datetime

from app.contacts import Contact
from app.store import Outcome, Store

SENT = datetime(2026, 3, 1, 9, tzinfo=UTC)
ACCEPTED = datetime(2026, 3, 3, 9, tzinfo=UTC)
REPLIED = datetime(2026, 3, 9, 9, tzinfo=UTC)


def _invitation(store: Store) -> int:
    contact = store.add_contact(Contact(name="Bo Li"))
    sent = store.record_message(
        contact,
        template="invite",
        kind="invite",
        channel="linkedin_note",
        text="Hi Bo",
        sent_at=SENT,
        score=80,
    )
    return sent.id


def test_a_reply_after_acceptance_keeps_the_acceptance_time(store: Store) -> None:
    message = _invitation(store)
    store.set_outcome(message, Outcome.ACCEPTED, at=ACCEPTED)
    replied = store.set_outcome(message, Outcome.REPLIED, at=REPLIED)

    assert replied.accepted_at == ACCEPTED
    assert replied.outcome_at == REPLIED
    assert replied.score == 80


def test_a_reply_marked_directly_counts_as_accepted_then(store: Store) -> None:
    message = _invitation(store)
    assert store.set_outcome(message, Outcome.REPLIED, at=REPLIED).accepted_at == REPLIED


def test_declined_or_back_to_pending_clears_the_acceptance(store: Store) -> None:
    message = _invitation(store)
    store.set_outcome(message, Outcome.ACCEPTED, at=ACCEPTED)
    assert store.set_outcome(message, Outcome.DECLINED, at=REPLIED).accepted_at is None
    store.set_outcome(message, Outcome.ACCEPTED, at=ACCEPTED)
    assert store.set_outcome(message, Outcome.PENDING).accepted_at is None


def test_notes_count_towards_the_month_only_with_text_on_the_note_channel(
    store: Store,
) -> None:
    contact = store.add_contact(Contact(name="Cy"))
    month = datetime(2026, 3, 1, tzinfo=UTC)
    for channel, text, day in (
        ("linkedin_note", "Hi Cy, loved your talk", 2),
        ("linkedin_note", "Hi again", 20),
        ("linkedin_note", "Last month", -1),
        ("email", "An e-mail does not count", 5),
    ):
        when = month.replace(day=day) if day > 0 else datetime(2026, 2, 27, tzinfo=UTC)
        store.record_message(
            contact, template="t", kind="invite", channel=channel, text=text, sent_at=when
        )
    assert store.notes_sent_since(month) == 2
