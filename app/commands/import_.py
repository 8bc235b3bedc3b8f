"""`rapport import linkedin|vcard|csv PATH [--map FIELD=COLUMN,...] [--json]`.

Imports into the user's database and prints what changed; `--json` prints the summary
as one JSON object for scripts. A file that cannot be imported is reported in one line
(file, line, problem) with status 2, and nothing is saved.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from app import paths
from app.commands.common import fail
from app.importers import (
    ImportFileError,
    ImportSummary,
    SkippedRow,
    csv_headers,
    import_csv,
    import_linkedin,
    import_vcard,
    mapping_problems,
    parse_mapping,
    propose_mapping,
)
from app.store import Store, StoreError
from app.store.export_history import ExportNews

# Line numbers listed per kind of skipped row before "and N more".
_LINES_SHOWN = 5


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import contacts and history from LinkedIn's export, vCard or CSV",
        description="Import into Rapport's database. Importing the same file again "
        "changes nothing; a file that cannot be read changes nothing either.",
    )
    sources = parser.add_subparsers(dest="source", metavar="SOURCE", required=True)
    linkedin = sources.add_parser(
        "linkedin", help="LinkedIn's data export: the .zip it sends, or the unzipped folder"
    )
    linkedin.add_argument("path", metavar="DIR_OR_ZIP")
    vcard = sources.add_parser("vcard", help="a .vcf file from Google or Apple Contacts")
    vcard.add_argument("path", metavar="FILE")
    table = sources.add_parser("csv", help="a CSV file, with the columns mapped to fields")
    table.add_argument("path", metavar="FILE")
    table.add_argument(
        "--map",
        metavar="FIELD=COLUMN,...",
        help="which column fills which contact field, e.g. "
        "first_name=First,last_name=Last,email=E-mail (default: guessed from the headers)",
    )
    for sub in (linkedin, vcard, table):
        sub.add_argument("--json", action="store_true", help="print the summary as JSON")
        sub.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    extra: dict[str, Any] = {}
    try:
        mapping = _mapping(args, path) if args.source == "csv" else {}
        store = Store.open(paths.database_path())
    except (ImportFileError, StoreError) as exc:
        return fail("import", str(exc))
    except ValueError as exc:
        return fail("import", f"--map: {exc}")
    progress = _ProgressLine() if sys.stderr.isatty() and not args.json else None
    try:
        with store:
            if args.source == "linkedin":
                summary = import_linkedin(store, path, progress=progress)
            elif args.source == "vcard":
                summary = import_vcard(store, path, progress=progress)
            else:
                summary = import_csv(store, path, mapping, progress=progress)
                extra["mapping"] = mapping
    except (ImportFileError, StoreError) as exc:
        return fail("import", str(exc))
    finally:
        if progress is not None:
            progress.clear()
    if args.json:
        print(json.dumps({**summary.to_json(), **extra}, ensure_ascii=False))
    else:
        print(readable(summary, extra.get("mapping")))
    return 0


def _mapping(args: argparse.Namespace, path: Path) -> dict[str, str]:
    """The --map given, or the one the headers suggest; checked against the file."""
    headers = csv_headers(path)
    mapping = parse_mapping(args.map) if args.map is not None else propose_mapping(headers)
    problems = mapping_problems(mapping, headers)
    if problems:
        hint = "" if args.map is not None else " Say which column is which with --map."
        raise ImportFileError(str(path), " ".join(problems) + hint)
    return mapping


def readable(summary: ImportSummary, mapping: dict[str, str] | None = None) -> str:
    """The summary as a few lines for a person."""
    lines = [f"Imported {summary.source}"]
    if mapping:
        used = ", ".join(f"{field} ← {column}" for field, column in mapping.items())
        lines.append(f"  Columns: {used}")
    lines.append(
        f"  Contacts: {summary.contacts_added:,} added, {summary.contacts_updated:,} "
        f"filled in, {summary.contacts_unchanged:,} already there"
    )
    if summary.invitations_added or summary.accepted_total:
        lines.append(
            f"  Invitations you sent: {summary.invitations_added:,} added; in the export "
            f"{summary.accepted_total:,} were accepted, {summary.invitations_replied:,} of them"
            " then answered with a message"
        )
    if summary.requests_added or summary.requests_accepted:
        lines.append(
            f"  Requests you received: {summary.requests_added:,} added;"
            f" {summary.requests_accepted:,} you accepted already (closed in the Inbox)"
        )
    if summary.messages_read:
        lines.append(
            f"  Messages read: {summary.messages_read:,}, to tell who answered"
            f" ({summary.messages_without_sender:,} name no sender)"
        )
    if summary.outcomes_updated:
        lines.append(f"  Outcomes brought up to date: {summary.outcomes_updated:,}")
    if summary.export is not None and summary.export.previous_on is not None:
        lines.extend(_news(summary.export))
    if summary.skipped:
        count = len(summary.skipped)
        lines.append(f"  Left out: {count:,} row{'' if count == 1 else 's'}")
        lines.extend(_grouped(summary.skipped))
    if summary.namesakes:
        count = len(summary.namesakes)
        lines.append(f"  Imported, but sharing a name with someone: {count:,}")
        lines.extend(_grouped(summary.namesakes))
    return "\n".join(lines)


def _news(news: ExportNews) -> list[str]:
    """What the export shows against the one before it, with the first few names."""
    lines = [
        f"  Since your export of {news.previous_on}: {len(news.changed):,} changed jobs,"
        f" {len(news.new):,} new, {len(news.gone):,} no longer there"
    ]
    for change in news.changed[:_LINES_SHOWN]:
        old = _job(change.old_company, change.old_title)
        lines.append(f"    {change.name}: {old} → {_job(change.new_company, change.new_title)}")
    if len(news.changed) > _LINES_SHOWN:
        lines.append(f"    and {len(news.changed) - _LINES_SHOWN:,} more")
    for label, people in (("New", news.new), ("No longer there", news.gone)):
        if people:
            names = ", ".join(person.name for person in people[:_LINES_SHOWN])
            more = f" and {len(people) - _LINES_SHOWN:,} more" if len(people) > _LINES_SHOWN else ""
            lines.append(f"    {label}: {names}{more}")
    return lines


def _job(company: str, title: str) -> str:
    return " at ".join(part for part in (title, company) if part) or "no position given"


def _grouped(rows: tuple[SkippedRow, ...]) -> list[str]:
    """One line per file and reason, with the first few line numbers."""
    grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row in rows:
        grouped[(row.file, str(row.reason))].append(row.line)
    lines = []
    for (file, reason), numbers in grouped.items():
        shown = ", ".join(str(n) for n in numbers[:_LINES_SHOWN])
        more = f" and {len(numbers) - _LINES_SHOWN:,} more" if len(numbers) > _LINES_SHOWN else ""
        label = "line" if len(numbers) == 1 else "lines"
        lines.append(f"    {file}, {label} {shown}{more}: {reason}")
    return lines


class _ProgressLine:
    """A percentage on standard error while a long import runs in a terminal."""

    def __init__(self) -> None:
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent != self._shown:
            self._shown = percent
            print(f"\rImporting… {percent}%", end="", file=sys.stderr, flush=True)

    def clear(self) -> None:
        if self._shown >= 0:
            print("\r" + " " * 20 + "\r", end="", file=sys.stderr, flush=True)
