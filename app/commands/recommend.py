"""`rapport recommend [--json] --contact FILE_OR_JSON [--explore]`: which invitation to
send this person, from the user's own history, and whether a note is worth spending.

With --json, one object: {"approaches": [...], "winner": template or null,
"note_advice": {...}, ...}, the approaches best first, each {"template", "kind", "note",
"sent", "accepted", "accept_mean", "accept_ci95", "reply_mean", "p_best"}.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import datetime
from typing import Any

from app import paths
from app.commands.common import CommandError, fail, read_json_object, settings_or_defaults
from app.contacts import contact_from_mapping
from app.learning import Recommendation, recommend_for
from app.learning.explore import explore
from app.learning.text import approach_lines
from app.library.templates import load_library
from app.relationships.places import PlacesError
from app.store import Store, StoreError


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "recommend",
        help="rank invitation templates for a contact from your own history",
        description=(
            "Rank the invitation templates for a contact by expected acceptance, from your "
            "history pooled across similar people, with 95%% intervals and the chance each "
            "is the best; a winner is named only at 0.95 or more."
        ),
    )
    parser.add_argument(
        "--contact", required=True, metavar="FILE_OR_JSON", help="a JSON object of contact fields"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--explore",
        action="store_true",
        help="also pick one by Thompson sampling, which tries under-tested templates",
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed the --explore draw (for repeatable runs)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        contact = contact_from_mapping(read_json_object(args.contact, "contact"))
    except (CommandError, ValueError, KeyError, TypeError) as exc:
        return fail("recommend", str(exc).strip("'\""))
    settings = settings_or_defaults("recommend")
    library = load_library()
    try:
        with Store.open(paths.database_path()) as store:
            result = recommend_for(store, settings, library, contact, datetime.now().astimezone())
    except (StoreError, PlacesError) as exc:
        return fail("recommend", str(exc))
    picked = explore(result, random.Random(args.seed)) if args.explore else None
    if args.json:
        output = result.as_json()
        if args.explore:
            output["explore"] = picked.approach.template if picked else None
        print(json.dumps(output, indent=2, ensure_ascii=False))
    else:
        print("\n".join(_lines(result, picked.approach.template if picked else None)))
    return 0


def _lines(result: Recommendation, explored: str | None) -> list[str]:
    lines = [f"For {result.segment}:", *approach_lines(result)]
    if explored is not None:
        lines.append(f"Exploring: send {explored} this time.")
    lines.append(result.note_advice.sentence())
    return lines
