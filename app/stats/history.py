"""The sent-message history as a filtered list, read a page at a time, in the order
asked for (newest first unless the user sorts by another column).

Pages are found by keyset (the sort value and id of a neighbouring page's edge) when the
neighbour is known, so scrolling costs the same at row 90,000 as at row 90; a jump
into the middle falls back to OFFSET once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.contacts import sort_key
from app.stats.outcomes import INVITE, effective_outcome
from app.store import Outcome, Store
from app.store.rows import time_to_text, utc

# Enough of a message for a table cell and its tooltip; the rest stays in the database.
TEXT_PREVIEW = 400

_COLUMNS = (
    "SELECT id, contact_id, contact_name, template, kind, channel, substr(text, 1, "
    f"{TEXT_PREVIEW}), sent_at, outcome, score"
)
# A message's outcome as the statistics count it: an invitation pending past the window
# is no answer (see `outcomes.effective_outcome`).
_OVERDUE = f"(outcome = 'pending' AND kind = '{INVITE}' AND sent_at < :cutoff)"
# What each sortable column sorts by; never NULL, so that keyset comparisons hold.
SORT_KEYS = {
    "sent": "sent_at",
    "contact": "lower(contact_name)",
    "template": "lower(coalesce(template, ''))",
    "kind": "kind",
    "message": "lower(coalesce(text, ''))",
    "score": "coalesce(score, -1)",
    "outcome": f"(CASE WHEN {_OVERDUE} THEN 'no_answer' ELSE outcome END)",
}
Key = tuple[Any, int]


@dataclass(frozen=True)
class HistoryOrder:
    """Which column the history is sorted by (a key of SORT_KEYS), and which way."""

    column: str = "sent"
    descending: bool = True


@dataclass(frozen=True)
class HistoryFilter:
    """What the history list shows; None or "" means any. `template` "" is the messages
    sent without a template; `outcome` is the outcome as the statistics count it (a
    pending invitation past the window is no answer); `until` is exclusive."""

    contact: str = ""
    template: str | None = None
    kind: str | None = None
    outcome: Outcome | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class HistoryRow:
    """One row of the history table. Not a `SentMessage`: it holds only the start of the
    text (TEXT_PREVIEW characters, all a cell and its tooltip show), which a
    `SentMessage` must never pass off as the message; and it adds the outcome as counted
    and the row's place in the keyset order."""

    id: int
    contact_id: int | None
    contact_name: str
    template: str
    kind: str
    channel: str
    text: str
    sent_at: datetime
    # As stored, and as counted (see `outcomes.effective_outcome`).
    outcome: Outcome
    effective: Outcome
    score: int | None
    key: Key


class HistoryQuery:
    """One filtered, sorted view of the history; `cutoff` as from
    `outcomes.pending_cutoff`."""

    def __init__(
        self,
        store: Store,
        history_filter: HistoryFilter,
        cutoff: datetime,
        order: HistoryOrder = HistoryOrder(),
    ) -> None:
        self._store = store
        self._cutoff = utc(cutoff)
        self._where, self._parameters = _where(history_filter, time_to_text(self._cutoff))
        self._sort = SORT_KEYS[order.column]
        self._forward, self._backward = ("DESC", "ASC") if order.descending else ("ASC", "DESC")

    def count(self) -> int:
        [(count,)] = self._store.query(
            f"SELECT count(*) FROM messages{self._where}", self._parameters
        )
        return int(count)

    def page(self, offset: int, limit: int) -> list[HistoryRow]:
        """Rows `offset` to `offset + limit - 1` in the order asked for."""
        return self._rows("", self._forward, {"limit": limit, "offset": offset})

    def after(self, key: Key, limit: int) -> list[HistoryRow]:
        """The `limit` rows that follow the row with `key`."""
        return self._rows(self._beyond(self._forward), self._forward, _keyset(key, limit))

    def before(self, key: Key, limit: int) -> list[HistoryRow]:
        """The `limit` rows that precede the row with `key`, in order."""
        rows = self._rows(self._beyond(self._backward), self._backward, _keyset(key, limit))
        rows.reverse()
        return rows

    def _beyond(self, direction: str) -> str:
        sign = "<" if direction == "DESC" else ">"
        return f"({self._sort}, id) {sign} (:at, :id)"

    def _rows(self, condition: str, direction: str, extra: dict[str, Any]) -> list[HistoryRow]:
        where = self._where
        if condition:
            where = f"{where} AND {condition}" if where else f" WHERE {condition}"
        sql = (
            f"{_COLUMNS}, {self._sort} FROM messages{where} "
            f"ORDER BY {self._sort} {direction}, id {direction} LIMIT :limit OFFSET :offset"
        )
        rows = self._store.query(sql, {**self._parameters, **extra})
        return [self._row(row) for row in rows]

    def _row(self, row: Any) -> HistoryRow:
        id_, contact_id, name, template, kind, channel, text, sent_at, outcome, score, by = row
        sent = datetime.fromisoformat(sent_at)
        stored = Outcome(outcome)
        return HistoryRow(
            id=id_,
            contact_id=contact_id,
            contact_name=name,
            template=template,
            kind=kind,
            channel=channel,
            text=text,
            sent_at=sent,
            outcome=stored,
            effective=effective_outcome(stored, kind, sent, self._cutoff),
            score=score,
            key=(by, id_),
        )


def _keyset(key: Key, limit: int) -> dict[str, Any]:
    return {"at": key[0], "id": key[1], "limit": limit, "offset": 0}


def _where(history_filter: HistoryFilter, cutoff: str) -> tuple[str, dict[str, Any]]:
    conditions: list[str] = []
    parameters: dict[str, Any] = {"cutoff": cutoff}
    needle = history_filter.contact.strip()
    if needle:
        # Saved contacts match by their name now, ignoring case and accents ("elodie"
        # finds "Élodie"); messages to nobody saved (a contact deleted since) by the name
        # kept on them. Both halves use the index on contact_id; a LIKE over every row
        # would read the whole history.
        conditions.append(
            "(contact_id IN (SELECT id FROM contacts WHERE instr(name_key, :needle) > 0)"
            " OR (contact_id IS NULL AND contact_name LIKE :like ESCAPE '\\'))"
        )
        parameters["needle"] = sort_key(needle)
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        parameters["like"] = f"%{escaped}%"
    if history_filter.template is not None:
        conditions.append("template = :template")
        parameters["template"] = history_filter.template
    if history_filter.kind:
        conditions.append("kind = :kind")
        parameters["kind"] = history_filter.kind
    if history_filter.outcome is not None:
        conditions.append(_outcome_condition(Outcome(history_filter.outcome)))
        parameters["outcome"] = Outcome(history_filter.outcome).value
    if history_filter.since is not None:
        conditions.append("sent_at >= :since")
        parameters["since"] = time_to_text(utc(history_filter.since))
    if history_filter.until is not None:
        conditions.append("sent_at < :until")
        parameters["until"] = time_to_text(utc(history_filter.until))
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    return where, parameters


def _outcome_condition(outcome: Outcome) -> str:
    if outcome is Outcome.NO_ANSWER:
        return f"(outcome = :outcome OR {_OVERDUE})"
    if outcome is Outcome.PENDING:
        return f"(outcome = :outcome AND NOT {_OVERDUE})"
    return "outcome = :outcome"
