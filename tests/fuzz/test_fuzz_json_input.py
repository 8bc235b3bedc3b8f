"""Hostile JSON wherever the command reads it: `check` and `triage` lines, `render --contact`."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz import hostile_builders as build
from tests.fuzz.conftest import FUZZ, assert_handled, run_rapport, write
from tests.fuzz.strategies import contact_fields, json_document, message_line, request_line, text

TEMPLATE = "---\nname: fuzz\nkind: invite\nchannel: email\n---\nHi {{ first_name }}, {{ company }}"


@settings(FUZZ, max_examples=1000)
@given(lines=build.json_lines(build.message), as_json=st.booleans())
def test_check_handles_hostile_json_lines(tmp_path: Path, lines: str, as_json: bool) -> None:
    path = tmp_path / "messages.jsonl"
    write(path, lines)
    flags = ["--json"] if as_json else []
    assert_handled(run_rapport("check", "--no-grammar", *flags, str(path)))


@settings(FUZZ, max_examples=150)
@given(line=json_document(message_line()))
def test_check_handles_any_json_shape(tmp_path: Path, line: str) -> None:
    path = tmp_path / "messages.jsonl"
    write(path, line + "\n")
    assert_handled(run_rapport("check", "--no-grammar", "--json", str(path)))


@settings(FUZZ, max_examples=800)
@given(lines=build.json_lines(build.request), as_json=st.booleans())
def test_triage_handles_hostile_json_lines(tmp_path: Path, lines: str, as_json: bool) -> None:
    path = tmp_path / "requests.jsonl"
    write(path, lines)
    flags = ["--json"] if as_json else []
    assert_handled(run_rapport("triage", *flags, str(path)))


@settings(FUZZ, max_examples=150)
@given(line=json_document(request_line()))
def test_triage_handles_any_json_shape(tmp_path: Path, line: str) -> None:
    path = tmp_path / "requests.jsonl"
    write(path, line + "\n")
    assert_handled(run_rapport("triage", "--json", str(path)))


@settings(FUZZ, max_examples=800)
@given(contact=build.contact_json(), from_file=st.booleans())
def test_render_handles_hostile_contacts(tmp_path: Path, contact: str, from_file: bool) -> None:
    template = tmp_path / "fuzz.j2"
    write(template, TEMPLATE)
    argument = contact
    if from_file:
        argument = str(tmp_path / "contact.json")
        write(argument, contact)
    assert_handled(run_rapport("render", "--template", str(template), "--contact", argument))


@settings(FUZZ, max_examples=150)
@given(
    contact=json_document(contact_fields()),
    details=st.lists(st.tuples(text, text).map("=".join), max_size=2),
)
def test_render_handles_any_contact_shape_and_details(
    tmp_path: Path, contact: str, details: list[str]
) -> None:
    template = tmp_path / "fuzz.j2"
    write(template, TEMPLATE)
    sets = [option for detail in details for option in ("--set", detail)]
    outcome = run_rapport("render", "--template", str(template), "--contact", contact, *sets)
    assert_handled(outcome)
