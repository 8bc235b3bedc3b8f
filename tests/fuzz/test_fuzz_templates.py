"""Hostile template files, front matter included: rendered by path, and listed from the
user's template folder."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz import hostile_builders as build
from tests.fuzz.conftest import FUZZ, assert_handled, run_rapport, write
from tests.fuzz.strategies import template_text

CONTACT = (
    '{"name": "Ana Lee", "company": "Acme", "how_met": "at PyData", "shared_interests": ["x"]}'
)
hostile_template = build.seeded.map(build.template)


@settings(FUZZ, max_examples=700)
@given(text=hostile_template)
def test_render_handles_hostile_template_files(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.j2"
    write(path, text)
    assert_handled(run_rapport("render", "--template", str(path), "--contact", CONTACT))


@settings(FUZZ, max_examples=200)
@given(text=template_text())
def test_render_handles_any_template_shape(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.j2"
    write(path, text)
    assert_handled(run_rapport("render", "--template", str(path), "--contact", CONTACT))


@settings(FUZZ, max_examples=150)
@given(text=hostile_template, as_json=st.booleans())
def test_templates_lists_the_library_whatever_the_users_folder_holds(
    rapport_home: Path, text: str, as_json: bool
) -> None:
    folder = rapport_home / "templates"
    folder.mkdir(exist_ok=True)
    write(folder / "fuzz.j2", text)
    outcome = run_rapport("templates", *(["--json"] if as_json else []))
    assert outcome.status == 0, outcome
    assert "invite-met-at-event" in outcome.out
    assert "\n" not in outcome.err.removesuffix("\n"), outcome.err  # at most one problem
