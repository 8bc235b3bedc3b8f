"""`rapport check` as a script runs it: against the user's real history, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

from pytest import MonkeyPatch

from app import paths
from app.contacts import Contact
from app.store import Store
from tests.cli.conftest import Run


def test_repeats_are_counted_against_the_recorded_history(rapport: Run) -> None:
    text = "Hi Sam, I loved your talk on pricing at SaaStr last week."
    with Store.open(paths.database_path()) as store:
        for name in ("Ana Souza", "Bo Chen"):
            contact = store.add_contact(Contact(name=name))
            store.record_message(
                contact, template="t", kind="invite", channel="linkedin_note", text=text
            )
    result = rapport("check", "--json", "--no-grammar", stdin=json.dumps({"text": text}) + "\n")
    assert result.returncode == 0, result.stderr
    [repeated] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "repeated"]
    assert "2" in repeated["message"]


def test_many_lines_one_report_each(rapport: Run) -> None:
    lines = [
        {"text": "I'd like to add you to my professional network on LinkedIn."},
        {"text": "Hi Dana, your pricing talk at SaaStr changed how we bill; coffee Friday?"},
    ]
    stdin = "".join(json.dumps(line) + "\n" for line in lines)
    result = rapport("check", "--json", "--no-grammar", stdin=stdin)
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["verdict"] for r in reports] == ["generic", "personal"]
    assert "boilerplate" in {f["code"] for f in reports[0]["findings"]}


def test_bad_input_names_the_line(rapport: Run) -> None:
    stdin = '{"text": "fine"}\n{"text": "\\ud800 broken"}\n'
    result = rapport("check", "--no-grammar", stdin=stdin)
    assert result.returncode == 2
    assert "line 2" in result.stderr and "Traceback" not in result.stderr


def test_unusable_data_folder_is_a_message(rapport: Run, monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_HOME", "/proc/rapport-cannot-live-here")
    result = rapport("templates")
    assert result.returncode == 2
    assert "/proc/rapport-cannot-live-here" in result.stderr
    assert "Traceback" not in result.stderr


def test_readable_report(rapport: Run, tmp_path: Path) -> None:
    messages = tmp_path / "messages.jsonl"
    messages.write_text(
        json.dumps({"text": "Join my network on LinkedIn."}) + "\n", encoding="utf-8"
    )
    result = rapport("check", "--no-grammar", str(messages))
    assert result.returncode == 0
    assert "generic" in result.stdout.lower()


def test_text_that_is_not_utf8_is_named_by_its_own_line(rapport: Run, tmp_path: Path) -> None:
    # Far more than one read buffer of good lines first: the line named must be the bad one,
    # not the first line of the buffer it arrived in.
    messages = tmp_path / "messages.jsonl"
    good = json.dumps({"text": "Hi Sam, your pricing talk at SaaStr changed my plan."}) + "\n"
    messages.write_bytes(good.encode() * 600 + b'{"text": "caf\xe9"}\n')
    result = rapport("check", "--no-grammar", "--json", str(messages))
    assert result.returncode == 2
    assert result.stderr == f"rapport check: {messages}: line 601 is not UTF-8 text.\n"
    assert len(result.stdout.splitlines()) == 600
