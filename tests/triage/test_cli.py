"""`rapport triage`, run as a script would run it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.commands.triage import parse_request
from tests.triage.conftest import PERSONAL_NOTE, STOCK_NOTE, Run

REQUESTS = [
    {"contact": {"name": "Ana Lopez", "group": "Former colleagues"}, "note": STOCK_NOTE},
    {"contact": {"name": "Raj Patel", "title": "Talent Acquisition Partner"}, "note": ""},
    {"contact": {"name": "Lee Wong", "location": "Oakland, California"}, "note": PERSONAL_NOTE},
    {"contact": {"name": "Sam Roe", "incoming_note": STOCK_NOTE}},
]


def _jsonl(*requests: object) -> str:
    return "".join(json.dumps(request) + "\n" for request in requests)


def _outputs(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_one_suggestion_per_request(rapport: Run, tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_text(_jsonl(*REQUESTS[:2]) + "\n" + _jsonl(*REQUESTS[2:]), encoding="utf-8")
    done = rapport("triage", "--json", "--my-location", "San Francisco Bay Area", str(requests))
    assert done.returncode == 0, done.stderr
    out = _outputs(done.stdout)
    assert [(o["action"], o["template"]) for o in out] == [
        ("accept_and_thank", "thanks-for-connecting"),
        ("accept", None),
        ("reply_coffee", "decline-offer-coffee"),
        ("decline", None),
    ]
    assert all(set(o) == {"action", "reasons", "template", "lang"} for o in out)
    assert out[0]["reasons"][0] == "You marked Ana as Former colleagues."


def test_the_settings_file_sets_the_rules_and_my_location_overrides_it(
    rapport: Run, rapport_home: Path
) -> None:
    settings = {"my_location": "Berlin", "known_groups": ["Met once"], "offer_coffee": True}
    (rapport_home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    kim = {"contact": {"name": "Kim Park", "group": "Met once", "strength": 4}, "note": ""}
    lee = {"contact": {"name": "Lee Wong", "location": "Brooklyn, NY"}, "note": PERSONAL_NOTE}
    from_file = _outputs(rapport("triage", "--json", "-", stdin=_jsonl(kim, lee)).stdout)
    assert [o["action"] for o in from_file] == ["accept_and_thank", "reply_follow"]
    assert "not near you (Berlin)" in from_file[1]["reasons"][-1]
    moved = rapport("triage", "--json", "--my-location", "New York City", stdin=_jsonl(lee))
    assert _outputs(moved.stdout)[0]["action"] == "reply_coffee"


def test_readable_output_without_json(rapport: Run) -> None:
    done = rapport("triage", stdin=_jsonl(REQUESTS[0], REQUESTS[3]))
    assert done.returncode == 0, done.stderr
    assert "Request 1, from Ana Lopez: Accept and send a thank-you note" in done.stdout
    assert "  Draft the reply from the template “thanks-for-connecting”." in done.stdout
    assert "Request 2, from Sam Roe: Decline without a reply" in done.stdout


def test_a_bad_line_is_named_and_stops_the_run(rapport: Run) -> None:
    stdin = _jsonl(REQUESTS[0]) + "\n" + '{"contact": {"name": "Lee", "strength": 9}}\n'
    done = rapport("triage", "--json", stdin=stdin + _jsonl(REQUESTS[1]))
    assert done.returncode == 2
    assert done.stderr == (
        "rapport triage: line 3: contact: "
        "Relationship strength runs from 1 (close) to 5 (never met).\n"
    )
    assert len(done.stdout.splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_text_that_is_not_utf8_is_named_by_line(rapport: Run, tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    requests.write_bytes(_jsonl(REQUESTS[0]).encode() + b'{"note": "caf\xe9"}\n')
    done = rapport("triage", "--json", str(requests))
    assert done.returncode == 2
    assert done.stderr == f"rapport triage: {requests}: line 2 is not UTF-8 text.\n"
    assert done.stdout == ""


def test_a_missing_file_is_reported(rapport: Run, tmp_path: Path) -> None:
    done = rapport("triage", "--json", str(tmp_path / "nope.jsonl"))
    assert done.returncode == 2
    assert done.stderr == f"rapport triage: {tmp_path / 'nope.jsonl'}: no such file.\n"


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("{not json", "not valid JSON"),
        ('["Ana"]', "expected a JSON object such as"),
        ('{"contact": {"name": "Ana"}, "nte": "hi"}', "unknown key 'nte'"),
        ('{"note": "hi"}', '"contact" must be a JSON object'),
        ('{"contact": "Ana"}', '"contact" must be a JSON object'),
        ('{"contact": {"compnay": "Acme", "name": "Ana"}}', "contact: Unknown contact field"),
        ('{"contact": {"title": "CTO"}}', "contact: A contact needs a name."),
        ('{"contact": {"name": "Ana"}, "note": 5}', '"note" must be the text they sent'),
        ('{"contact": {"name": "Ana"}, "note": "\\ud800"}', "lone UTF-16 surrogate"),
    ],
)
def test_what_is_wrong_with_a_line_is_said(line: str, says: str) -> None:
    with pytest.raises(ValueError, match=re.escape(says)):
        parse_request(line)


def test_a_request_without_a_note_uses_the_contacts_incoming_note() -> None:
    contact, note, _ = parse_request(json.dumps(REQUESTS[3]))
    assert (contact.name, note) == ("Sam Roe", STOCK_NOTE)
    _, given, _ = parse_request('{"contact": {"name": "Sam", "incoming_note": "old"}, "note": ""}')
    assert given == ""


def test_the_reply_is_drafted_in_the_form_of_address_used_with_the_contact(
    rapport: Run, rapport_home: Path
) -> None:
    """A German former colleague one says "du" to gets the "du" thank-you, one marked
    formal the "Sie" one, and without a mark the user's default decides."""
    (rapport_home / "settings.json").write_text(
        json.dumps({"default_register": "formal"}), encoding="utf-8"
    )
    colleague = {"group": "Former colleagues", "language": "de"}
    requests = [
        {"contact": {"name": "Jonas Weber", "register": "informal", **colleague}, "note": ""},
        {"contact": {"name": "Lena Vogt", "register": "formal", **colleague}, "note": ""},
        {"contact": {"name": "Karl Roth", **colleague}, "note": ""},
    ]
    done = rapport("triage", "--json", stdin=_jsonl(*requests))
    assert done.returncode == 0, done.stderr
    assert [o["template"] for o in _outputs(done.stdout)] == [
        "thanks-for-connecting.de",
        "thanks-for-connecting.de.sie",
        "thanks-for-connecting.de.sie",
    ]
