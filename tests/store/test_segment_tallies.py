"""The recommendations' tally by segment (app/store/segment_tallies.py) stays equal to a
count of the invitations made from scratch, whatever is written: invitations recorded
with and without a note, given outcomes, imported, deleted by another SQLite program;
contacts moved to another group, strength or place, deleted. A drifted count would
rank templates on invitations nobody sent."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.contacts import Contact
from app.store import Outcome, Store
from app.store.rows import NewMessage
from app.store.schema import MIGRATIONS
from app.store.segment_tallies import TABLE, recount_segments

START = datetime(2025, 1, 1, 9, tzinfo=UTC)
GROUPS = ("", "Clients", "Met once")
PLACES = ("", "Lisbon", "Porto")
TEMPLATES = ("", "invite-met-at-event", "invite-read-their-work")


def _counts(connection: sqlite3.Connection) -> set[tuple[object, ...]]:
    return set(connection.execute(f"SELECT * FROM {TABLE} WHERE n <> 0").fetchall())


def _assert_matches_a_recount(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        kept = _counts(connection)
        connection.execute("BEGIN")
        recount_segments(connection)
        counted = _counts(connection)
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    assert kept == counted


def _another_program(path: Path, sql: str, parameters: tuple[object, ...]) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA foreign_keys = ON")
        other.execute(sql, parameters)
    finally:
        other.close()


people = st.tuples(st.sampled_from(GROUPS), st.integers(1, 5), st.sampled_from(PLACES))
operations = st.one_of(
    st.tuples(st.just("add"), people),
    st.tuples(st.just("move"), st.integers(0, 9), people),
    st.tuples(st.just("forget"), st.integers(0, 9)),
    st.tuples(
        st.just("send"),
        st.integers(-1, 9),  # -1: someone never saved
        st.sampled_from(("invite", "thanks")),
        st.sampled_from(TEMPLATES),
    ),
    st.tuples(st.just("outcome"), st.integers(0, 30), st.sampled_from(list(Outcome))),
    st.tuples(
        st.just("import"),
        st.integers(0, 3),  # import key: the same key twice is a re-import
        st.integers(-1, 9),
        st.sampled_from(list(Outcome)),
        st.booleans(),  # with a note
    ),
    st.tuples(st.just("unsend"), st.integers(0, 30)),
)


def _run(path: Path, steps: list[tuple[object, ...]]) -> None:
    contacts: list[Contact] = []
    sent: list[int] = []

    def who(number: object) -> Contact:
        assert isinstance(number, int)
        return (
            contacts[number % len(contacts)] if number >= 0 and contacts else Contact(name="Nobody")
        )

    with Store.open(path) as store:
        for name, *args in steps:
            if name == "add":
                group, strength, place = args[0]  # type: ignore[misc]
                person = Contact(
                    name=f"P{len(contacts)}", group=group, strength=strength, location=place
                )
                contacts.append(store.add_contact(person))
            elif name == "move" and contacts:
                group, strength, place = args[1]  # type: ignore[misc]
                moved = who(args[0]).replace(group=group, strength=strength, location=place)
                contacts[contacts.index(who(args[0]))] = store.update_contact(moved)
            elif name == "forget" and contacts:
                gone = who(args[0])
                store.delete_contact(gone.id or 0)
                contacts.remove(gone)
            elif name == "send":
                number, kind, template = args
                message = store.record_message(
                    who(number),
                    template=str(template),
                    kind=str(kind),
                    channel="linkedin_note",
                    text="Hi",
                )
                sent.append(message.id)
            elif name == "outcome" and sent:
                chosen = sent[int(args[0]) % len(sent)]  # type: ignore[call-overload]
                store.set_outcome(chosen, Outcome(args[1]), START + timedelta(days=3))
            elif name == "import":
                key, number, outcome, note = args
                person, decided = who(number), outcome is not Outcome.PENDING
                with store.batch() as batch:
                    batch.add_messages(
                        [
                            NewMessage(
                                contact_id=person.id,
                                contact_name=person.name,
                                template="",
                                kind="invite",
                                channel="linkedin_note",
                                text="A note" if note else "",
                                sent_at=START,
                                outcome=Outcome(outcome),
                                outcome_at=START + timedelta(days=2) if decided else None,
                                accepted_at=START + timedelta(days=2) if decided else None,
                                import_key=f"invitation-{key}",
                            )
                        ]
                    )
            elif name == "unsend" and sent:
                chosen = sent.pop(int(args[0]) % len(sent))  # type: ignore[call-overload]
                _another_program(path, "DELETE FROM messages WHERE id = ?", (chosen,))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations, max_size=40))
# Paths random lists reach too rarely: a strength change inside one band (nothing moves),
# a contact moved then deleted with its invitations, a re-import that brings an outcome.
@example(
    [
        ("add", ("Clients", 3, "Lisbon")),
        ("send", 0, "invite", "invite-met-at-event"),
        ("move", 0, ("Clients", 4, "Lisbon")),
        ("move", 0, ("Met once", 5, "Porto")),
        ("forget", 0),
    ]
)
@example(
    [
        ("add", ("Clients", 1, "")),
        ("import", 1, 0, Outcome.PENDING, False),
        ("import", 1, 0, Outcome.ACCEPTED, False),
    ]
)
def test_the_segment_tally_matches_a_count_from_scratch_after_any_writes(
    steps: list[tuple[object, ...]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rapport.sqlite3"
        _run(path, steps)
        _assert_matches_a_recount(path)


def test_upgrading_counts_the_invitations_already_there(tmp_path: Path) -> None:
    path = tmp_path / "rapport.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:4]:
        step(connection)
    connection.execute("PRAGMA user_version = 4")
    connection.execute(
        "INSERT INTO contacts (id, name, group_name, strength, location, name_key,"
        " search_text, created_at, updated_at)"
        " VALUES (1, 'Ann', 'Clients', 4, 'Lisbon', 'ann', 'ann', '', '')"
    )
    connection.executemany(
        "INSERT INTO messages (contact_id, contact_name, template, kind, channel, text,"
        " sent_at, outcome, outcome_at) VALUES (?, 'Ann', 'warm', ?, 'linkedin_note', ?, '',"
        " ?, ?)",
        [
            (1, "invite", "Hi Ann", "accepted", "x"),
            (1, "invite", "Hi Ann", "accepted", "x"),
            (1, "thanks", "Thanks", "pending", None),
            (None, "invite", "", "declined", "x"),
        ],
    )
    connection.close()

    with Store.open(path) as store:
        rows = store.query(f"SELECT * FROM {TABLE}")

    assert rows == [("Clients", 3, "Lisbon", "warm", 0, "accepted", 2)]
