"""Who the user may no longer know, and what their network is made of."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from app.contacts import Contact
from app.relationships.network_review import Bucket, network_summary, stale_connections
from app.store import RequestAction, Store

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def test_only_old_never_met_never_contacted_connections_are_listed(store: Store) -> None:
    old = store.add_contact(Contact(name="Old Stranger", connected_on="2021-05-01"))
    store.add_contact(Contact(name="New Stranger", connected_on="2026-06-01"))
    store.add_contact(Contact(name="Old Friend", strength=2, connected_on="2019-01-01"))
    written = store.add_contact(Contact(name="Written To", connected_on="2020-01-01"))
    store.record_message(
        written, template="t", kind="follow_up", channel="email", text="Hello again"
    )
    answered = store.add_contact(Contact(name="Answered", connected_on="2020-01-01"))
    request = store.add_request(answered, "Hi")
    store.set_request_action(request.id, RequestAction.DECLINE)

    [stale] = stale_connections(store, NOW)

    assert (stale.contact_id, stale.name) == (old.id, "Old Stranger")
    assert (stale.since, stale.days) == (date(2021, 5, 1), 2032)


def test_without_a_connection_date_the_day_they_were_added_counts(
    store: Store, db_path: Path
) -> None:
    added = store.add_contact(Contact(name="Added Long Ago"))
    connection = sqlite3.connect(db_path)
    connection.execute(
        "UPDATE contacts SET created_at = '2023-01-01T00:00:00.000000+00:00' WHERE id = ?",
        (added.id,),
    )
    connection.commit()
    connection.close()

    assert [s.name for s in stale_connections(store, NOW)] == ["Added Long Ago"]
    assert stale_connections(store, NOW, older_than_days=5 * 365) == []


def test_the_summary_counts_groups_strengths_companies_and_places(store: Store) -> None:
    store.add_contacts(
        [
            Contact(name="A", group="Friends", strength=1, company="Acme", location="Lisbon"),
            Contact(name="B", group="Friends", strength=2, company="acme ", location="Lisbon"),
            Contact(name="C", group="Clients", strength=2, company="Initech"),
            Contact(name="D"),
            Contact(name="E", group="no group"),
        ]
    )

    summary = network_summary(store)

    assert summary.total == 5
    assert [(s.label, s.count) for s in summary.by_group] == [
        ("Friends", 2),
        ("Clients", 1),
        (Bucket.NO_GROUP, 1),
        ("no group", 1),  # a group the user named so is theirs, not the contacts in none
    ]
    assert [(s.label, s.count) for s in summary.by_strength] == [
        (1, 1),  # close
        (2, 2),  # know well
        (5, 2),  # never met
    ]
    assert [(s.label, s.count) for s in summary.by_company] == [("Acme", 2), ("Initech", 1)]
    assert summary.by_company[0].fraction == 0.4
    assert [(s.label, s.count) for s in summary.by_location] == [("Lisbon", 2)]


def test_beyond_the_top_ten_companies_the_rest_are_others(store: Store) -> None:
    store.add_contacts(
        [Contact(name=f"P{i}", company=f"Company {i:02}") for i in range(12)]
        + [Contact(name="Q", company="Company 00")]
    )
    companies = network_summary(store).by_company
    assert companies[0].label == "Company 00" and companies[0].count == 2
    assert companies[-1].label is Bucket.OTHERS and companies[-1].count == 2
    assert len(companies) == 11
