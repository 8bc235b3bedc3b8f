"""`rapport stats [--json]`: what became of the messages sent, with honest rates."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from app import paths
from app.commands.common import fail, settings_or_defaults
from app.stats import Breakdown, Rate, Statistics, Tally, compute_statistics
from app.stats.report import describe_hours
from app.stats.wilson import percent
from app.store import Store, StoreError

_COLUMNS = ("Sent", "Decided", "Accepted", "95% interval", "Replied", "95% interval", "Pending")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="acceptance and reply rates, by template, kind, note, group and strength",
        description=(
            "Acceptance rate = accepted (replied ones included) out of decided invitations; "
            "reply rate = replied out of accepted. 'sent' counts every message sent; the "
            "outcomes count invitations (in by_kind, each kind's own messages). An invitation "
            "pending longer than the pending window counts as no answer."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_or_defaults("stats")
    try:
        with Store.open(paths.database_path()) as store:
            statistics = compute_statistics(store, settings, datetime.now(UTC))
    except StoreError as exc:
        return fail("stats", str(exc))
    if args.json:
        print(json.dumps(statistics.as_json(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(report_lines(statistics)))
    return 0


def report_lines(statistics: Statistics) -> list[str]:
    """The statistics as text for a terminal."""
    overall = statistics.overall
    lines = [
        f"{statistics.contacts:,} contacts, {overall.sent:,} messages sent. Invitations "
        f"pending over {statistics.pending_days} days count as no answer.",
        "",
        f"Acceptance rate: {_rate(overall.acceptance, 'decided invitations')}",
        f"Reply rate:      {_rate(overall.reply, 'accepted invitations')}",
        f"Still pending:   {overall.pending:,}",
    ]
    if statistics.median_hours_to_accept is not None:
        lines.append(
            f"Median time to acceptance: {describe_hours(statistics.median_hours_to_accept)}"
            f" (of {statistics.timed_acceptances:,} accepted invitations)"
        )
    for breakdown in statistics.breakdowns:
        if breakdown.rows:
            lines += ["", *_table(breakdown)]
    if statistics.comparisons:
        lines += ["", "What the differences mean:"]
        lines += [f"- {comparison.sentence}" for comparison in statistics.comparisons]
    return lines


def _rate(rate: Rate, of: str) -> str:
    """'56% (24,913 of 44,120 decided invitations; 95% interval 56–57%)'."""
    if rate.value is None:
        return f"none yet (no {of})"
    return (
        f"{percent(rate.value)} ({rate.successes:,} of {rate.trials:,} {of}; "
        f"95% interval {_interval(rate)})"
    )


def _table(breakdown: Breakdown) -> list[str]:
    rows = [(row.label, _cells(row.tally)) for row in breakdown.rows]
    width = max(len(breakdown.title), *(len(label) for label, _ in rows))
    header = f"{breakdown.title:<{width}}" + "".join(f"{c:>14}" for c in _COLUMNS)
    return [header] + [
        f"{label:<{width}}" + "".join(f"{c:>14}" for c in cells) for label, cells in rows
    ]


def _cells(tally: Tally) -> list[str]:
    acceptance, reply = tally.acceptance, tally.reply
    return [
        f"{tally.sent:,}",
        f"{tally.decided:,}",
        _share(acceptance),
        _interval(acceptance),
        _share(reply),
        _interval(reply),
        f"{tally.pending:,}",
    ]


def _share(rate: Rate) -> str:
    return "–" if rate.value is None else f"{rate.successes:,} ({percent(rate.value)})"


def _interval(rate: Rate) -> str:
    interval = rate.interval
    if interval is None:
        return "–"
    return f"{percent(interval[0], sign=False)}–{percent(interval[1])}"
