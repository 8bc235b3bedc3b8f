"""The statistics' tallies (app/store/tallies.py) stay equal to a count of the history
made from scratch, whatever is written: messages recorded, imported, re-imported with an
outcome, given outcomes, deleted by another SQLite program; contacts regrouped, given
another strength, deleted. A tally that drifted would show the user wrong statistics."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.contacts import Contact
from app.settings import Settings
from app.stats import compute_statistics
from app.store import Outcome, Store
from app.store.rows import NewMessage
from app.store.schema import MIGRATIONS
from app.store.tallies import TABLES, recount

START = datetime(2025, 1, 1, 9, tzinfo=UTC)
KINDS = ("invite", "thanks", "follow_up")
TEMPLATES = ("", "warm-intro", "coffee-catch-up")
GROUPS = ("", "Colleagues", "Conference")


def _tallies(connection: sqlite3.Connection) -> dict[str, set[tuple[object, ...]]]:
    return {
        table: set(connection.execute(f"SELECT * FROM {table} WHERE n <> 0").fetchall())
        for table in TABLES
    }


def _assert_tallies_match_a_recount(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        kept = _tallies(connection)
        connection.execute("BEGIN")
        recount(connection)
        counted = _tallies(connection)
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    assert kept == counted


contact_ops = st.one_of(
    st.tuples(st.just("add_contact"), st.sampled_from(GROUPS), st.integers(1, 5)),
    st.tuples(st.just("regroup"), st.integers(0, 9), st.sampled_from(GROUPS), st.integers(1, 5)),
    st.tuples(st.just("delete_contact"), st.integers(0, 9)),
)
message_ops = st.one_of(
    st.tuples(
        st.just("record"),
        st.integers(-1, 9),  # which contact; -1: one never saved
        st.sampled_from(KINDS),
        st.sampled_from(TEMPLATES),
        st.one_of(st.none(), st.integers(0, 100)),
        st.integers(0, 400),  # days after START
    ),
    st.tuples(
        st.just("outcome"), st.integers(0, 30), st.sampled_from(list(Outcome)), st.integers(0, 90)
    ),
    st.tuples(
        st.just("import"),
        st.integers(0, 5),  # import key: the same key twice is a re-import
        st.integers(-1, 9),
        st.sampled_from(list(Outcome)),
        st.booleans(),  # with a note
    ),
    st.tuples(st.just("delete_message"), st.integers(0, 30)),
    st.tuples(st.just("retime_acceptance"), st.integers(0, 30), st.integers(0, 90)),
)


def _run(path: Path, operations: list[tuple[object, ...]]) -> None:
    contacts: list[Contact] = []
    message_ids: list[int] = []

    def contact(number: object) -> Contact:
        assert isinstance(number, int)
        if number < 0 or not contacts:
            return Contact(name="Never Saved")
        return contacts[number % len(contacts)]

    with Store.open(path) as store:
        for operation in operations:
            name, *args = operation
            if name == "add_contact":
                group, strength = args
                new = Contact(name=f"P{len(contacts)}", group=str(group), strength=int(strength))  # type: ignore[call-overload]
                contacts.append(store.add_contact(new))
            elif name == "regroup" and contacts:
                number, group, strength = args
                changed = contact(number).replace(group=group, strength=strength)
                contacts[contacts.index(contact(number))] = store.update_contact(changed)
            elif name == "delete_contact" and contacts:
                gone = contact(args[0])
                store.delete_contact(gone.id or 0)
                contacts.remove(gone)
            elif name == "record":
                number, kind, template, score, days = args
                message = store.record_message(
                    contact(number),
                    template=str(template),
                    kind=str(kind),
                    channel="linkedin_note",
                    text="Hello there",
                    sent_at=START + timedelta(days=int(days)),  # type: ignore[call-overload]
                    score=score,  # type: ignore[arg-type]
                )
                message_ids.append(message.id)
            elif name == "outcome" and message_ids:
                number, outcome, hours = args
                chosen = message_ids[int(number) % len(message_ids)]  # type: ignore[call-overload]
                when = START + timedelta(days=500, hours=int(hours))  # type: ignore[call-overload]
                store.set_outcome(chosen, Outcome(outcome), when)
            elif name == "import":
                key, number, outcome, note = args
                who = contact(number)
                decided = outcome is not Outcome.PENDING
                with store.batch() as batch:
                    batch.add_messages(
                        [
                            NewMessage(
                                contact_id=who.id,
                                contact_name=who.name,
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
            elif name == "delete_message" and message_ids:
                chosen = message_ids.pop(int(args[0]) % len(message_ids))  # type: ignore[call-overload]
                _another_program(path, "DELETE FROM messages WHERE id = ?", (chosen,))
            elif name == "retime_acceptance" and message_ids:
                number, hours = args
                chosen = message_ids[int(number) % len(message_ids)]  # type: ignore[call-overload]
                when = START + timedelta(hours=int(hours))  # type: ignore[call-overload]
                _another_program(
                    path,
                    "UPDATE messages SET accepted_at = ? WHERE id = ? AND accepted_at IS NOT NULL",
                    (when.isoformat(timespec="microseconds"), chosen),
                )


def _another_program(path: Path, sql: str, parameters: tuple[object, ...]) -> None:
    """A write by some other SQLite program: the triggers live in the database file."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA foreign_keys = ON")
        other.execute(sql, parameters)
    finally:
        other.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(contact_ops, message_ops), max_size=40))
