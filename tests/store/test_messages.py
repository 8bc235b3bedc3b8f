"""Recording sent messages and what became of them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import Outcome, Store, StoreError


def _send(store: Store, contact: Contact, text: str, when: datetime | None = None) -> int:
    message = store.record_message(
        contact,
        template="Warm invite",
        kind="invite",
        channel="linkedin_note",
        text=text,
        sent_at=when,
    )
    return message.id


def test_a_recorded_message_is_there_after_reopening(store: Store, db_path: Path) -> None:
    ann = store.add_contact(Contact(name="Ann Lee"))
    sent = store.record_message(
        ann,
        template="Warm invite",
        kind="invite",
        channel="linkedin_note",
        text="Hi Ann, loved your talk on 🚲 lanes.",
    )
    store.close()

    with Store.open(db_path) as reopened:
        assert reopened.messages() == [sent]
        assert reopened.message_count() == 1
    assert sent.contact_name == "Ann Lee"
    assert sent.outcome is Outcome.PENDING and sent.outcome_at is None
    assert sent.sent_at.tzinfo is UTC
    assert abs(datetime.now(UTC) - sent.sent_at) < timedelta(minutes=1)


def test_history_is_newest_first_per_contact_and_limited(store: Store) -> None:
    ann = store.add_contact(Contact(name="Ann"))
    bob = store.add_contact(Contact(name="Bob"))
    start = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    for day, (person, text) in enumerate([(ann, "a1"), (bob, "b1"), (ann, "a2"), (bob, "b2")]):
        _send(store, person, text, start + timedelta(days=day))

    assert [m.text for m in store.messages()] == ["b2", "a2", "b1", "a1"]
    assert [m.text for m in store.messages(contact_id=ann.id)] == ["a2", "a1"]
    assert [m.text for m in store.messages(limit=3)] == ["b2", "a2", "b1"]
    assert [m.text for m in store.messages(contact_id=bob.id, limit=1)] == ["b2"]


def test_sent_time_in_any_time_zone_is_kept_as_utc(store: Store) -> None:
    ann = store.add_contact(Contact(name="Ann"))
    tokyo = timezone(timedelta(hours=9))
    _send(store, ann, "hello", datetime(2024, 5, 1, 18, 30, tzinfo=tokyo))
    assert store.messages()[0].sent_at == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)


def test_bad_messages_are_refused_and_nothing_is_recorded(store: Store) -> None:
    ann = store.add_contact(Contact(name="Ann"))
    with pytest.raises(StoreError, match="time zone"):
        _send(store, ann, "hello", datetime(2024, 5, 1, 9, 0))
    with pytest.raises(StoreError, match="empty message"):
        _send(store, ann, "  \n ")
    with pytest.raises(StoreError, match="No contact number 404"):
        _send(store, Contact(name="Ghost", id=404), "hello")
    assert store.message_count() == 0


def test_a_message_to_an_unsaved_contact_keeps_the_name(store: Store) -> None:
    _send(store, Contact(name="Walk-in"), "hello")
    [message] = store.messages()
    assert (message.contact_id, message.contact_name) == (None, "Walk-in")


def test_deleting_a_contact_keeps_their_history(store: Store, db_path: Path) -> None:
    ann = store.add_contact(Contact(name="Ann Lee"))
    _send(store, ann, "Hi Ann")
    store.update_contact(ann.replace(name="Ann Lee-Park"))
    store.delete_contact(ann.id or 0)
    store.close()

    with Store.open(db_path) as reopened:
        [message] = reopened.messages()
        assert message.contact_id is None
        assert message.contact_name == "Ann Lee"
        assert message.text == "Hi Ann"
        assert reopened.sent_texts() == [(None, "Hi Ann")]


def test_outcome_is_saved_with_its_time(store: Store, db_path: Path) -> None:
    ann = store.add_contact(Contact(name="Ann"))
    message_id = _send(store, ann, "hello")
    when = datetime(2024, 6, 2, 12, 0, tzinfo=UTC)
    changed = store.set_outcome(message_id, Outcome.ACCEPTED, at=when)
    assert (changed.outcome, changed.outcome_at) == (Outcome.ACCEPTED, when)
    store.close()

    with Store.open(db_path) as reopened:
        assert reopened.messages() == [changed]
        undone = reopened.set_outcome(message_id, Outcome.PENDING)
        assert (undone.outcome, undone.outcome_at) == (Outcome.PENDING, None)
        replied = reopened.set_outcome(message_id, Outcome("replied"))
        assert replied.outcome_at is not None


def test_bad_outcome_changes_are_refused(store: Store) -> None:
    message_id = _send(store, store.add_contact(Contact(name="Ann")), "hello")
    with pytest.raises(StoreError, match="No sent message number 77"):
        store.set_outcome(77, Outcome.DECLINED)
    with pytest.raises(StoreError, match="not an outcome"):
        store.set_outcome(message_id, "ghosted")  # type: ignore[arg-type]
    assert store.messages()[0].outcome is Outcome.PENDING


def test_sent_texts_lists_every_message_with_its_contact(store: Store) -> None:
    ann = store.add_contact(Contact(name="Ann"))
    bob = store.add_contact(Contact(name="Bob"))
    _send(store, ann, "Same words")
    _send(store, bob, "Same words")
    _send(store, Contact(name="Walk-in"), "Other words")
    assert store.sent_texts() == [
        (ann.id, "Same words"),
        (bob.id, "Same words"),
        (None, "Other words"),
    ]
