"""The history broken down by template, kind, note, group, strength, score band and month.

The counts come from the tally tables that triggers keep up to date (app/store/tallies.py),
a few hundred grouped rows instead of the whole history. One thing they cannot hold is
the pending window, which moves with the clock: they count pending invitations as
pending, and the few sent within the window (read from the history through an index on
(kind, outcome, sent_at)) are the ones that stay pending; the rest count as no answer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.contacts import STRENGTH_LABELS
from app.library.templates import Kind
from app.stats.outcomes import INVITE, Tally, TallyBuilder
from app.store import Outcome, Store

TEMPLATE_FREE_LABEL = "No template (imported or typed)"
NO_GROUP_LABEL = "No group"
NO_CONTACT_LABEL = "Contact deleted or never saved"
UNSCORED_LABEL = "Unscored"
# Checker score bands: generic, middling, personal.
SCORE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("0–39", 0, 39),
    ("40–69", 40, 69),
    ("70–100", 70, 100),
)

# The tallies key a band by its lowest score, and so do these (see app/store/tallies.py,
# whose triggers hold the same bands: changing them takes a schema step).
UNSCORED = -1
_BAND_OF_SCORE = [
    next(low for _label, low, high in SCORE_BANDS if low <= score <= high) for score in range(101)
]
_BAND_LABELS = {UNSCORED: UNSCORED_LABEL, **{low: label for label, low, _high in SCORE_BANDS}}

Key = str | int | None
PENDING = Outcome.PENDING.value


@dataclass(frozen=True)
class Row:
    """One slice of a breakdown: its key as stored (the template's name, the group...),
    a label for people, and its tally."""

    key: Key
    label: str
    tally: Tally


@dataclass(frozen=True)
class Breakdown:
    """`name` is the key's name in `rapport stats --json` ("template", "group"...)."""

    name: str
    title: str
    rows: tuple[Row, ...]

    def row(self, key: Key) -> Row | None:
        return next((row for row in self.rows if row.key == key), None)


@dataclass(frozen=True)
class Breakdowns:
    overall: Tally
    by_note: Breakdown
    by_template: Breakdown
    by_kind: Breakdown
    by_group: Breakdown
    by_strength: Breakdown
    by_score: Breakdown
    by_month: Breakdown


_BY_TEMPLATE = "SELECT kind, template, outcome, band, no_note, n FROM tally_by_template WHERE n > 0"
_BY_GROUP = "SELECT saved, group_name, strength, invite, outcome, n FROM tally_by_group WHERE n > 0"
_BY_MONTH = "SELECT month, invite, outcome, n FROM tally_by_month WHERE n > 0 ORDER BY month"
# Invitations still pending that were sent within the pending window, with what the
# tallies key them by.
_STILL_PENDING = (
    "SELECT m.template, m.score, m.text = '', substr(m.sent_at, 1, 7), c.id IS NOT NULL,"
    " coalesce(c.group_name, ''), coalesce(c.strength, 0)"
    " FROM messages m LEFT JOIN contacts c ON c.id = m.contact_id"
    " WHERE m.kind = 'invite' AND m.outcome = 'pending' AND m.sent_at >= :cutoff"
)


def compute_breakdowns(store: Store, cutoff: str) -> Breakdowns:
    """Every breakdown of the history; `cutoff` as from `outcomes.cutoff_text`."""
    recent = _StillPending(store, cutoff)
    by_template, by_kind, by_score = _Folder(), _Folder(), _Folder()
    overall, without_note = TallyBuilder(), TallyBuilder()
    for kind, template, outcome, band, no_note, count in store.query(_BY_TEMPLATE):
        invitation = kind == INVITE
        old = 0
        if invitation and outcome == PENDING:
            old = count - recent.by_template[(template, band, no_note)]
        builders = [by_template[template], by_score[_BAND_LABELS[band]], overall]
        if invitation and no_note:
            builders.append(without_note)
        for builder in builders:
            builder.add_sent(count)
            if invitation:
                builder.add_outcome(outcome, count, old=old, invitation=True)
        by_kind[kind].add_sent(count)
        by_kind[kind].add_outcome(outcome, count, old=old, invitation=invitation)
    no_note = without_note.freeze()
    # .get: looking the kind up in the defaultdict would add an empty "invite" row.
    invitations = by_kind.get(INVITE, TallyBuilder()).freeze()

    by_group, by_strength = _Folder(), _Folder()
    for saved, group, strength, invite, outcome, count in store.query(_BY_GROUP):
        cell = (saved, group, strength)
        group_key, strength_key = (group, strength) if saved else (None, None)
        for builder in (by_group[group_key], by_strength[strength_key]):
            builder.add_sent(count)
            if invite:
                old = count - recent.by_group[cell] if outcome == PENDING else 0
                builder.add_outcome(outcome, count, old=old, invitation=True)

    return Breakdowns(
        overall=overall.freeze(),
        by_note=Breakdown(
            "note",
            "With or without a note",
            (
                Row("with_note", "With a note", invitations - no_note),
                Row("without_note", "Without a note", no_note),
            ),
        ),
        by_template=Breakdown(
            "template", "By template", by_template.rows(template_label, _most_sent)
        ),
        by_kind=Breakdown(
            "kind", "By kind", by_kind.rows(kind_label, _kind_order, lambda k: k == INVITE)
        ),
        by_group=Breakdown("group", "By group", by_group.rows(group_label, _group_order)),
        by_strength=Breakdown(
            "strength", "By relationship strength", by_strength.rows(strength_label, _nulls_last)
        ),
        by_score=Breakdown(
            "score", "By checker score", by_score.rows(lambda band: str(band), _band_order)
        ),
        by_month=_by_month(store, recent),
    )


class _StillPending:
    """How many invitations sent within the pending window are still pending, per cell
    of each tally table (by its key less kind and outcome)."""

    def __init__(self, store: Store, cutoff: str) -> None:
        self.by_template: Counter[tuple[str, int, int]] = Counter()
        self.by_month: Counter[str] = Counter()
        self.by_group: Counter[tuple[int, str, int]] = Counter()
        for template, score, no_note, month, saved, group, strength in store.query(
            _STILL_PENDING, {"cutoff": cutoff}
        ):
            self.by_template[(template, band_of(score), no_note)] += 1
            self.by_month[month] += 1
            self.by_group[(saved, group, strength)] += 1


def band_of(score: int | None) -> int:
    """The score's band as the tallies keep it: its lowest score, -1 when unscored."""
    return UNSCORED if score is None else _BAND_OF_SCORE[score]


def template_label(template: Key) -> str:
    return str(template) if template else TEMPLATE_FREE_LABEL


def kind_label(kind: Key) -> str:
    try:
        return Kind(str(kind)).label
    except ValueError:
        return str(kind)


def group_label(group: Key) -> str:
    if group is None:
        return NO_CONTACT_LABEL
    return str(group) or NO_GROUP_LABEL


def strength_label(strength: Key) -> str:
    if not isinstance(strength, int):
        return NO_CONTACT_LABEL
    return f"{strength} · {STRENGTH_LABELS.get(strength, '?')}"


def month_label(month: str) -> str:
    return datetime.strptime(month, "%Y-%m").strftime("%b %Y")


def _by_month(store: Store, recent: _StillPending) -> Breakdown:
    months: dict[str, TallyBuilder] = {}
    for month, invite, outcome, count in store.query(_BY_MONTH):
        builder = months.setdefault(month, TallyBuilder())
        builder.add_sent(count)
        if invite:
            old = count - recent.by_month[month] if outcome == PENDING else 0
            builder.add_outcome(outcome, count, old=old, invitation=True)
    rows = (Row(month, month_label(month), builder.freeze()) for month, builder in months.items())
    return Breakdown("month", "By month", tuple(rows))


class _Folder(defaultdict[Hashable, TallyBuilder]):
    def __init__(self) -> None:
        super().__init__(TallyBuilder)

    def rows(
        self,
        label: Callable[[Any], str],
        order: Callable[[Key, Tally], Any],
        invitations: Callable[[Any], bool] = lambda key: True,
    ) -> tuple[Row, ...]:
        tallies: Iterable[tuple[Any, Tally]] = (
            (key, builder.freeze(invitations(key))) for key, builder in self.items()
        )
        return tuple(
            Row(key, label(key), tally)
            for key, tally in sorted(tallies, key=lambda item: order(item[0], item[1]))
        )


def _most_sent(key: Key, tally: Tally) -> tuple[int, str]:
    return (-tally.sent, str(key))


def _kind_order(key: Key, tally: Tally) -> tuple[int, str]:
    kinds = [kind.value for kind in Kind]
    return (kinds.index(key) if key in kinds else len(kinds), str(key))


def _group_order(key: Key, tally: Tally) -> tuple[bool, bool, int, str]:
    # The user's groups by use; "no group", then messages to nobody saved, last.
    return (key is None, key == "", -tally.sent, str(key))


def _nulls_last(key: Key, tally: Tally) -> tuple[bool, Key]:
    return (key is None, key if key is not None else 0)


def _band_order(key: Key, tally: Tally) -> int:
    labels = [label for label, _low, _high in SCORE_BANDS] + [UNSCORED_LABEL]
    return labels.index(str(key))
