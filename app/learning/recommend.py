"""Recommendations for one contact: the approaches that fit, ranked by expected
acceptance, each with its counts, 95% interval and chance of being the best; a winner
only when that chance reaches 0.95; and, otherwise, about how many more sends would tell."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.composing.note_quota import NoteQuota
from app.learning.best import WINNER_PROBABILITY, p_best, sends_to_tell
from app.learning.history import Approach, Counts, History
from app.learning.model import Fit, acceptance, fit, reply
from app.learning.next_send import next_send
from app.learning.notes import NoteAdvice, note_advice
from app.learning.pooling import Posterior
from app.learning.segments import EVERYONE, Segment
from app.stats.outcomes import INVITE


@dataclass(frozen=True)
class Ranked:
    """One approach for this contact. `sent`/`accepted` count decided invitations to
    people in the contact's segment; the `_overall` ones, to everyone."""

    approach: Approach
    sent: int
    accepted: int
    sent_overall: int
    accepted_overall: int
    accept: Posterior
    reply: Posterior
    # None for an approach never tried: it is not in the running (see `recommend`).
    p_best: float | None

    def as_json(self) -> dict[str, Any]:
        low, high = self.accept.interval()
        return {
            "template": self.approach.template,
            "kind": INVITE,
            "note": self.approach.note,
            "sent": self.sent,
            "accepted": self.accepted,
            "sent_overall": self.sent_overall,
            "accepted_overall": self.accepted_overall,
            "accept_mean": round(self.accept.mean, 4),
            "accept_ci95": [round(low, 4), round(high, 4)],
            "reply_mean": round(self.reply.mean, 4),
            "p_best": None if self.p_best is None else round(self.p_best, 4),
        }


@dataclass(frozen=True)
class Recommendation:
    """`approaches` best first; `winner` only when its p_best is at least 0.95, else
    `more_sends` says about how many more sends would likely tell (None: more than
    `best.MAX_SENDS`, or nothing to compare). `to_send` is the one to send next
    (app/learning/next_send.py): the winner, or the one that could still be the best."""

    segment: str
    approaches: tuple[Ranked, ...]
    winner: Ranked | None
    more_sends: int | None
    note_advice: NoteAdvice
    pending: int
    to_send: Ranked | None
    # The segment as values, for the window to word (None: everyone).
    people: Segment | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "segment": self.segment,
            "approaches": [ranked.as_json() for ranked in self.approaches],
            "winner": self.winner.approach.template if self.winner else None,
            "more_sends": self.more_sends,
            "next": self.to_send.approach.template if self.to_send else None,
            "note_advice": self.note_advice.as_json(),
            "pending": self.pending,
        }


def recommend(history: History, templates: Sequence[str], quota: NoteQuota) -> Recommendation:
    """Rank the invitation `templates` (sent with a note) for `history.segment`."""
    candidates = [Approach(name, True) for name in dict.fromkeys(templates)]
    accepts, replies = fit(history, acceptance, candidates), fit(history, reply, candidates)
    # The best is named among the approaches tried: one never sent could be anything its
    # prior allows, which exploring (app/learning/explore.py) is there to find out.
    tried = [c for c in candidates if c in history.approaches]
    chances: dict[Approach, float | None] = dict.fromkeys(candidates)
    chances.update(zip(tried, p_best([accepts.cells[c] for c in tried]), strict=True))
    ranked = sorted(
        (_ranked(history, accepts, replies, c, chance) for c, chance in chances.items()),
        key=lambda r: (r.p_best is None, -r.accept.mean, -r.reply.mean, r.approach.template),
    )
    leader = ranked[0] if ranked else None
    winner = None
    # With one approach tried, its p_best of 1 compares it with nothing: no winner.
    if (
        len(tried) > 1
        and leader is not None
        and leader.p_best is not None
        and leader.p_best >= WINNER_PROBABILITY
    ):
        winner = leader
    more = None
    if winner is None and len(tried) > 1:
        more = sends_to_tell(ranked[0].accept, ranked[1].accept)
    segment = history.segment.describe() if history.segment else EVERYONE
    chosen = next_send(
        {c: accepts.cells[c] for c in candidates}, winner.approach if winner else None
    )
    return Recommendation(
        segment,
        tuple(ranked),
        winner,
        more,
        note_advice(accepts, replies, quota),
        history.pending,
        next((r for r in ranked if r.approach == chosen), None),
        history.segment,
    )


def _ranked(
    history: History, accepts: Fit, replies: Fit, approach: Approach, chance: float | None
) -> Ranked:
    here = history.cells.get(approach, Counts())
    everywhere = history.approaches.get(approach, Counts())
    return Ranked(
        approach,
        here.decided,
        here.accepted,
        everywhere.decided,
        everywhere.accepted,
        accepts.cells[approach],
        replies.cells[approach],
        chance,
    )
