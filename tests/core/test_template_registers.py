"""Every built-in template in a language with two forms of address comes in both, the
second named after the first with its pronoun ("invite-met-at-event.de.sie"), so that the
composer can write to each contact the way the user addresses them
(app/composing/suggestion.py `in_register`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.library.templates import Template, TemplateLibrary, load_library
from app.rendering.renderer import used_names

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
# The pronoun that names a template's version in each register, as ASCII.
PRONOUNS = {
    "de": {"formal": "sie", "informal": "du"},
    "fr": {"formal": "vous", "informal": "tu"},
    "es": {"formal": "usted", "informal": "tu"},
    "pt": {"formal": "senhor", "informal": "voce"},
}
# Languages in which every template has its version in the other register.
BOTH_REGISTERS = ("de", "fr", "es", "pt")
# Always at hand: a version may greet by first name where the other uses the full name.
DERIVED_FIELDS = frozenset({"name", "first_name", "last_name"})


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> TemplateLibrary:
    no_user_templates = tmp_path_factory.mktemp("no-user-templates")
    return load_library(builtin_dir=TEMPLATES_DIR, user_dir=no_user_templates)


def fields(template: Template) -> set[str]:
    return used_names(template.body) - DERIVED_FIELDS


def test_a_pronoun_in_the_name_is_the_register_the_template_says(
    library: TemplateLibrary,
) -> None:
    versions = [t for t in library.templates if t.name.count(".") == 2]
    assert versions
    for template in versions:
        language, pronoun = template.name.split(".")[1:]
        assert template.register is not None, template.name
        assert PRONOUNS[language][template.register] == pronoun, template.name


@pytest.mark.parametrize("language", BOTH_REGISTERS)
def test_every_template_has_its_version_in_the_other_register(
    library: TemplateLibrary, language: str
) -> None:
    """Same kind, channel and details asked for, same fields used: only the address differs."""
    bases = [t for t in library.templates if t.name.count(".") == 1 and t.language == language]
    assert len(bases) >= 16
    for base in bases:
        other = "informal" if base.register == "formal" else "formal"
        name = f"{base.name}.{PRONOUNS[language][other]}"
        assert name in library, f"{base.name} has no {other} version {name}"
        version = library.get(name)
        assert version.register == other, name
        assert (version.kind, version.channel) == (base.kind, base.channel), name
        assert set(version.requires) - DERIVED_FIELDS == set(base.requires) - DERIVED_FIELDS
        assert fields(version) == fields(base), name
