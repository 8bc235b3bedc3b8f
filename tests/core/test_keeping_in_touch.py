"""Keeping in touch: last interactions and who is due, from a real SQLite store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.contacts import Contact
from app.paths import database_path
from app.relationships.keeping_in_touch import (
    Span,
    Standing,
    Unit,
    due_contacts,
    last_interactions,
    span,
    touch,
)
from app.store import Outcome, RequestAction, Store

NOW = datetime.now(UTC)


def add(store: Store, name: str, **fields: object) -> Contact:
    return store.add_contact(Contact(name=name, **fields))  # type: ignore[arg-type]


def send(store: Store, contact: Contact, days_ago: float) -> None:
    store.record_message(
        contact,
        template="t",
        kind="follow_up",
        channel="email",
        text=f"Hello {contact.name}",
        sent_at=NOW - timedelta(days=days_ago),
    )


def test_last_interaction_is_the_latest_message_reply_or_handled_request(store: Store) -> None:
    ana, bo, cy = add(store, "Ana"), add(store, "Bo"), add(store, "Cy")
    send(store, ana, days_ago=90)
    send(store, ana, days_ago=30)
    request = store.add_request(ana, "Hi!", received_at=NOW - timedelta(days=12))
    store.set_request_action(request.id, RequestAction.ACCEPT, at=NOW - timedelta(days=10))
    send(store, bo, days_ago=50)
    message = store.messages(bo.id)[0]
    store.set_outcome(message.id, Outcome.REPLIED, at=NOW - timedelta(days=20))
    assert cy.id is not None and ana.id is not None and bo.id is not None

    found = last_interactions(store, [ana.id, bo.id, cy.id])

    assert found == {ana.id: NOW - timedelta(days=10), bo.id: NOW - timedelta(days=20)}
    assert last_interactions(store) == found  # all contacts: Cy has nothing recorded


def test_an_unhandled_request_is_not_an_interaction(store: Store) -> None:
    ana = add(store, "Ana")
    store.add_request(ana, "Hi!", received_at=NOW - timedelta(days=3))
    assert last_interactions(store) == {}


def test_due_when_the_cadence_has_run_out_since_the_last_interaction(store: Store) -> None:
    overdue = add(store, "Overdue", cadence_days=30)
    send(store, overdue, days_ago=40)
    recent = add(store, "Recent", cadence_days=30)
    send(store, recent, days_ago=10)
    no_cadence = add(store, "No cadence")
    send(store, no_cadence, days_ago=400)

    [due] = due_contacts(store, NOW)

    assert (due.contact_id, due.name, due.cadence_days) == (overdue.id, "Overdue", 30)
    assert due.overdue_days == 10
    assert due.due_on == NOW.date() - timedelta(days=10)
    assert due.last_interaction == NOW - timedelta(days=40)


def test_recording_a_message_restarts_the_clock(store: Store) -> None:
    ana = add(store, "Ana", cadence_days=14)
    send(store, ana, days_ago=20)
    assert [d.name for d in due_contacts(store, NOW)] == ["Ana"]
    send(store, ana, days_ago=0)
    assert due_contacts(store, NOW) == []


def test_never_contacted_counts_from_connection_or_from_being_added(store: Store) -> None:
    connected = add(
        store,
        "Connected",
        cadence_days=30,
        connected_on=(NOW.date() - timedelta(days=35)).isoformat(),
    )
    added = add(store, "Added", cadence_days=30)
    unreadable = add(store, "Unreadable date", cadence_days=30, connected_on="last spring")

    today = due_contacts(store, NOW)
    a_month_later = due_contacts(store, NOW + timedelta(days=30))

    assert [(d.name, d.overdue_days) for d in today] == [("Connected", 5)]
    assert [(d.name, d.overdue_days) for d in a_month_later] == [
        ("Connected", 35),
        ("Added", 0),
        ("Unreadable date", 0),
    ]
    assert {d.contact_id for d in a_month_later} == {connected.id, added.id, unreadable.id}


def test_the_form_line_says_when_and_what_is_next(store: Store) -> None:
    ana = add(store, "Ana", cadence_days=105)
    send(store, ana, days_ago=91)
    bo = add(store, "Bo", cadence_days=30)
    cy = add(store, "Cy")
    assert ana.id and bo.id and cy.id

    record = touch(store, ana.id)
    assert record is not None
    assert record.standing(NOW) == Standing(days_since_last=91, days_until_due=14)
    later = touch(store, bo.id)
    assert later is not None
    assert later.standing(NOW + timedelta(days=35)) == Standing(None, days_until_due=-5)
    quiet = touch(store, cy.id)
    assert quiet is not None and quiet.standing(NOW) == Standing(None, None)
    assert touch(store, 999) is None


def test_days_are_the_users_calendar_days() -> None:
    toronto = ZoneInfo("America/Toronto")
    with Store.open(database_path()) as store:
        ana = add(store, "Ana", cadence_days=1)
        late_last_night = datetime(2025, 3, 10, 23, 30, tzinfo=toronto)
        store.record_message(
            ana, template="t", kind="thanks", channel="email", text="Hi", sent_at=late_last_night
        )
        assert ana.id is not None
        record = touch(store, ana.id)
    morning = datetime(2025, 3, 11, 9, 0, tzinfo=toronto)
    assert record is not None
    assert record.standing(morning) == Standing(days_since_last=1, days_until_due=0)
    assert record.clock_start(morning) == date(2025, 3, 10)


def test_due_contacts_needs_to_know_the_time_zone(store: Store) -> None:
    with pytest.raises(ValueError, match="time zone"):
        due_contacts(store, datetime(2025, 1, 1))


@pytest.mark.parametrize(
    ("days", "rounded"),
    [
        (1, Span(1, Unit.DAY)),
        (13, Span(13, Unit.DAY)),
        (14, Span(2, Unit.WEEK)),
        (59, Span(8, Unit.WEEK)),
        (60, Span(2, Unit.MONTH)),
        (91, Span(3, Unit.MONTH)),
        (364, Span(11, Unit.MONTH)),
        (365, Span(1, Unit.YEAR)),
        (800, Span(2, Unit.YEAR)),
    ],
)
def test_spans_are_rounded_as_a_person_would_say_them(days: int, rounded: Span) -> None:
    assert span(days) == rounded
