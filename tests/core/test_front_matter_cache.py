"""The front matter cache: a library loaded from it is the library parsed afresh; a changed
template is read as it now is; a damaged, hostile or unwritable cache file costs nothing
but the time it would have saved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.library.front_matter_cache import CACHE_FILE, FILE_NAME
from app.library.templates import Template, TemplateLibrary, load_library

TEMPLATE = """---
name: coffee-in-lisbon
kind: coffee
channel: email
description: Coffee with someone you met
requires: [first_name]
---
Hi {{ first_name }}, coffee next week?
"""


def _library(tmp_path: Path, cache: Path) -> TemplateLibrary:
    return load_library(user_dir=tmp_path / "mine", cache_dir=cache)


def _by_name(library: TemplateLibrary) -> dict[str, Template]:
    return {template.name: template for template in library.templates}


def _entries(cache: Path) -> dict[str, object]:
    entries = json.loads((cache / FILE_NAME).read_text(encoding="utf-8"))["entries"]
    assert isinstance(entries, dict)
    return entries


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "coffee-in-lisbon.j2").write_text(TEMPLATE, encoding="utf-8")
    return folder


def test_a_library_read_from_the_cache_is_the_library_parsed_afresh(
    tmp_path: Path, mine: Path
) -> None:
    cache = tmp_path / "cache"
    fresh = _library(tmp_path, cache)
    assert len(_entries(cache)) == len(fresh.templates)  # every block was written down
    again = _library(tmp_path, cache)
    assert _by_name(again) == _by_name(fresh)
    assert again.get("coffee-in-lisbon").requires == ("first_name",)


def test_a_changed_template_is_read_as_it_now_is(tmp_path: Path, mine: Path) -> None:
    cache = tmp_path / "cache"
    _library(tmp_path, cache)
    changed = TEMPLATE.replace("kind: coffee", "kind: thanks")
    (mine / "coffee-in-lisbon.j2").write_text(changed, encoding="utf-8")
    assert _library(tmp_path, cache).get("coffee-in-lisbon").kind.value == "thanks"


def test_values_from_a_tampered_cache_are_checked_like_parsed_yaml(
    tmp_path: Path, mine: Path
) -> None:
    cache = tmp_path / "cache"
    _library(tmp_path, cache)
    entries = _entries(cache)
    block = next(text for text in entries if "coffee-in-lisbon" in text)
    entries[block] = {"name": "coffee-in-lisbon", "kind": ["not", "a", "kind"]}
    (cache / FILE_NAME).write_text(json.dumps({"version": 1, "entries": entries}), "utf-8")
    library = _library(tmp_path, cache)
    assert "coffee-in-lisbon" not in library
    assert any(
        "coffee-in-lisbon" in str(problem) and "kind" in str(problem)
        for problem in library.problems
    )


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json at all {",
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps({"version": 99, "entries": {}}).encode(),
        json.dumps({"version": 1, "entries": ["a", "list"]}).encode(),
        b"\xff\xfe broken bytes",
    ],
    ids=["empty", "not JSON", "nested deep", "another version", "entries a list", "not UTF-8"],
)
def test_a_damaged_cache_file_is_passed_over(tmp_path: Path, mine: Path, content: bytes) -> None:
    cache = tmp_path / "cache"
    expected = _by_name(_library(tmp_path, tmp_path / "clean"))
    cache.mkdir()
    (cache / FILE_NAME).write_bytes(content)
    assert _by_name(_library(tmp_path, cache)) == expected
    assert _entries(cache)  # and written anew


def test_an_oversized_cache_file_is_not_read(tmp_path: Path, mine: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    with open(cache / FILE_NAME, "wb") as handle:
        handle.truncate(CACHE_FILE.limit + 1)
    assert "coffee-in-lisbon" in _library(tmp_path, cache)


def test_a_cache_folder_that_cannot_be_written_costs_nothing(tmp_path: Path, mine: Path) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the cache folder should be", encoding="utf-8")
    assert "coffee-in-lisbon" in _library(tmp_path, not_a_folder)


def test_a_value_json_cannot_carry_is_parsed_each_time(tmp_path: Path, mine: Path) -> None:
    """A date in front matter is a date, also on the second load."""
    dated = TEMPLATE.replace("requires:", "written: 2026-12-07\nrequires:")
    (mine / "coffee-in-lisbon.j2").write_text(dated, encoding="utf-8")
    cache = tmp_path / "cache"
    _library(tmp_path, cache)
    assert not any("written:" in text for text in _entries(cache))
    assert "coffee-in-lisbon" in _library(tmp_path, cache)
