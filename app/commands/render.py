"""`rapport render --template NAME_OR_PATH --contact FILE_OR_JSON`: print a message."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.commands.common import CommandError, fail, read_json_object, settings_or_defaults
from app.contacts import contact_from_mapping
from app.library.render import render
from app.library.templates import (
    TEMPLATE_SUFFIX,
    Template,
    TemplateFormatError,
    load_library,
    read_template,
)
from app.rendering.renderer import MissingFields, RenderError


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("render", help="print a message rendered for a contact")
    parser.add_argument("--template", required=True, metavar="NAME_OR_PATH")
    parser.add_argument(
        "--contact", required=True, metavar="FILE_OR_JSON", help="a JSON object of contact fields"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a detail for this message (repeatable), e.g. --set intro_name='Bo Chen'",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        template = find_template(args.template)
        contact = contact_from_mapping(read_json_object(args.contact, "contact"))
        extras = parse_details(args.set)
    except (CommandError, TemplateFormatError, ValueError, KeyError) as exc:
        return fail("render", str(exc).strip("'\""))
    settings = settings_or_defaults("render")
    try:
        text = render(
            template,
            contact,
            extras=extras,
            my_name=settings.my_name,
            my_location=settings.my_location,
        )
    except MissingFields as exc:
        return fail("render", f"{template.location}: {exc.message}")
    except RenderError as exc:
        line = f":{template.file_line(exc.line)}" if exc.line else ""
        return fail("render", f"{template.location}{line}: {exc.message}")
    print(text)
    return 0


def find_template(name_or_path: str) -> Template:
    """A template file when the argument names one, else a template of the library."""
    path = Path(name_or_path)
    if path.suffix == TEMPLATE_SUFFIX or (path.exists() and not path.is_dir()):
        if not path.exists():
            raise CommandError(f"{name_or_path}: no such template file.")
        return read_template(path)  # only a regular file, of a template's size
    return load_library().get(name_or_path)


def parse_details(pairs: list[str]) -> dict[str, str]:
    details: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip().isidentifier():
            raise CommandError(f"--set expects FIELD=VALUE, got '{pair}'.")
        details[key.strip()] = value
    return details
