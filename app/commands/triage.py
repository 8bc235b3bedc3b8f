"""`rapport triage [--json] [--my-location PLACE] [FILE|-]`: what to do with incoming requests.

Each input line is `{"contact": {fields}, "note": "what they wrote", "lang": optional}`;
without "note", the contact's `incoming_note` is used. Each gets one suggestion: with
`--json` the object `{"action", "reasons", "template", "lang"}` (`template` is null when no
message is needed, else the built-in in the contact's form of address, else your default
one; `lang` is the language to answer in: the input's "lang", else the contact's
"language", else the note's, else yours), else readable text. A bad line stops the run
with its line number and status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from typing import Any

from app.checker import Checker, LexiconError
from app.commands.common import (
    CommandError,
    fail,
    input_language,
    json_lines,
    settings_or_defaults,
)
from app.commands.json_input import parse_json
from app.composing.suggestion import in_register
from app.contacts import Contact, contact_from_mapping
from app.library.templates import TemplateLibrary, load_library
from app.relationships.places import PlacesError, shipped_places
from app.relationships.triage import Suggestion, suggest

_KEYS = frozenset({"contact", "note", "lang"})
_EXAMPLE = '{"contact": {"name": "Ana Lopez", "group": "Friends"}, "note": "Hi! ..."}'


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "triage",
        help="suggest how to answer incoming connection requests, and why",
        description="Suggest an answer to each incoming request, given as JSON Lines: one "
        'object per line with "contact" (an object of fields) and "note" (what they wrote).',
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    parser.add_argument("--json", action="store_true", help="print one JSON object per request")
    parser.add_argument(
        "--my-location",
        metavar="PLACE",
        help="where you live, for coffee offers (default: the location in your settings)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_or_defaults("triage")
    if args.my_location is not None:
        settings = settings.replace(my_location=args.my_location)
    try:
        checker = Checker.load()
        places = shipped_places()
        library = load_library()
        # Read every line first: input that is not UTF-8 stops the run before any answer.
        with json_lines(args.file) as stream:
            lines = list(stream)
    except (LexiconError, PlacesError, CommandError) as exc:
        return fail("triage", str(exc))
    for number, line in lines:
        try:
            contact, note, language = parse_request(line)
        except ValueError as exc:
            return fail("triage", f"line {number}: {exc}")
        suggestion = suggest(contact, note, settings, checker, places, language)
        suggestion = _in_their_register(suggestion, contact, settings.default_register, library)
        if args.json:
            print(json.dumps(suggestion.to_json(), ensure_ascii=False))
        else:
            print(readable(number, contact, suggestion))
    return 0


def _in_their_register(
    suggestion: Suggestion, contact: Contact, default_register: str, library: TemplateLibrary
) -> Suggestion:
    """The suggestion with its template in the form of address the user uses with the
    contact, as the composer drafts it."""
    if suggestion.template is None or suggestion.template not in library:
        return suggestion
    register = contact.register or default_register
    template = in_register(library, suggestion.template, register)
    return dataclasses.replace(suggestion, template=template)


def parse_request(line: str) -> tuple[Contact, str, str | None]:
    """One input line as the contact, their note and the language to answer in (None:
    not given); ValueError says what is wrong."""
    data = parse_json(line)
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object such as {_EXAMPLE}")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ValueError(
            f'unknown key {", ".join(map(repr, unknown))}; a request has "contact", "note" '
            'and "lang".'
        )
    fields = data.get("contact")
    if not isinstance(fields, dict):
        raise ValueError('"contact" must be a JSON object of contact fields, with a "name".')
    try:
        contact = contact_from_mapping(fields)
    except ValueError as exc:
        raise ValueError(f"contact: {exc}") from None
    language = input_language(data)
    note = data.get("note")
    if note is None:
        return contact, contact.incoming_note, language
    if not isinstance(note, str):
        raise ValueError('"note" must be the text they sent, as a string.')
    return contact, note, language


def readable(number: int, contact: Contact, suggestion: Suggestion) -> str:
    lines = [f"Request {number}, from {contact.name.strip()}: {suggestion.label}"]
    lines += [f"  {reason}" for reason in suggestion.reasons]
    if suggestion.template:
        lines.append(f"  Draft the reply from the template “{suggestion.template}”.")
    return "\n".join(lines) + "\n"
