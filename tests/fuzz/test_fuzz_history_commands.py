"""Hostile input to the commands that read and write the user's history: `draft` (JSON
Lines of contacts), `record` (a contact by name or id, a template, a time, a message),
`outcome` (a message id and an outcome) and `recommend` (a contact as JSON).

Beyond status 0 or 2 with one line: a command that refuses its input writes nothing.
SQLite's `data_version`, read on a connection of the test's own, changes whenever any
other connection commits a change to the file; it is read before and after each case.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import paths
from app.commands import draft, recommend, record
from app.contacts import Contact
from app.library.templates import TemplateLibrary, load_library
from app.store import Store
from tests.fuzz import hostile_builders as build
from tests.fuzz.conftest import FUZZ, assert_handled, run_rapport, write

randoms = build.seeded

# Names and ids as a person or a script might type them, and as an attacker would.
CONTACT_REFERENCES = (
    "Ana Lee", "ana lee", " Ana Lee ", "Bo Chen", "Nobody", "", " ", "1", "2", "0", "-1",
    "01", "1.0", "99999999999999999999999", "9" * 400, "²", "١٢", "１", "1\n", "Ana\x00Lee",
    "%", "_", "Ana%", "*", "'; DROP TABLE contacts; --",
)  # fmt: skip
TEMPLATE_NAMES = (
    "invite-met-at-event", "thanks-warm", "coffee-nearby", "nope", "", "../../etc/passwd",
    "invite-met-at-event\n", "INVITE-MET-AT-EVENT",
)  # fmt: skip
CHANNELS = ("email", "linkedin_note", "linkedin_message", "sms", "")
MOMENTS = (
    "2024-03-01T10:00:00+00:00", "2024-03-01", "2024-03-01T10:00", "9999-12-31T23:59:59",
    "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00", "0001-01-01", "2024-02-30",
    "yesterday", "", "2024-03-01T10:00:00+99:00", "2024-03-01T25:00:00", "１９９９-01-01",
)  # fmt: skip
MESSAGE_IDS = (
    "1", "2", "3", "0", "-1", "+1", " 1", "1_000", "99999999999999999999999", "-" + "9" * 30,
    "1e3", "0x10", "", "²", "١", "nan",
)  # fmt: skip
OUTCOMES = ("accepted", "declined", "replied", "no_answer", "pending", "ACCEPTED", "", "x")


@pytest.fixture(scope="module")
def builtin_library() -> TemplateLibrary:
    return load_library()


@pytest.fixture(autouse=True)
def one_library(monkeypatch: pytest.MonkeyPatch, builtin_library: TemplateLibrary) -> None:
    """The commands read the template files on every run; here the templates are not the
    input under test (tests/fuzz/test_fuzz_templates.py has them), so they are read once."""
    for command in (draft, recommend, record):
        monkeypatch.setattr(command, "load_library", lambda: builtin_library)


class Writes:
    """Whether anything was committed to the database since the last look."""

    def __init__(self, database: Path) -> None:
        self._connection = sqlite3.connect(database)
        self._version = self._current()

    def _current(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def since_last_look(self) -> bool:
        current = self._current()
        changed, self._version = current != self._version, current
        return changed

    def close(self) -> None:
        self._connection.close()


@pytest.fixture
def history(rapport_home: Path) -> Iterator[Writes]:
    """A database with two contacts (one name shared by none, one by two people) and a
    message to each: something for the commands to find, change or refuse to change."""
    database = paths.database_path()
    with Store.open(database) as store:
        ana = store.add_contact(Contact(name="Ana Lee", company="Acme", how_met="at PyData"))
        bo = store.add_contact(Contact(name="Bo Chen"))
        store.add_contact(Contact(name="Bo Chen", company="Other"))
        for contact in (ana, bo):
            store.record_message(
                contact,
                template="invite-met-at-event",
                kind="invite",
                channel="linkedin_note",
                text=f"Hi {contact.name}, good to meet you at PyData.",
                sent_at=None,
                score=80,
            )
    writes = Writes(database)
    yield writes
    writes.close()


def hostile_message(rng: Random) -> bytes:
    roll = rng.random()
    if roll < 0.3:
        return b"Hi Ana, good to meet you at PyData."
    if roll < 0.6:
        return build.hostile_text(rng, 400).encode("utf-8", "surrogatepass")
    if roll < 0.7:
        return b""
    if roll < 0.8:
        return b"\xff\xfe\x00broken"
    if roll < 0.9:
        return b"x" * rng.choice((99_999, 100_001, 400_004))
    return rng.randbytes(rng.randrange(64))


@settings(FUZZ, max_examples=300)
@given(
    rng=randoms,
    # Half the time what a user would give, so that some cases get as far as a write.
    contact=st.sampled_from(("Ana Lee", "1")) | st.sampled_from(CONTACT_REFERENCES),
    template=st.just("invite-met-at-event") | st.sampled_from(TEMPLATE_NAMES),
    channel=st.none() | st.sampled_from(CHANNELS),
    sent_at=st.none() | st.sampled_from(MOMENTS),
)
def test_record_handles_hostile_input(
    tmp_path: Path,
    history: Writes,
    rng: Random,
    contact: str,
    template: str,
    channel: str | None,
    sent_at: str | None,
) -> None:
    message = tmp_path / "message.txt"
    write(message, hostile_message(rng))
    options = ["--contact", contact, "--template", template]
    options += ["--channel", channel] if channel is not None else []
    options += ["--sent-at", sent_at] if sent_at is not None else []
    history.since_last_look()
    outcome = run_rapport("record", *options, str(message))
    assert_handled(outcome)
    # A message recorded was written, and a refusal wrote nothing.
    assert history.since_last_look() == (outcome.status == 0)
    if outcome.status == 0:
        assert outcome.out.strip().isdigit()


@settings(FUZZ, max_examples=200)
@given(message_id=st.sampled_from(MESSAGE_IDS), result=st.sampled_from(OUTCOMES))
def test_outcome_handles_hostile_ids_and_outcomes(
    history: Writes, message_id: str, result: str
) -> None:
    history.since_last_look()
    outcome = run_rapport("outcome", message_id, result)
    assert_handled(outcome)
    assert outcome.status == 0 or not history.since_last_look()  # a refusal wrote nothing


def draft_line(rng: Random) -> dict[str, object]:
    shaped: dict[str, object] = {"contact": build.hostile_contact(rng)}
    for key in ("incoming_note", "kind", "template", "set"):
        if rng.random() < 0.3:
            shaped[key] = build.hostile_value(rng)
    if rng.random() < 0.3:
        shaped["kind"] = rng.choice(("invite", "thanks", "decline", "reply", "invite\n"))
    if rng.random() < 0.2:
        shaped["template"] = rng.choice(TEMPLATE_NAMES)
    if rng.random() < 0.2:
        shaped["set"] = {rng.choice(("company", "event", "x")): build.hostile_text(rng)}
    if rng.random() < 0.05:
        shaped["stray"] = 1
    return shaped


@settings(FUZZ, max_examples=300)
@given(lines=build.json_lines(draft_line))
def test_draft_handles_hostile_json_lines(tmp_path: Path, history: Writes, lines: str) -> None:
    path = tmp_path / "contacts.jsonl"
    write(path, lines)
    history.since_last_look()
    outcome = run_rapport("draft", "--json", str(path))
    assert_handled(outcome)
    assert not history.since_last_look()  # drafting writes nothing, whatever it is given
    if outcome.status == 0:
        for line in outcome.out.splitlines():
            assert isinstance(json.loads(line), dict)


@settings(FUZZ, max_examples=200)
@given(
    contact=build.contact_json(),
    from_file=st.booleans(),
    explore=st.booleans(),
    seed=st.sampled_from((None, "0", "-1", "99999999999999999999999", "x")),
)
def test_recommend_handles_hostile_contacts(
    tmp_path: Path,
    history: Writes,
    contact: str,
    from_file: bool,
    explore: bool,
    seed: str | None,
) -> None:
    argument = contact
    if from_file:
        argument = str(tmp_path / "contact.json")
        write(argument, contact)
    options = ["--json"] if explore else []
    options += ["--explore"] if explore else []
    options += ["--seed", seed] if seed is not None else []
    history.since_last_look()
    outcome = run_rapport("recommend", "--contact", argument, *options)
    assert_handled(outcome)
    assert not history.since_last_look()
