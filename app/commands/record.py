"""`rapport record --contact NAME_OR_ID --template NAME [--channel C] [--sent-at ISO] [FILE|-]`:
record a message sent outside the window, read from the file or standard input; prints the
new message's id (for `rapport outcome`). Bad input: one line, status 2, nothing written."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import paths
from app.channels import Channel
from app.checker import Checker, LexiconError
from app.commands.common import fail, row_id, settings_or_defaults
from app.contacts import Contact
from app.library.templates import load_library
from app.sentences import QT_TRANSLATE_NOOP, Count
from app.store import Store, StoreError

# Far longer than any message a network allows; past it the input is not a message.
MAX_TEXT = 100_000


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "record",
        help="record a message you sent (its text on standard input or in FILE)",
        description="Record a sent message and print its id, for `rapport outcome`.",
    )
    parser.add_argument("--contact", required=True, metavar="NAME_OR_ID")
    parser.add_argument("--template", required=True, metavar="NAME")
    parser.add_argument("--channel", choices=[channel.value for channel in Channel])
    parser.add_argument("--sent-at", metavar="ISO", help="when it was sent (default: now)")
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    library = load_library()
    if args.template not in library:
        return fail("record", f"no template named '{args.template}'.")
    template = library.get(args.template)
    try:
        sent_at = _when(args.sent_at)
        text = _read_text(args.file)
        checker = Checker.load()
    except (ValueError, LexiconError) as exc:
        return fail("record", str(exc))
    channel = Channel(args.channel) if args.channel else template.channel
    settings = settings_or_defaults("record")
    try:
        with Store.open(paths.database_path()) as store:
            contact = find_contact(store, args.contact)
            report = checker.check(
                text,
                kind=template.kind.value,
                channel=channel,
                contact=contact,
                note_limit=settings.note_limit,
            )
            message = store.record_message(
                contact,
                template=template.name,
                kind=template.kind.value,
                channel=channel.value,
                text=text,
                sent_at=sent_at,
                score=report.score,
            )
    except StoreError as exc:
        return fail("record", str(exc))
    print(message.id)
    return 0


def find_contact(store: Store, name_or_id: str) -> Contact:
    """The contact with this id, or the one contact with exactly this name (any case)."""
    wanted = name_or_id.strip()
    if wanted.isdigit():
        contact_id = row_id(wanted)
        if contact_id is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "No contact has the id '{id}'.")(id=wanted)
            )
        return store.get_contact(contact_id)
    same = [c for c in store.contacts(wanted) if c.name.strip().casefold() == wanted.casefold()]
    if not same:
        raise StoreError(
            QT_TRANSLATE_NOOP("StoreError", "No contact is named '{name}'.")(name=wanted)
        )
    if len(same) > 1:
        ids = ", ".join(str(c.id) for c in same)
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "StoreError", "{count} contacts are named '{name}' (ids {ids}): give the id."
            )(count=Count(len(same)), name=wanted, ids=ids)
        )
    return same[0]


def _when(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text)
        # A time without a zone is local; either is kept in UTC, which the first and
        # last days Python knows may not reach in some zones.
        return (when if when.tzinfo else when.astimezone()).astimezone(UTC)
    except ValueError:
        raise ValueError(f"--sent-at: '{text}' is not an ISO date and time.") from None
    except OverflowError:
        raise ValueError(f"--sent-at: '{text}' is out of range.") from None


def _read_text(name: str) -> str:
    try:
        if name == "-":
            raw = sys.stdin.buffer.read(MAX_TEXT * 4 + 1)
        else:
            with Path(name).open("rb") as handle:
                raw = handle.read(MAX_TEXT * 4 + 1)
    except OSError as exc:
        raise ValueError(f"{name}: cannot be read ({exc.strerror or exc}).") from None
    try:
        text = raw.decode("utf-8-sig").strip()
    except UnicodeDecodeError:
        raise ValueError(f"{name}: the message is not UTF-8 text.") from None
    if len(text) > MAX_TEXT:
        raise ValueError(f"the message is longer than {MAX_TEXT:,} characters.")
    if not text:
        raise ValueError("the message is empty: give its text on standard input or in a file.")
    return text
