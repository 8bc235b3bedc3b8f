"""The built-in template library: every starter template renders cleanly, with a full
contact and with the bare minimum, fits its channel, and reports missing fields by name.
Templates in German, French, Spanish and Portuguese are filled with values as a user of
that language types them ("auf der PyData Berlin", not "at the PyData Berlin conference")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from app.channels import FREE_NOTE_LIMIT
from app.contacts import CONTACT_FIELDS, Contact
from app.library.render import render
from app.library.templates import Kind, Template, TemplateLibrary, load_library
from app.rendering.renderer import MissingFields, used_names

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
TEMPLATE_NAMES = sorted(path.stem for path in TEMPLATES_DIR.glob("*.j2"))
OTHER_LANGUAGES = ("de", "fr", "es", "pt")
# Templates every language has: triage's replies, and each situation beyond the invites.
TRANSLATED = (
    "thanks-for-connecting",
    "decline-offer-coffee",
    "decline-follow-instead",
    "congratulate-new-role",
    "coffee-invitation",
    "intro-ask",
    "intro-make",
)

# Always present for any contact: `name` is mandatory and the other two derive from it.
DERIVED_FIELDS = frozenset({"name", "first_name", "last_name"})
# The user's own details: optional for every template.
OWN_FIELDS = frozenset({"my_name", "my_location"})

MY_NAME = "Jordan Ellison"
MY_LOCATION = "Berlin"

FULL_CONTACT = Contact(
    name="Alexandra Whitfield-Morgan",
    company="Northwind Analytics",
    title="Head of Data Platform",
    location="Berlin, Germany",
    industry="Software Development",
    profile_url="https://www.linkedin.com/in/alexandra-whitfield-morgan",
    email="alexandra@northwind.example",
    group="Met once",
    strength=4,
    how_met="at the PyData Berlin conference",
    met_when="last Thursday",
    introduced_by="Maximilian Hoffmann",
    their_work="your talk on streaming pipelines at PyData Berlin",
    shared_interests=("data engineering", "open-source maintenance", "cycling"),
    mutual_contacts=("Maximilian Hoffmann", "Priya Raman"),
    notes="Moving their nightly batch jobs to Flink; asked about testing.",
    incoming_note="Hi, I enjoyed your post on data contracts and would like to connect.",
)

# Message-specific details (not contact fields) that some templates ask for.
EXTRAS: dict[str, str] = {
    "role": "Staff Data Engineer",
    "topic": "testing data pipelines before they reach production",
    "my_topics": "data engineering and running small teams",
    "target_name": "Priya Raman",
    "intro_name": "Samuel",
    # A trailing full stop as people type it: templates must not double it.
    "intro_reason": "you're both moving nightly batch jobs to streaming this year.",
}
EXTRAS_BY_TEMPLATE: dict[str, dict[str, str]] = {
    "intro-ask": {
        "intro_reason": "I'm about to move our billing pipeline to Kafka and she has done it twice",
    },
}

# Long but realistic values for the connection-note length check; every combination is
# rendered, with every other field of the full contact filled in too.
LONG_VARIANTS: dict[str, list[Any]] = {
    "how_met": ["at the PyData Berlin conference", "on the data platform team at Zalando"],
    "met_when": ["last Thursday", "in September"],
    "location": ["Berlin, Germany", "San Francisco Bay Area"],
    "shared_interests": [("data engineering",), ("open-source maintenance", "cycling")],
    "their_work": [
        "your talk on streaming pipelines at PyData Berlin",
        "your post on pricing experiments in B2B SaaS",
    ],
}

# The same person and message details as a user writing in each other language types them.
_LOCAL: dict[str, dict[str, Any]] = {
    "de": {
        "how_met": ["auf der PyData Berlin", "im Data-Platform-Team bei Zalando"],
        "met_when": ["letzten Donnerstag", "im September"],
        "location": ["Berlin, Deutschland", "Frankfurt am Main"],
        "shared_interests": [("Data Engineering",), ("Open-Source-Pflege", "Radfahren")],
        "their_work": [
            "den Vortrag über Streaming-Pipelines auf der PyData",
            "den Beitrag über Preisexperimente im B2B-SaaS",
        ],
        "role": "Staff Data Engineer",
        "topic": "das Testen von Datenpipelines vor der Produktion",
        "intro_reason": "ihr stellt beide eure nächtlichen Batch-Jobs auf Streaming um.",
    },
    "fr": {
        "how_met": ["à PyData Paris", "dans l'équipe data de Zalando"],
        "met_when": ["jeudi dernier", "en septembre"],
        "location": ["Paris, France", "Aix-en-Provence"],
        "shared_interests": [("data engineering",), ("la maintenance open source", "le vélo")],
        "their_work": [
            "l'exposé sur les pipelines de streaming à PyData Paris",
            "l'article sur les expériences de prix en B2B",
        ],
        "role": "Staff Data Engineer",
        "topic": "les tests de pipelines de données avant la production",
        "intro_reason": "vous migrez tous les deux vos traitements de nuit vers le streaming.",
    },
    "es": {
        "how_met": ["en la PyData Madrid", "en el equipo de datos de Zalando"],
        "met_when": ["el jueves pasado", "en septiembre"],
        "location": ["Madrid, España", "Las Palmas de Gran Canaria"],
        "shared_interests": [
            ("ingeniería de datos",),
            ("el mantenimiento de open source", "el ciclismo"),
        ],
        "their_work": [
            "la charla sobre pipelines de streaming en PyData",
            "el artículo sobre experimentos de precios en B2B",
        ],
        "role": "Staff Data Engineer",
        "topic": "cómo probar pipelines de datos antes de producción",
        "intro_reason": "los dos vais a pasar este año vuestros procesos nocturnos a streaming.",
    },
    "pt": {
        "how_met": ["na Python Brasil em Caxias", "no time de plataforma de dados da Zalando"],
        "met_when": ["na quinta passada", "em setembro"],
        "location": ["São Paulo, Brasil", "Belo Horizonte, Minas Gerais"],
        "shared_interests": [("engenharia de dados",), ("manutenção de open source", "ciclismo")],
        "their_work": [
            "a palestra sobre pipelines de streaming na Python Brasil",
            "o artigo sobre experimentos de preço em B2B",
        ],
        "role": "Staff Data Engineer",
        "topic": "como testar pipelines de dados antes da produção",
        "intro_reason": "vocês dois vão migrar os jobs noturnos para streaming este ano.",
    },
}
_CONTACT_KEYS = ("how_met", "met_when", "location", "shared_interests", "their_work")
_LOCAL_VALUES = {
    language: (
        {k: v[0] for k, v in values.items() if k in _CONTACT_KEYS},
        {k: v[0] if k in _CONTACT_KEYS else v for k, v in values.items()},
    )
    for language, values in _LOCAL.items()
}
FULL_CONTACTS: dict[str, Contact] = {"en": FULL_CONTACT} | {
    language: FULL_CONTACT.replace(**fields) for language, (fields, _) in _LOCAL_VALUES.items()
}
EXTRAS_BY_LANGUAGE: dict[str, dict[str, str]] = {"en": EXTRAS} | {
    language: {**EXTRAS, **{k: v for k, v in values.items() if k in EXTRAS}}
    for language, values in _LOCAL.items()
}
LONG_VARIANTS_BY_LANGUAGE: dict[str, dict[str, list[Any]]] = {"en": LONG_VARIANTS} | {
    language: {k: values[k] for k in _CONTACT_KEYS} for language, values in _LOCAL.items()
}


def full_contact(template: Template) -> Contact:
    return FULL_CONTACTS[template.language]


STOCK_PHRASES = (
    "professional network",
    "expand my network",
    "grow my network",
    "like-minded",
    "synerg",
    "add value",
    "came across your profile",
    "reach out",
    "touch base",
    "circle back",
    "pick your brain",
    "leverage",
    "win-win",
    "mutually beneficial",
    "hope this message finds you",
    "hope this finds you",
    "i'd like to connect",
)

# Marks of a template that left a hole or printed something it should not have.
_HOLES = [
    (re.compile(r"None|undefined|\{\{|\}\}|\{%|%\}|\{#|#\}"), "template syntax or None"),
    (re.compile(r"\[\]|\['|'\]|\(\s*\)"), "a raw list or empty parentheses"),
    (re.compile(r"[^\S\n]{2,}"), "a run of spaces"),
    # French sets ; : ! ? off with a narrow or a no-break space, never a plain one.
    (re.compile(r"[^\S\n\u202f\u00a0][,.;:!?]|[\u202f\u00a0][,.]"), "a space before punctuation"),
    (re.compile(r"[,;:][,.;:!?]|\.[,.;:!?]"), "punctuation that does not follow on"),
    (re.compile(r"^[^\S\n]|[^\S\n]$", re.MULTILINE), "a line that starts or ends with space"),
    (re.compile(r"\n{3,}"), "more than one blank line"),
    # French doubles its reflexive pronouns: "nous nous rencontrons", "vous vous connaissez".
    (re.compile(r"\b(?!nous\b|vous\b)(\w+) \1\b", re.IGNORECASE), "a doubled word"),
]


# A sentence does not end on an article or a conjunction, in each language.
_DANGLING = {
    "en": "a|an|the|of|in|at|and|from",
    "de": "der|die|das|den|dem|und|oder|mit",
    "fr": "le|la|les|un|une|et|ou|de",
    "es": "el|la|los|las|un|una|y|o|de",
    "pt": "o|a|os|as|um|uma|e|ou|de",
}


def assert_clean(text: str, where: str, language: str = "en") -> None:
    assert text, f"{where}: rendered nothing"
    assert text == text.strip(), f"{where}: leading or trailing whitespace"
    for pattern, what in _HOLES:
        found = pattern.search(text)
        assert found is None, f"{where}: {what} at {found.start()}: {text!r}"
    dangling = re.search(rf"(?<!['’])\b(?:{_DANGLING[language]})[,.;:!?]", text, re.IGNORECASE)
    assert dangling is None, f"{where}: a dangling word at {dangling.start()}: {text!r}"
    lowered = text.lower()
    for phrase in STOCK_PHRASES:
        assert phrase not in lowered, f"{where}: stock phrase {phrase!r}: {text!r}"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> TemplateLibrary:
    no_user_templates = tmp_path_factory.mktemp("no-user-templates")
    return load_library(builtin_dir=TEMPLATES_DIR, user_dir=no_user_templates)


def extras_for(template: Template, *, drop: str | None = None) -> dict[str, str]:
    values = {**EXTRAS_BY_LANGUAGE[template.language], **EXTRAS_BY_TEMPLATE.get(template.name, {})}
    return {
        name: values[name]
        for name in template.requires
        if name not in CONTACT_FIELDS and name not in OWN_FIELDS and name != drop
    }


def minimal_contact(template: Template, *, drop: str | None = None) -> Contact:
    """A contact with the required fields and nothing else."""
    fields = {
        name: getattr(full_contact(template), name)
        for name in template.requires
        if name in CONTACT_FIELDS and name not in DERIVED_FIELDS and name != drop
    }
    return Contact(name=FULL_CONTACT.name, **fields)


def optional_fields(template: Template) -> list[str]:
    """Contact fields the template uses without requiring them."""
    used = used_names(template.body)
    return sorted(
        name
        for name in used & CONTACT_FIELDS
        if name not in template.requires and name not in DERIVED_FIELDS
    )


def rendered(template: Template, contact: Contact, *, own: bool = True, **kwargs: Any) -> str:
    extras: Mapping[str, str] = kwargs.pop("extras", None) or extras_for(template)
    if own:
        kwargs.setdefault("my_name", MY_NAME)
        kwargs.setdefault("my_location", MY_LOCATION)
    return render(template, contact, extras=extras, **kwargs)


# -- the library as a whole ------------------------------------------------------------


def test_library_loads_every_file_without_problems(library: TemplateLibrary) -> None:
    assert library.problems == ()
    assert sorted(t.name for t in library.templates) == TEMPLATE_NAMES


def test_library_covers_every_kind(library: TemplateLibrary) -> None:
    templates = library.templates
    assert len(templates) >= 14
    assert {t.kind for t in templates} == set(Kind)


def test_each_language_has_every_kind(library: TemplateLibrary) -> None:
    """A user writing in German, French, Spanish or Portuguese finds every situation in
    their language, and triage's reply templates exist in each."""
    english = {t.name for t in library.templates if t.language == "en"}
    for language in OTHER_LANGUAGES:
        names = {t.name for t in library.templates if t.language == language}
        assert {t.kind for t in library.by_kind(None, language)} == set(Kind), language
        for base in TRANSLATED:
            assert f"{base}.{language}" in names
        for name in names:
            # "invite-met-at-event.de", or a version in the other register ("….de.sie").
            assert name.split(".")[0] in english, name


