"""Writes of one import: matched by profile, e-mail or name, all or nothing, once only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.contacts import Contact
from app.store import NewMessage, NewRequest, Outcome, Store

SENT = datetime(2025, 11, 3, 9, 14, tzinfo=UTC)


def _invite(key: str, outcome: Outcome = Outcome.PENDING) -> NewMessage:
    return NewMessage(
        contact_id=None,
        contact_name="Ana",
        template="",
        kind="invite",
        channel="linkedin_note",
        text="",
        sent_at=SENT,
        outcome=outcome,
        outcome_at=SENT if outcome is not Outcome.PENDING else None,
        import_key=key,
    )


def test_existing_contacts_are_found_by_normalised_keys(store: Store) -> None:
    store.add_contact(
        Contact(
            name="Ana Pérez",
            profile_url="http://linkedin.com/in/Ana-Perez?x=1",
            email="ANA@example.com",
        )
    )
    with store.batch() as batch:
        keys = batch.import_keys()
        assert keys.profiles(["linkedin.com/in/ana-perez", "linkedin.com/in/ana"]) == {
            "linkedin.com/in/ana-perez": 1
        }
        assert keys.emails(["ana@example.com"]) == {"ana@example.com": 1}
        assert [(ref, name) for ref, name, _ in keys.saved_names()] == [(1, "Ana Pérez")]
        assert keys.people([1])[1].with_profile
        keys.close()


def test_filling_a_contact_only_adds_what_was_missing(store: Store) -> None:
    saved = store.add_contact(Contact(name="Ana", company="Acme", strength=2))
    assert saved.id is not None
    with store.batch() as batch:
        changed = batch.fill_contact(
            saved.id, Contact(name="Ana P", company="Other", title="CTO", strength=4)
        )
        unchanged = batch.fill_contact(saved.id, Contact(name="Ana", company="Other"))
    stored = store.get_contact(saved.id)
    assert (changed, unchanged) == (True, False)
    assert (stored.name, stored.company, stored.title, stored.strength) == (
        "Ana",
        "Acme",
        "CTO",
        2,
    )


def test_filling_takes_a_strength_only_over_the_never_met_default(store: Store) -> None:
    saved = store.add_contact(Contact(name="Ana"))
    assert saved.id is not None
    with store.batch() as batch:
        changed = batch.fill_contact(saved.id, Contact(name="Ana", strength=3))
        default_again = batch.fill_contact(saved.id, Contact(name="Ana", strength=5))
    assert (changed, default_again) == (True, False)
    assert store.get_contact(saved.id).strength == 3


def test_the_same_import_key_adds_nothing_but_a_new_outcome_is_taken(store: Store) -> None:
    with store.batch() as batch:
        assert batch.add_messages([_invite("inv-1"), _invite("inv-2")]) == (2, 0)
        assert batch.add_requests([NewRequest(None, "Bo", "Hi", SENT, import_key="req-1")] * 2) == 1
    with store.batch() as batch:
        assert batch.add_messages([_invite("inv-1", Outcome.ACCEPTED)]) == (0, 1)
    assert {m.outcome for m in store.messages()} == {Outcome.ACCEPTED, Outcome.PENDING}
    accepted = next(m for m in store.messages() if m.outcome is Outcome.ACCEPTED)
    assert accepted.accepted_at == SENT


def test_an_outcome_the_user_set_is_not_overwritten_by_an_import(store: Store) -> None:
    with store.batch() as batch:
        batch.add_messages([_invite("inv-1")])
    [message] = store.messages()
    store.set_outcome(message.id, Outcome.DECLINED)
    with store.batch() as batch:
        assert batch.add_messages([_invite("inv-1", Outcome.ACCEPTED)]) == (0, 0)
    assert store.messages()[0].outcome is Outcome.DECLINED


def test_a_failure_part_way_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.batch() as batch:
        batch.add_contacts([Contact(name="Ana"), Contact(name="Bo")])
        batch.add_messages([_invite("inv-1")])
        raise RuntimeError("the import was cancelled")
    assert store.contact_count() == 0 and store.message_count() == 0
