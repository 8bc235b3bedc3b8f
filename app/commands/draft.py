"""`rapport draft --json [FILE|-]`: the message the composer would start from, for scripts.

Each input line is `{"contact": {fields}, "incoming_note": optional, "kind": optional,
"template": optional, "set": optional {name: value}, "lang": optional}`. Each gets one
line out: `{"template", "why", "text", "verdict", "score", "findings", "missing", "lang"}`;
`lang` is the language written in: the input's "lang", else the contact's "language",
else yours (a reply: the language of their note), and templates are chosen in it. `missing` lists
what to ask the user (name, label, question) when the contact lacks it; `text` is then
the best message without it (from `text_template`), or empty, never one with holes. A bad
line stops the run with its line number and status 2, before anything is printed.
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from typing import Any

from app.checker import Checker, LexiconError
from app.commands.common import (
    CommandError,
    fail,
    input_language,
    json_lines,
    settings_or_defaults,
)
from app.commands.json_input import JsonInputError, parse_json
from app.composing.draft import Draft, check_draft, preview
from app.composing.gaps import fill_gaps
from app.composing.questions import question_for
from app.composing.session import DraftSession
from app.composing.suggestion import choose_template
from app.contacts import CONTACT_FIELDS, Contact, contact_from_mapping
from app.library.templates import Kind, Template, TemplateLibrary, load_library
from app.relationships.places import PlacesError, shipped_places
from app.relationships.triage import suggest as triage
from app.settings import Settings

_KEYS = frozenset({"contact", "incoming_note", "kind", "template", "set", "lang"})


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="draft the message for each contact given as JSON Lines",
        description="Pick the template that fits each contact, fill it in and check it.",
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    parser.add_argument("--json", action="store_true", required=True, help="JSON Lines out")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_or_defaults("draft")
    library = load_library()
    try:
        checker = Checker.load()
        places = shipped_places()
        with json_lines(args.file) as stream:
            requests = [parse_request(number, line, library) for number, line in stream]
    except (ValueError, LexiconError, PlacesError, CommandError) as exc:
        return fail("draft", str(exc))
    decide = partial(triage, settings=settings, checker=checker, places=places)
    for contact, kind, template, values in requests:
        session = DraftSession(
            library,
            settings,
            suggest=lambda person: choose_template(
                person, library=library, settings=settings, triage=decide, places=places
            ),
        )
        session.set_contact(contact)
        suggested = session.template
        if template is None and kind is not None and suggested and suggested.kind is not kind:
            template = _first_of_kind(library, kind, contact.language or settings.my_language)
        if template is not None:
            session.choose(template)
        print(json.dumps(drafted(session, values, checker, settings), ensure_ascii=False))
    return 0


def parse_request(
    number: int, line: str, library: TemplateLibrary
) -> tuple[Contact, Kind | None, str | None, dict[str, str]]:
    """One input line; ValueError naming the line and what is wrong otherwise."""
    where = f"line {number}"
    try:
        data = parse_json(line)
    except JsonInputError as exc:
        raise ValueError(f"{where}: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f'{where}: expected a JSON object with "contact".')
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown key {', '.join(map(repr, unknown))}.")
    fields = data.get("contact")
    if not isinstance(fields, dict):
        raise ValueError(f'{where}: "contact" must be a JSON object of contact fields.')
    try:
        contact = contact_from_mapping(fields)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{where}: contact: {exc}") from None
    note = data.get("incoming_note")
    if note is not None:
        if not isinstance(note, str):
            raise ValueError(f'{where}: "incoming_note" must be text.')
        contact = contact.replace(incoming_note=note)
    try:
        language = input_language(data)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    if language is not None:
        contact = contact.replace(language=language)
    kind = _kind(data.get("kind"), where)
    template = data.get("template")
    if template is not None and (not isinstance(template, str) or template not in library):
        raise ValueError(f"{where}: no template named {template!r}.")
    values = data.get("set", {})
    if not isinstance(values, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in values.items()
    ):
        raise ValueError(f'{where}: "set" must be an object of names and text values.')
    return contact, kind, template, values


def _kind(value: Any, where: str) -> Kind | None:
    if value is None:
        return None
    try:
        return Kind(value)
    except ValueError:
        kinds = ", ".join(kind.value for kind in Kind)
        raise ValueError(f"{where}: unknown kind {value!r}; use one of: {kinds}.") from None


def _first_of_kind(library: TemplateLibrary, kind: Kind, language: str) -> str | None:
    templates = library.by_kind(kind, language) or library.by_kind(kind)
    return templates[0].name if templates else None


def drafted(
    session: DraftSession, values: dict[str, str], checker: Checker, settings: Settings
) -> dict[str, Any]:
    """The output line for a session whose contact and template are set."""
    contact, template = session.contact, session.template
    assert contact is not None
    if template is None:
        return _line(None, "", "", None, [], contact.language or settings.my_language)
    gaps = {name: value for name, value in values.items() if name in CONTACT_FIELDS}
    contact = fill_gaps(contact, gaps)
    details = {name: value for name, value in values.items() if name not in CONTACT_FIELDS}
    result = preview(Draft(template, template.body, contact, details), settings)
    why = session.choice.why if session.choice and session.choice.template == template.name else ""
    if not result.missing and result.text:
        checked = Draft(template, template.body, contact)
        report = check_draft(checker, checked, result.text, settings, None)
        return _line(template.name, why, result.text, report.to_json(), [], report.language)
    reply = bool(session.choice and session.choice.reply)
    missing = [
        question_for(name, contact.given_name, reply=reply).to_json() for name in result.missing
    ]
    fallback = _without(session.library, template, contact, details, settings)
    if fallback is None:
        return _line(template.name, why, "", None, missing, template.language)
    used, text = fallback
    report = check_draft(checker, Draft(used, used.body, contact), text, settings, None)
    return {
        **_line(template.name, why, text, report.to_json(), missing, report.language),
        "text_template": used.name,
    }


def _without(
    library: TemplateLibrary,
    wanted: Template,
    contact: Contact,
    details: dict[str, str],
    settings: Settings,
) -> tuple[Template, str] | None:
    """The shortest-asking template of the same kind that renders with what is known."""
    same = library.by_kind(wanted.kind, wanted.language)
    for template in sorted(same, key=lambda t: len(t.requires)):
        result = preview(Draft(template, template.body, contact, details), settings)
        if result.text and not result.error:
            return template, result.text
    return None


def _line(
    template: str | None,
    why: str,
    text: str,
    report: dict[str, Any] | None,
    missing: list[dict[str, Any]],
    language: str,
) -> dict[str, Any]:
    judged = report or {"verdict": "generic", "score": 0, "findings": []}
    return {
        "template": template,
        "why": why,
        "text": text,
        "verdict": judged["verdict"],
        "score": judged["score"],
        "findings": judged["findings"],
        "missing": missing,
        "lang": language,
    }
