"""All the statistics the window and `rapport stats` show, computed in one call."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from app.settings import Settings
from app.stats.breakdowns import Breakdown, Breakdowns, compute_breakdowns
from app.stats.compare import Comparison, compare_all
from app.stats.outcomes import cutoff_text
from app.store import Store

# Hours from sending to acceptance, for the median (app/store/tallies.py keeps them).
_HOURS_TO_ACCEPT = "SELECT hours, n FROM tally_hours_to_accept WHERE n > 0"


@dataclass(frozen=True)
class Statistics(Breakdowns):
    """What became of the user's messages, as of `now`: the breakdowns and what they add up to."""

    now: datetime
    pending_days: int
    contacts: int
    # Median hours from sending an invitation to its acceptance (whole hours), and how
    # many accepted invitations with a known acceptance time it is the median of.
    median_hours_to_accept: float | None
    timed_acceptances: int
    comparisons: tuple[Comparison, ...]

    @property
    def breakdowns(self) -> tuple[Breakdown, ...]:
        return (
            self.by_note,
            self.by_template,
            self.by_kind,
            self.by_group,
            self.by_strength,
            self.by_score,
            self.by_month,
        )

    def as_json(self) -> dict[str, Any]:
        """The object `rapport stats --json` prints."""
        return {
            "contacts": self.contacts,
            "overall": self.overall.as_json(),
            "by_note": {row.key: row.tally.as_json() for row in self.by_note.rows},
            **{
                f"by_{b.name}": [{b.name: row.key, **row.tally.as_json()} for row in b.rows]
                for b in (self.by_template, self.by_kind, self.by_group, self.by_strength)
            },
        }


def compute_statistics(store: Store, settings: Settings, now: datetime) -> Statistics:
    """Statistics of everything in `store`; pending invitations older than
    `settings.pending_days` before `now` count as no answer."""
    cutoff = cutoff_text(now, settings.pending_days)
    parts = compute_breakdowns(store, cutoff)
    [(contacts,)] = store.query("SELECT count(*) FROM contacts")
    median, timed = _median_hours(store.query(_HOURS_TO_ACCEPT))
    return Statistics(
        **{part.name: getattr(parts, part.name) for part in fields(Breakdowns)},
        now=now,
        pending_days=settings.pending_days,
        contacts=int(contacts),
        median_hours_to_accept=median,
        timed_acceptances=timed,
        comparisons=compare_all(parts),
    )


def _median_hours(histogram: list[tuple[int, int]]) -> tuple[float | None, int]:
    """The median of a histogram of (hours, count), and the number it covers."""
    total = sum(count for _hours, count in histogram)
    if total == 0:
        return None, 0
    # The middle one (odd total) or the two middle ones (even), counting from 0.
    wanted = {(total - 1) // 2, total // 2}
    found: list[float] = []
    seen = 0
    for hours, count in sorted(histogram):
        found.extend(float(hours) for position in sorted(wanted) if seen <= position < seen + count)
        seen += count
    return sum(found) / len(found), total


def describe_hours(hours: float) -> str:
    """'5 hours', '1.5 days', '12 days' - how long acceptance took, for people."""
    if hours < 36:
        whole = round(hours)
        return f"{whole} hour{'s' if whole != 1 else ''}"
    days = hours / 24
    return f"{days:.1f} days" if days < 10 else f"{round(days)} days"