# Paths random lists reach too rarely: an acceptance time changed on its own, a contact
# regrouped then deleted with its history, a re-import that brings an outcome.
@example(
    [
        ("record", -1, "invite", "", None, 0),
        ("outcome", 0, Outcome.ACCEPTED, 5),
        ("retime_acceptance", 0, 3),
    ]
)
@example(
    [
        ("add_contact", "Conference", 2),
        ("record", 0, "invite", "", 50, 3),
        ("regroup", 0, "Colleagues", 4),
        ("delete_contact", 0),
    ]
)
@example([("import", 1, -1, Outcome.PENDING, True), ("import", 1, -1, Outcome.ACCEPTED, True)])
def test_tallies_match_a_count_from_scratch_after_any_writes(
    operations: list[tuple[object, ...]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rapport.sqlite3"
        _run(path, operations)
        _assert_tallies_match_a_recount(path)


def test_upgrading_counts_the_history_already_there(tmp_path: Path) -> None:
    path = tmp_path / "rapport.sqlite3"
    connection = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:3]:
        step(connection)
    connection.execute("PRAGMA user_version = 3")
    connection.execute(
        "INSERT INTO contacts (id, name, group_name, strength, name_key, search_text,"
        " created_at, updated_at) VALUES (1, 'Ann', 'Colleagues', 2, 'ann', 'ann', '', '')"
    )
    sent = START.isoformat(timespec="microseconds")
    accepted = (START + timedelta(hours=30)).isoformat(timespec="microseconds")
    connection.executemany(
        "INSERT INTO messages (contact_id, contact_name, template, kind, channel, text,"
        " sent_at, outcome, outcome_at, accepted_at, score) VALUES (?, ?, ?, 'invite',"
        " 'linkedin_note', ?, ?, ?, ?, ?, ?)",
        [
            (1, "Ann", "warm-intro", "Hi Ann", sent, "accepted", accepted, accepted, 80),
            (None, "Bob", "", "", sent, "declined", accepted, None, None),
        ],
    )
    connection.close()

    with Store.open(path) as store:
        statistics = compute_statistics(store, Settings(), START + timedelta(days=60))

    _assert_tallies_match_a_recount(path)
    assert statistics.overall.sent == 2
    assert statistics.overall.accepted == 1 and statistics.overall.declined == 1
    colleagues = statistics.by_group.row("Colleagues")
    assert colleagues is not None and colleagues.tally.accepted == 1
    without_note = statistics.by_note.row("without_note")
    assert without_note is not None and without_note.tally.declined == 1
    assert statistics.median_hours_to_accept == 30


def test_a_contact_moved_to_another_group_takes_its_history_along(store: Store) -> None:
    ann = store.add_contact(Contact(name="Ann", group="Colleagues"))
    store.record_message(ann, template="t", kind="invite", channel="linkedin_note", text="Hi")
    store.update_contact(ann.replace(group="Conference"))

    statistics = compute_statistics(store, Settings(), datetime.now(UTC))

    assert [row.key for row in statistics.by_group.rows] == ["Conference"]
    store.delete_contact(ann.id or 0)
    statistics = compute_statistics(store, Settings(), datetime.now(UTC))
    assert [row.key for row in statistics.by_group.rows] == [None]


def test_invitations_still_pending_stay_pending_in_every_score_band(store: Store) -> None:
    # The triggers band scores in SQL, the statistics band the recent ones in Python:
    # any score the two disagree on would show as "no answer" in one band.
    ann = store.add_contact(Contact(name="Ann"))
    for score in (None, *range(101)):
        store.record_message(
            ann, template="t", kind="invite", channel="linkedin_note", text="Hi", score=score
        )

    statistics = compute_statistics(store, Settings(), datetime.now(UTC))

    assert {
        row.label: (row.tally.pending, row.tally.no_answer) for row in statistics.by_score.rows
    } == {
        "0–39": (40, 0),
        "40–69": (30, 0),
        "70–100": (31, 0),
        "Unscored": (1, 0),
    }
