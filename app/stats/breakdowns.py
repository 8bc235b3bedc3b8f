"""The history broken down by template, kind, note, group, strength, score band and month.

Each breakdown is aggregated in SQL by a few grouped queries, each written to be
answered from one index read in order (the index is named with each query), so SQLite
walks an index instead of sorting 100,000 rows; Python only folds the few thousand
grouped rows that come back. One GROUP BY over every dimension at once would return
about as many groups as there are rows, and sorting those is what costs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.contacts import STRENGTH_LABELS
from app.stats.outcomes import INVITE, Tally, TallyBuilder
from app.store import Store
from app.store.rows import time_to_text
from app.template_library import Kind

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

_BAND_OF_SCORE = [
    next(label for label, low, high in SCORE_BANDS if low <= score <= high) for score in range(101)
]

Key = str | int | None


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


# Template, kind and score band in one pass, in the order of an index on
# (kind, template, outcome, score, sent_at).
_BY_TEMPLATE = (
    "SELECT kind, template, outcome, score, count(*), sum(sent_at < :cutoff)"
    " FROM messages GROUP BY kind, template, outcome, score"
)
# Invitations without a note (a partial index on (kind, outcome, sent_at) WHERE
# text = '' holds just these); with a note is all invitations less these.
_WITHOUT_NOTE = (
    "SELECT outcome, count(*), sum(sent_at < :cutoff) FROM messages"
    " WHERE kind = 'invite' AND text = '' GROUP BY outcome"
)
# Group and strength belong to the contact: count per contact first (in the order of
# an index on (kind, contact_id, outcome, sent_at), and of messages_by_contact for
# all kinds), then join the contacts, so one row per contact and outcome reaches the join.
_INVITES_BY_CONTACT_GROUP = (
    "SELECT c.group_name, c.strength, p.outcome, sum(p.n), sum(p.old) FROM"
    " (SELECT contact_id, outcome, count(*) AS n, sum(sent_at < :cutoff) AS old"
    "  FROM messages WHERE kind = 'invite' GROUP BY contact_id, outcome) AS p"
    " LEFT JOIN contacts c ON c.id = p.contact_id GROUP BY 1, 2, 3"
)
_SENT_BY_CONTACT_GROUP = (
    "SELECT c.group_name, c.strength, sum(p.n) FROM"
    " (SELECT contact_id, count(*) AS n FROM messages GROUP BY contact_id) AS p"
    " LEFT JOIN contacts c ON c.id = p.contact_id GROUP BY 1, 2"
)
# Months as time ranges, each counted through an index on (kind, outcome, sent_at): a
# GROUP BY on substr(sent_at, 1, 7) would sort every row. Pending invitations are split
# at the cutoff into no answer (before) and pending (after).
_COUNT = "(SELECT count(*) FROM messages WHERE {where} AND sent_at >= s.start AND sent_at < {stop})"
_BY_MONTH = (
    "WITH s(month, start, stop) AS (SELECT json_extract(value, '$[0]'),"
    " json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(:months))"
    " SELECT s.month, "
    + ", ".join(
        (
            _COUNT.format(where="1", stop="s.stop"),
            *(
                _COUNT.format(where=f"kind = 'invite' AND outcome = '{o}'", stop="s.stop")
                for o in ("accepted", "declined", "replied", "no_answer")
            ),
            _COUNT.format(
                where="kind = 'invite' AND outcome = 'pending'", stop="min(s.stop, :cutoff)"
            ),
            "(SELECT count(*) FROM messages WHERE kind = 'invite' AND outcome = 'pending'"
            " AND sent_at >= max(s.start, :cutoff) AND sent_at < s.stop)",
        )
    )
    + " FROM s"
)


def compute_breakdowns(store: Store, cutoff: str) -> Breakdowns:
    """Every breakdown of the history; `cutoff` as from `outcomes.cutoff_text`."""
    by_template = _Folder()
    by_kind = _Folder()
    by_score = _Folder()
    overall = TallyBuilder()
    # Scores come back one by one (0 to 100): sum them into bands before the builders.
    cells: dict[tuple[str, str, str, str], list[int]] = {}
    for kind, template, outcome, score, count, old in store.query(_BY_TEMPLATE, {"cutoff": cutoff}):
        key = (kind, template, score_band(score), outcome)
        cell = cells.setdefault(key, [0, 0])
        cell[0] += count
        cell[1] += old
    for (kind, template, band, outcome), (count, old) in cells.items():
        invitation = kind == INVITE
        for builder in (by_template[template], by_score[band], overall):
            builder.add_sent(count)
            if invitation:
                builder.add_outcome(outcome, count, old=old, invitation=True)
        by_kind[kind].add_sent(count)
        by_kind[kind].add_outcome(outcome, count, old=old, invitation=invitation)

    without_note = TallyBuilder()
    for outcome, count, old in store.query(_WITHOUT_NOTE, {"cutoff": cutoff}):
        without_note.add_sent(count)
        without_note.add_outcome(outcome, count, old=old, invitation=True)
    no_note = without_note.freeze()
    # .get: looking the kind up in the defaultdict would add an empty "invite" row.
    invitations = by_kind.get(INVITE, TallyBuilder()).freeze()

    by_group, by_strength = _Folder(), _Folder()
    for group, strength, count in store.query(_SENT_BY_CONTACT_GROUP):
        by_group[group].add_sent(count)
        by_strength[strength].add_sent(count)
    for group, strength, outcome, count, old in store.query(
        _INVITES_BY_CONTACT_GROUP, {"cutoff": cutoff}
    ):
        by_group[group].add_outcome(outcome, count, old=old, invitation=True)
        by_strength[strength].add_outcome(outcome, count, old=old, invitation=True)

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
        by_month=_by_month(store, cutoff),
    )


def score_band(score: int | None) -> str:
    return UNSCORED_LABEL if score is None else _BAND_OF_SCORE[score]


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


def _by_month(store: Store, cutoff: str) -> Breakdown:
    # Two subqueries: SQLite reads a lone min() or max() straight off the index, but
    # not both in one SELECT.
    [(first, last)] = store.query(
        "SELECT (SELECT min(sent_at) FROM messages), (SELECT max(sent_at) FROM messages)"
    )
    if first is None:
        return Breakdown("month", "By month", ())
    spans = _month_spans(first, last)
    rows = store.query(_BY_MONTH, {"months": spans, "cutoff": cutoff})
    found = []
    for month, sent, accepted, declined, replied, no_answer, old, pending in rows:
        if sent:
            tally = Tally(sent, accepted, declined, replied, no_answer + old, pending)
            found.append(Row(month, month_label(month), tally))
    return Breakdown("month", "By month", tuple(found))


def _month_spans(first: str, last: str) -> str:
    """The calendar months (UTC) from `first` to `last`, as a JSON list of
    [month, start, stop] in the stored time shape."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    spans = []
    while (year, month) <= end:
        following = (year + month // 12, month % 12 + 1)
        start = time_to_text(datetime(year, month, 1, tzinfo=UTC))
        stop = time_to_text(datetime(*following, 1, tzinfo=UTC))
        spans.append(f'["{year:04d}-{month:02d}", "{start}", "{stop}"]')
        year, month = following
    return f"[{', '.join(spans)}]"


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
