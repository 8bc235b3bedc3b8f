"""Network review: connections the user may no longer know, and what the network is made of.

Deliberate networkers prune or reconnect on purpose. A connection is worth a second look
when the user marked them "never met", never wrote to them or answered a request of
theirs in Rapport, and connected long ago: nothing here says they know each other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum

from app.contacts import STRENGTH_LABELS
from app.store import Store

# A year: long enough that a connection nobody followed up on has gone cold.
STALE_AFTER_DAYS = 365
NEVER_MET = 5
# The summary lists this many companies and locations; the rest are counted as "others".
TOP = 10


@dataclass(frozen=True)
class StaleConnection:
    contact_id: int
    name: str
    company: str
    title: str
    since: date
    days: int


class Bucket(Enum):
    """The summary lines the core names itself, for the window to word: contacts in no
    group, and the companies or places past the top ten."""

    NO_GROUP = "no group"
    OTHERS = "others"


@dataclass(frozen=True)
class Share:
    """One line of a summary: what it counts, how many contacts, and their share of all.

    `label` is a group, company or place as the user wrote it, a strength (1 close to 5
    never met) in the by-strength summary, or a `Bucket`."""

    label: str | int | Bucket
    count: int
    fraction: float


@dataclass(frozen=True)
class NetworkSummary:
    total: int
    by_group: list[Share]
    by_strength: list[Share]
    by_company: list[Share]
    by_location: list[Share]


def stale_connections(
    store: Store, now: datetime, older_than_days: int = STALE_AFTER_DAYS
) -> list[StaleConnection]:
    """Never-met contacts, never contacted, connected (or added) at least that long ago;
    oldest first."""
    rows = store.query(
        "SELECT c.id, c.name, c.company, c.title, c.connected_on, c.created_at FROM contacts c"
        " WHERE c.strength = ?"
        " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.contact_id = c.id)"
        " AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.contact_id = c.id"
        "                 AND r.action IS NOT NULL)",
        (NEVER_MET,),
    )
    today = now.astimezone(UTC).date()
    found: list[StaleConnection] = []
    for id_, name, company, title, connected_on, created_at in rows:
        since = _since(connected_on, created_at)
        days = (today - since).days
        if days >= older_than_days:
            found.append(StaleConnection(id_, name, company, title, since, days))
    found.sort(key=lambda stale: (stale.since, stale.name))
    return found


def network_summary(store: Store) -> NetworkSummary:
    rows = store.query("SELECT group_name, strength, company, location FROM contacts")
    total = len(rows)
    groups = Counter[str | Bucket](group.strip() or Bucket.NO_GROUP for group, _, _, _ in rows)
    strengths = Counter(strength for _, strength, _, _ in rows)
    companies = Counter(_label(company) for _, _, company, _ in rows if company.strip())
    locations = Counter(_label(location) for _, _, _, location in rows if location.strip())
    return NetworkSummary(
        total=total,
        by_group=_shares(groups.most_common(), total),
        by_strength=_shares(
            ((s, strengths[s]) for s in sorted(STRENGTH_LABELS) if strengths[s]), total
        ),
        by_company=_top(companies, total),
        by_location=_top(locations, total),
    )


def _since(connected_on: str, created_at: str) -> date:
    if connected_on:
        try:
            return date.fromisoformat(connected_on)
        except ValueError:
            pass  # an import kept text it could not read as a date; fall back
    return datetime.fromisoformat(created_at).date()


def _label(text: str) -> str:
    """One spelling per company or place: "acme inc " and "Acme Inc" count together."""
    return " ".join(text.split())


def _top(counter: Counter[str], total: int) -> list[Share]:
    """The most common labels, merging case variants, and the rest as `Bucket.OTHERS`."""
    merged: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for label, count in counter.most_common():
        key = label.casefold()
        spelling.setdefault(key, label)
        merged[spelling[key]] += count
    top: list[tuple[str | Bucket, int]] = [*merged.most_common(TOP)]
    rest = sum(merged.values()) - sum(count for _, count in top)
    if rest:
        top.append((Bucket.OTHERS, rest))
    return _shares(top, total)


def _shares(counts: Iterable[tuple[str | int | Bucket, int]], total: int) -> list[Share]:
    return [Share(label, count, count / total if total else 0.0) for label, count in counts]
