"""The template picker shows a built-in template's description as written, so it names the
fields a user fills in the way the window does ("How you met", "Why should they meet?"),
never by the identifiers templates use ("how_met", "intro_reason", "topic"), which a user
sees nowhere else."""

from __future__ import annotations

import re
from pathlib import Path

from app.composing.draft import OWN_FIELDS, Draft, detail_names
from app.contacts import CONTACT_FIELDS, Contact
from app.library.templates import load_library

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
QUOTES = "\"'„“”«»‘’‚"


def identifiers_in(description: str, names: set[str]) -> list[str]:
    """The names written as code: one with an underscore anywhere as a word, a one-word
    name ("company", also an ordinary word) only when quoted on its own."""

    def written(name: str) -> bool:
        as_word = rf"(?<![\w-]){name}(?![\w-])"
        quoted = rf"[{QUOTES}]\s?{name}\s?[{QUOTES}]"
        return bool(re.search(as_word if "_" in name else quoted, description))

    return sorted(filter(written, names))


def test_no_description_names_a_field_by_its_identifier(tmp_path: Path) -> None:
    library = load_library(builtin_dir=TEMPLATES_DIR, user_dir=tmp_path, cache_dir=tmp_path)
    templates = [template for template in library.templates if template.source == "builtin"]
    details = {
        name for template in templates for name in detail_names(Draft.start(template, Contact("A")))
    }
    assert {"intro_name", "intro_reason"} <= details  # what the per-message form asks for
    names = set(CONTACT_FIELDS) | set(OWN_FIELDS) | details
    named = {
        template.name: found
        for template in templates
        if (found := identifiers_in(template.description, names))
    }
    assert named == {}
