"""The invitation history as the model reads it.

Every count comes from the tally tables that triggers keep: the totals per approach and
per segment (group and strength band) from app/store/tallies.py, the counts per approach
inside one segment, by location, from app/store/segment_tallies.py. A few hundred to a
few thousand rows, whatever the length of the history; only the invitations still
inside the pending window are read from the messages (through the index on sent_at).

Pending invitations are left out until the pending window passes, then count as not
accepted, as in the statistics (app/stats/outcomes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.learning.segments import STRENGTH_BANDS, UNKNOWN, Segment, band
from app.stats.outcomes import INVITE
from app.store import Outcome, Store


@dataclass(frozen=True, order=True)
class Approach:
    """How an invitation was sent: from which template ("" for an imported or typed
    one), and with a personalised note or none."""

    template: str
    note: bool


@dataclass
class Counts:
    """Decided invitations, those accepted (replied ones included), and the accepted
    ones that were answered."""

    decided: int = 0
    accepted: int = 0
    replied: int = 0

    def count(self, outcome: str, n: int) -> None:
        self.decided += n
        if outcome in _ACCEPTED:
            self.accepted += n
            if outcome == _REPLIED:
                self.replied += n

    def add(self, other: Counts) -> None:
        self.decided += other.decided
        self.accepted += other.accepted
        self.replied += other.replied


# A segment without its same-area split, as the tallies know it: (group, band).
Group = tuple[str, str]


@dataclass
class History:
    """`approaches`: every invitation by approach; `groups`: by (group, band); `cells`:
    those to people in `segment`, by approach (empty when no segment was asked for)."""

    approaches: dict[Approach, Counts] = field(default_factory=dict)
    groups: dict[Group, Counts] = field(default_factory=dict)
    segment: Segment | None = None
    cells: dict[Approach, Counts] = field(default_factory=dict)
    pending: int = 0


_ACCEPTED = frozenset({Outcome.ACCEPTED.value, Outcome.REPLIED.value})
_REPLIED = Outcome.REPLIED.value
_PENDING = Outcome.PENDING.value

_BY_APPROACH = (
    "SELECT template, NOT no_note, outcome, sum(n) FROM tally_by_template"
    f" WHERE kind = '{INVITE}' AND n > 0 GROUP BY 1, 2, 3"
)
_BY_GROUP = (
    "SELECT saved, group_name, strength, outcome, n FROM tally_by_group WHERE invite AND n > 0"
)
# The few invitations still inside the pending window, keyed as the tallies key them.
_RECENT = (
    "SELECT m.template, m.text <> '', c.id IS NOT NULL, coalesce(c.group_name, ''),"
    " c.strength, c.location FROM messages m LEFT JOIN contacts c ON c.id = m.contact_id"
    f" WHERE m.kind = '{INVITE}' AND m.outcome = '{_PENDING}' AND m.sent_at >= :cutoff"
)
_IN_SEGMENT = (
    "SELECT location, template, NOT no_note, outcome, sum(n) FROM tally_by_segment"
    " WHERE group_name = :group AND band = :band AND n > 0 GROUP BY 1, 2, 3, 4"
)
# One recent pending invitation: (template, note, saved, group, strength, location).
_Recent = tuple[str, int, int, str, int | None, str | None]


def read_history(
    store: Store,
    cutoff: str,
    segment: Segment | None = None,
    is_local: Callable[[str], bool] = lambda _location: False,
) -> History:
    """The invitations in `store`; `cutoff` as from `app.stats.outcomes.cutoff_text`.
    With a `segment`, also the counts inside it, where `is_local` tells whether a
    contact's location is in the user's area."""
    history = History(segment=segment)
    recent_by_approach: dict[Approach, int] = {}
    recent_by_group: dict[Group, int] = {}
    recent: list[_Recent] = store.query(_RECENT, {"cutoff": cutoff})
    for template, note, saved, group, strength, _location in recent:
        approach = Approach(template, bool(note))
        recent_by_approach[approach] = recent_by_approach.get(approach, 0) + 1
        key = (group, band(strength)) if saved else ("", UNKNOWN)
        recent_by_group[key] = recent_by_group.get(key, 0) + 1
    history.pending = sum(recent_by_approach.values())

    for template, note, outcome, n in store.query(_BY_APPROACH):
        approach = Approach(template, bool(note))
        if outcome == _PENDING:
            n -= recent_by_approach.get(approach, 0)
        history.approaches.setdefault(approach, Counts()).count(outcome, n)
    for saved, group, strength, outcome, n in store.query(_BY_GROUP):
        key = (group, band(strength)) if saved else ("", UNKNOWN)
        if outcome == _PENDING:
            # Subtracted once per group, from the first strength row that holds them.
            taken = min(n, recent_by_group.get(key, 0))
            recent_by_group[key] = recent_by_group.get(key, 0) - taken
            n -= taken
        history.groups.setdefault(key, Counts()).count(outcome, n)

    if segment is not None and segment.band in STRENGTH_BANDS:
        _read_segment(store, recent, segment, is_local, history)
    return history


def _read_segment(
    store: Store,
    recent: list[_Recent],
    segment: Segment,
    is_local: Callable[[str], bool],
    history: History,
) -> None:
    local: dict[str, bool] = {}

    def here(location: str) -> bool:
        near = local.get(location)
        if near is None:
            near = local[location] = bool(location.strip()) and is_local(location)
        return near == segment.local

    # Pending invitations still inside the window, by approach, to leave out.
    waiting: dict[Approach, int] = {}
    for template, note, saved, group, strength, location in recent:
        in_segment = saved and group == segment.group and band(strength) == segment.band
        if in_segment and here(location or ""):
            approach = Approach(template, bool(note))
            waiting[approach] = waiting.get(approach, 0) + 1
    low, _high = STRENGTH_BANDS[segment.band]
    parameters = {"group": segment.group, "band": low}
    for location, template, note, outcome, n in store.query(_IN_SEGMENT, parameters):
        if not here(location):
            continue
        approach = Approach(template, bool(note))
        if outcome == _PENDING:
            taken = min(n, waiting.get(approach, 0))
            waiting[approach] = waiting.get(approach, 0) - taken
            n -= taken
        history.cells.setdefault(approach, Counts()).count(outcome, n)