@pytest.mark.parametrize("language", ["en", *OTHER_LANGUAGES])
def test_library_has_each_situation(library: TemplateLibrary, language: str) -> None:
    """Invites for each way of knowing someone, and both ways of declining."""
    invites = {t.name for t in library.by_kind(Kind.INVITE, language)}
    for situation in ("met-at-event", "read-their-work", "introduced-by", "former-colleague",
                      "same-city"):  # fmt: skip
        assert any(situation in name for name in invites), situation
    declines = {t.name for t in library.by_kind(Kind.DECLINE, language)}
    assert any("follow-instead" in name for name in declines), "a decline inviting to follow"
    assert any("offer-coffee" in name for name in declines), "a decline offering a coffee"
    recruiter = library.by_kind(Kind.RECRUITER_REPLY, language)
    assert len(recruiter) >= 2, "a recruiter reply for 'interested' and for 'not now'"
    intros = [set(t.requires) for t in library.by_kind(Kind.INTRO, language)]
    assert any("target_name" in needs for needs in intros), "asking for an introduction"
    assert any("intro_name" in needs for needs in intros), "making an introduction"


# -- each template -----------------------------------------------------------------------


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_front_matter(library: TemplateLibrary, name: str) -> None:
    template = library.get(name)
    assert template.path is not None and template.path.stem == template.name
    base, _, suffix = template.name.partition(".")
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", base)
    assert template.language == (suffix.split(".")[0] or "en")
    if template.language == "en":
        assert template.register is None
    else:
        assert template.register in ("formal", "informal")
    assert template.description.endswith(".") and len(template.description) < 200
    assert "first_name" in template.requires or "name" in template.requires
    used = used_names(template.body)
    for field in template.requires:
        assert field in used, f"requires {field!r} but never uses it"
    # Anything that is not a contact field or the user's own detail must be asked for.
    unknown = used - CONTACT_FIELDS - OWN_FIELDS - set(template.requires)
    assert not unknown, f"uses {sorted(unknown)} without listing them in requires"


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_renders_cleanly_for_a_full_contact(library: TemplateLibrary, name: str) -> None:
    template = library.get(name)
    text = rendered(template, full_contact(template))
    assert_clean(text, name, template.language)
    assert FULL_CONTACT.given_name in text
    if template.channel == "linkedin_note":
        assert "\n" not in text, "a connection note is one paragraph"
    else:
        assert text.endswith(MY_NAME), "messages are signed with the user's name"
        assert re.search(rf"\n\n[^\n]+\n{MY_NAME}$", text), "a sign-off stands apart"


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_renders_cleanly_for_a_minimal_contact(library: TemplateLibrary, name: str) -> None:
    template = library.get(name)
    text = rendered(template, minimal_contact(template), own=False)
    assert_clean(text, f"{name} (minimal)", template.language)
    assert MY_NAME not in text


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_each_optional_field_alone_or_missing_reads_naturally(
    library: TemplateLibrary, name: str
) -> None:
    """Each optional field present on its own, and each one missing from a full contact."""
    template = library.get(name)
    minimal = minimal_contact(template)
    full = full_contact(template)
    for field in optional_fields(template):
        only = minimal.replace(**{field: getattr(full, field)})
        assert_clean(rendered(template, only), f"{name} with only {field}", template.language)
        empty = () if isinstance(getattr(full, field), tuple) else ""
        without = full.replace(**{field: empty})
        assert_clean(rendered(template, without), f"{name} without {field}", template.language)


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_missing_required_field_is_reported_by_name(library: TemplateLibrary, name: str) -> None:
    template = library.get(name)
    checkable = [field for field in template.requires if field not in DERIVED_FIELDS]
    assert checkable, "a template needs at least one detail beyond the contact's name"
    for field in checkable:
        with pytest.raises(MissingFields) as caught:
            render(
                template,
                minimal_contact(template, drop=field),
                extras=extras_for(template, drop=field),
            )
        assert field in caught.value.fields


NOTE_NAMES = [
    path.stem
    for path in sorted(TEMPLATES_DIR.glob("*.j2"))
    if re.search(r"^channel:\s*linkedin_note\s*$", path.read_text(encoding="utf-8"), re.MULTILINE)
]


def test_there_are_connection_notes() -> None:
    assert len(NOTE_NAMES) >= 5


@pytest.mark.parametrize("name", NOTE_NAMES)
def test_connection_note_fits_a_free_account(library: TemplateLibrary, name: str) -> None:
    template = library.get(name)
    assert template.channel == "linkedin_note"
    longest = ""
    variants = LONG_VARIANTS_BY_LANGUAGE[template.language]
    for combination in itertools.product(*variants.values()):
        contact = full_contact(template).replace(**dict(zip(variants, combination, strict=True)))
        text = rendered(template, contact)
        assert_clean(text, name, template.language)
        longest = max(longest, text, key=len)
    assert len(longest) <= FREE_NOTE_LIMIT, f"{len(longest)} characters: {longest!r}"
