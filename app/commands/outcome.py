"""`rapport outcome ID accepted|declined|replied|no_answer`: what became of a sent message."""

from __future__ import annotations

import argparse
from typing import Any

from app import paths
from app.commands.common import fail, row_id
from app.store import Outcome, Store, StoreError

CHOICES = tuple(outcome.value for outcome in Outcome if outcome is not Outcome.PENDING)


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "outcome", help="set what became of a recorded message (its id from `rapport record`)"
    )
    parser.add_argument("id", metavar="ID")
    parser.add_argument("outcome", choices=CHOICES)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    message_id = row_id(args.id)
    if message_id is None:
        return fail("outcome", f"'{args.id}' is not a message id (a number from `rapport record`).")
    try:
        with Store.open(paths.database_path()) as store:
            message = store.set_outcome(message_id, Outcome(args.outcome))
    except StoreError as exc:
        return fail("outcome", str(exc))
    print(f"{message.id} {message.outcome.value}")
    return 0
