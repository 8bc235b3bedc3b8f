"""`rapport stats` as a script runs it: the JSON contract, the table, and bad databases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import Outcome, Store
from tests.cli.conftest import Run
from tests.stats.conftest import History

FIELDS = {
    "sent",
    "accepted",
    "accepted_total",
    "declined",
    "replied",
    "no_answer",
    "pending",
    "acceptance_rate",
    "acceptance_ci95",
    "reply_rate",
    "reply_ci95",
}


@pytest.fixture
def seeded(history: History, store: Store) -> None:
    ana = history.contact("Ana", group="Friends", strength=2)
    bo = history.contact("Bo", group="Clients", strength=4)
    history.send(ana, Outcome.ACCEPTED).send(ana, Outcome.REPLIED)
    history.send(bo, Outcome.DECLINED, template="", text="")
    history.send(ana, kind="thanks", template="thanks-for-accepting", days_ago=20)
    history.write()
    # Sent now, by the real clock the command reads: still inside the pending window.
    store.record_message(
        Contact(name="Bo", id=bo.id), template="", kind="invite", channel="linkedin_note",
        text="Hello Bo",
    )  # fmt: skip
    store.close()  # the command opens the database itself


def test_json_shape_and_numbers(seeded: None, rapport: Run) -> None:
    result = rapport("stats", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)

    assert set(data) == {
        "contacts", "overall", "by_note", "by_template", "by_kind", "by_group", "by_strength",
    }  # fmt: skip
    assert data["contacts"] == 2
    overall = data["overall"]
    assert set(overall) == FIELDS
    counts = ("sent", "accepted", "declined", "replied", "no_answer", "pending")
    assert [overall[name] for name in counts] == [5, 1, 1, 1, 0, 1]
    # `accepted` excludes `replied`, as in `import --json`; accepted_total holds both.
    assert overall["accepted_total"] == 2
    assert overall["acceptance_rate"] == pytest.approx(2 / 3)
    assert overall["acceptance_ci95"] == pytest.approx([0.2077, 0.9385], abs=5e-5)
    assert overall["reply_rate"] == pytest.approx(1 / 2)
    assert set(data["by_note"]) == {"with_note", "without_note"}
    assert data["by_note"]["without_note"]["declined"] == 1
    assert data["by_note"]["with_note"]["sent"] == 3  # the note recorded now included

    for name in ("template", "kind", "group", "strength"):
        for item in data[f"by_{name}"]:
            assert set(item) == FIELDS | {name}
    templates = {item["template"]: item for item in data["by_template"]}
    assert set(templates) == {"invite-met-at-event", "", "thanks-for-accepting"}
    assert templates["thanks-for-accepting"]["acceptance_rate"] is None
    assert templates["thanks-for-accepting"]["acceptance_ci95"] is None
    assert [(i["kind"], i["sent"]) for i in data["by_kind"]] == [("invite", 4), ("thanks", 1)]
    assert [(i["group"], i["sent"]) for i in data["by_group"]] == [("Friends", 3), ("Clients", 2)]
    assert [(i["strength"], i["sent"]) for i in data["by_strength"]] == [(2, 3), (4, 2)]


def test_readable_table(seeded: None, rapport: Run) -> None:
    result = rapport("stats")
    assert result.returncode == 0, result.stderr
    assert "2 contacts, 5 messages sent." in result.stdout
    assert "Acceptance rate: 67% (2 of 3 decided invitations; 95% interval 21–94%)" in result.stdout
    assert "By template" in result.stdout and "invite-met-at-event" in result.stdout


def test_an_empty_history_has_null_rates(rapport: Run) -> None:
    result = rapport("stats", "--json")
    assert result.returncode == 0, result.stderr
    overall = json.loads(result.stdout)["overall"]
    assert overall["sent"] == 0
    assert overall["acceptance_rate"] is None and overall["acceptance_ci95"] is None


def test_a_damaged_database_is_reported_not_changed(rapport_home: Path, rapport: Run) -> None:
    database = rapport_home / "rapport.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    result = rapport("stats", "--json")
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert database.read_bytes() == b"this is not a database" * 100
