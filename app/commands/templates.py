"""`rapport templates [--json] [--lang CODE]`: list the templates the user can pick from.

Each has its language ("lang": en, de, fr, es or pt) and, in a language with a formal and
an informal "you", its "register"; `--lang` lists one language's templates only."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.commands.common import fail, warn
from app.languages import LANGUAGES, language_code
from app.library.templates import Template, load_library


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser("templates", help="list the message templates")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument(
        "--lang", metavar="CODE", help="only the templates in this language (en, de, fr, es, pt)"
    )
    parser.set_defaults(run=run)


def describe(template: Template) -> dict[str, Any]:
    return {
        "name": template.name,
        "kind": template.kind.value,
        "channel": template.channel.value,
        "description": template.description,
        "requires": list(template.requires),
        "source": template.source,
        "lang": template.language,
        "register": template.register,
    }


def run(args: argparse.Namespace) -> int:
    language = None
    if args.lang is not None:
        language = language_code(args.lang)
        if language is None:
            return fail("templates", f"--lang must be one of {', '.join(LANGUAGES)}.")
    library = load_library()
    rows = [describe(template) for template in library.by_kind(None, language)]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        width = max((len(row["name"]) for row in rows), default=0)
        for row in rows:
            mine = "  (yours)" if row["source"] == "user" else ""
            print(f"{row['name']:<{width}}  {row['kind']:<15} {row['description']}{mine}")
    for problem in library.problems:
        warn("templates", f"skipped {problem}")
    return 0
