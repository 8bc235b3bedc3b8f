"""`rapport recommend` as a script runs it, on a real database: the issue's examples."""

from __future__ import annotations

import json

from app.store import Outcome
from tests.cli.conftest import Run
from tests.stats.conftest import History

CONTACT = '{"name": "Mia Berg", "group": "Met once", "strength": 4, "how_met": "at PyData"}'
FIELDS = {
    "template",
    "kind",
    "note",
    "sent",
    "accepted",
    "accept_mean",
    "accept_ci95",
    "reply_mean",
    "p_best",
}


def sent(history: History, template: str, accepted: int, of: int) -> None:
    person = history.contact(f"Someone {template} {of}", group="Met once", strength=4)
    history.send(person, Outcome.ACCEPTED, template=template, count=accepted)
    history.send(person, Outcome.DECLINED, template=template, count=of - accepted)


def recommend(rapport: Run) -> dict[str, object]:
    finished = rapport("recommend", "--json", "--contact", CONTACT)
    assert finished.returncode == 0, finished.stderr
    result: dict[str, object] = json.loads(finished.stdout)
    return result


def test_thirty_of_forty_against_ten_of_forty_names_a_winner(
    history: History, rapport: Run
) -> None:
    sent(history, "invite-met-at-event", 30, 40)
    sent(history, "invite-read-their-work", 10, 40)
    history.write()
    result = recommend(rapport)
    assert result["winner"] == "invite-met-at-event"
    assert result["next"] == "invite-met-at-event"
    approaches = result["approaches"]
    assert isinstance(approaches, list)
    first = approaches[0]
    assert set(first) >= FIELDS
    assert first["template"] == "invite-met-at-event"
    assert (first["sent"], first["accepted"]) == (40, 30)
    assert first["p_best"] > 0.95
    low, high = first["accept_ci95"]
    assert low < first["accept_mean"] < high


def test_two_of_three_against_one_of_three_names_none(history: History, rapport: Run) -> None:
    sent(history, "invite-met-at-event", 2, 3)
    sent(history, "invite-read-their-work", 1, 3)
    history.write()
    result = recommend(rapport)
    assert result["winner"] is None
    # Something to send next all the same: the one that could still be the best.
    assert result["next"] in {a["template"] for a in result["approaches"]}  # type: ignore[attr-defined]
    chances = [a["p_best"] for a in result["approaches"]]  # type: ignore[attr-defined]
    assert all(chance < 0.95 for chance in chances if chance is not None)
    # A template tried three times does not claim its 67%.
    best = next(a for a in result["approaches"] if a["accepted"] == 2)  # type: ignore[attr-defined]
    assert best["accept_mean"] < 0.6


def test_an_empty_history_ranks_every_invitation_template_and_advises_on_notes(
    rapport: Run,
) -> None:
    result = recommend(rapport)
    assert result["winner"] is None
    names = {a["template"] for a in result["approaches"]}  # type: ignore[attr-defined]
    assert "invite-met-at-event" in names and "thanks-for-accepting" not in names
    advice = result["note_advice"]
    assert isinstance(advice, dict)
    # The published figures alone: a note about doubles replies, and acceptance is even.
    assert advice["replies_per_100_with_note"] > advice["replies_per_100_without_note"]
    assert advice["notes_remaining"] == 5


def test_only_what_the_user_would_send_this_person_is_ranked(
    history: History, rapport: Run
) -> None:
    """Invitations sent in other languages do not compete: an English contact is offered
    English templates, a German one written to with "Sie" the formal German ones."""
    sent(history, "invite-met-at-event.de.sie", 9, 10)
    english = {a["template"] for a in recommend(rapport)["approaches"]}  # type: ignore[attr-defined]
    assert "invite-met-at-event" in english
    assert not any("." in name for name in english)
    contact = json.loads(CONTACT) | {"language": "de", "register": "formal"}
    finished = rapport("recommend", "--json", "--contact", json.dumps(contact))
    assert finished.returncode == 0, finished.stderr
    german = {a["template"] for a in json.loads(finished.stdout)["approaches"]}
    assert "invite-met-at-event.de.sie" in german
    assert all(name.endswith(".de.sie") or name.endswith(".de") for name in german)
    assert "invite-met-at-event.de" not in german  # that one says "du"


def test_bad_contact_ends_with_one_line_and_status_2(rapport: Run) -> None:
    for contact in ('{"name": ""}', "[1, 2]", "{not json", '{"name": "A", "strength": 9}'):
        finished = rapport("recommend", "--json", "--contact", contact)
        assert finished.returncode == 2
        assert finished.stdout == ""
        assert len(finished.stderr.strip().splitlines()) == 1
        assert finished.stderr.startswith("rapport recommend: ")
