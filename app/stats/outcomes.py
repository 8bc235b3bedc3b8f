"""Outcomes as the statistics count them, and the tally of one slice of the history.

An invitation nobody answered stays "pending" in the store; after the pending window
(`Settings.pending_days`, 21 days by default) it counts as "no answer", and until then it
is left out of every rate, because it may still be accepted. Other messages keep the
outcome the user gave them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.stats.wilson import Rate
from app.store import Outcome
from app.store.rows import time_to_text, utc

INVITE = "invite"

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.PENDING: "Pending",
    Outcome.ACCEPTED: "Accepted",
    Outcome.DECLINED: "Declined",
    Outcome.REPLIED: "Replied",
    Outcome.NO_ANSWER: "No answer",
}


def pending_cutoff(now: datetime, pending_days: int) -> datetime:
    """Invitations sent before this moment and still pending count as no answer."""
    return utc(now) - timedelta(days=pending_days)


def cutoff_text(now: datetime, pending_days: int) -> str:
    """The cutoff in the stored time shape, for comparing with `sent_at` in SQL."""
    return time_to_text(pending_cutoff(now, pending_days))


def effective_outcome(outcome: Outcome, kind: str, sent_at: datetime, cutoff: datetime) -> Outcome:
    """The outcome the statistics count: a pending invitation sent before `cutoff` (see
    `pending_cutoff`) is no answer."""
    if outcome is Outcome.PENDING and kind == INVITE and sent_at < cutoff:
        return Outcome.NO_ANSWER
    return outcome


@dataclass(frozen=True)
class Tally:
    """Counts for one slice of the history.

    `sent` counts every message sent in the slice; the outcomes count its invitations
    (in the breakdown by kind, each kind's own messages). `accepted` are those accepted
    with no reply yet; `replied` ones were accepted too, then answered.

    `invitations` is False for a tally of other messages (a kind other than invite):
    nobody "accepts" a thank-you, so its reply rate is replied out of all decided.
    """

    sent: int = 0
    accepted: int = 0
    declined: int = 0
    replied: int = 0
    no_answer: int = 0
    pending: int = 0
    invitations: bool = True

    @property
    def decided(self) -> int:
        return self.accepted + self.replied + self.declined + self.no_answer

    @property
    def acceptance(self) -> Rate:
        """Accepted (replied ones included) out of the decided invitations."""
        return Rate(self.accepted + self.replied, self.decided)

    @property
    def reply(self) -> Rate:
        """Replied out of the accepted invitations (out of all decided, for messages
        that are not invitations)."""
        if not self.invitations:
            return Rate(self.replied, self.decided)
        return Rate(self.replied, self.accepted + self.replied)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.sent + other.sent,
            self.accepted + other.accepted,
            self.declined + other.declined,
            self.replied + other.replied,
            self.no_answer + other.no_answer,
            self.pending + other.pending,
            self.invitations and other.invitations,
        )

    def __sub__(self, other: Tally) -> Tally:
        return Tally(
            self.sent - other.sent,
            self.accepted - other.accepted,
            self.declined - other.declined,
            self.replied - other.replied,
            self.no_answer - other.no_answer,
            self.pending - other.pending,
            self.invitations and other.invitations,
        )

    def as_json(self) -> dict[str, Any]:
        """The fields `rapport stats --json` prints for a slice."""
        acceptance, reply = self.acceptance, self.reply
        return {
            "sent": self.sent,
            "accepted": self.accepted,
            "accepted_total": self.accepted + self.replied,
            "declined": self.declined,
            "replied": self.replied,
            "no_answer": self.no_answer,
            "pending": self.pending,
            "acceptance_rate": acceptance.value,
            "acceptance_ci95": _pair(acceptance.interval),
            "reply_rate": reply.value,
            "reply_ci95": _pair(reply.interval),
        }


class TallyBuilder:
    """Counts gathered row by row from grouped SQL results, then frozen into a Tally."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts = dict.fromkeys(("sent", *(o.value for o in Outcome)), 0)

    def add_sent(self, count: int) -> None:
        self.counts["sent"] += count

    def add_outcome(self, outcome: str, count: int, *, old: int = 0, invitation: bool) -> None:
        """Count `count` messages with the stored `outcome`; for pending invitations,
        the `old` ones among them (sent before the cutoff) count as no answer."""
        if outcome == Outcome.PENDING and invitation:
            self.counts[Outcome.NO_ANSWER] += old
            count -= old
        self.counts[outcome] += count

    def freeze(self, invitations: bool = True) -> Tally:
        c = self.counts
        return Tally(
            sent=c["sent"],
            accepted=c[Outcome.ACCEPTED],
            declined=c[Outcome.DECLINED],
            replied=c[Outcome.REPLIED],
            no_answer=c[Outcome.NO_ANSWER],
            pending=c[Outcome.PENDING],
            invitations=invitations,
        )


def _pair(interval: tuple[float, float] | None) -> list[float] | None:
    return None if interval is None else [interval[0], interval[1]]
