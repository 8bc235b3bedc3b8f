"""Which differences between rates mean something, said in plain sentences.

Each slice of a breakdown is compared with everything else in that breakdown (with a
note is compared with without); the p-values within one breakdown are Holm-adjusted,
since comparing ten templates at once would otherwise turn up a "difference" by luck.
Below `MIN_DECIDED` decided invitations on either side nothing is concluded at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from app.contacts import STRENGTH_LABELS
from app.stats.breakdowns import UNSCORED_LABEL, Breakdown, Breakdowns, Row
from app.stats.significance import difference_p_value, holm
from app.stats.wilson import Rate, percent

# Fewer decided invitations than this and a rate says little: 3 of 5 spans 23%–88%.
MIN_DECIDED = 10
SIGNIFICANCE = 0.05
# A gap under this many percentage points is called small even when it is not chance:
# with tens of thousands of invitations, 2 points is "significant" and still hardly matters.
SMALL_GAP_POINTS = 5


class Verdict(StrEnum):
    MEANINGFUL = "meaningful"
    CHANCE = "chance"
    TOO_FEW = "too_few"


@dataclass(frozen=True)
class Comparison:
    """One slice's acceptance rate against the rest of its breakdown."""

    breakdown: str
    key: str | int | None
    subject: str
    rate: Rate
    other: Rate
    other_name: str
    p_value: float | None
    verdict: Verdict

    @property
    def sentence(self) -> str:
        a, b = self.rate, self.other
        numbers = (
            f"{self.subject}: {_share(a)} accepted, against {_share(b)} for {self.other_name}."
        )
        if self.verdict is Verdict.TOO_FEW:
            return (
                f"{numbers} Too few to tell yet: at least {MIN_DECIDED} decided invitations"
                " are needed on each side."
            )
        assert self.p_value is not None and a.value is not None and b.value is not None
        p = _p(self.p_value)
        if self.verdict is Verdict.CHANCE:
            return f"{numbers} The difference could well be chance ({p})."
        gap = round(abs(a.value - b.value) * 100)
        if gap < SMALL_GAP_POINTS:
            return (
                f"{numbers} The gap is small ({gap} point{'s' if gap != 1 else ''}), but with "
                f"this many invitations it is unlikely to be chance ({p})."
            )
        direction = "more" if a.value > b.value else "less"
        return (
            f"{numbers} Accepted {direction} often, and a gap this large is unlikely to be "
            f"chance ({p})."
        )


def compare_all(parts: Breakdowns) -> tuple[Comparison, ...]:
    """The comparisons worth making: a note against none, and each template, group,
    strength and score band against the rest. (Kinds are not compared: a thank-you is
    not "accepted" the way an invitation is.)"""
    return (
        *compare_note(parts.by_note),
        *compare_rows(parts.by_template, _template_subject, "your other invitations"),
        *compare_rows(parts.by_group, _group_subject, "other groups"),
        *compare_rows(parts.by_strength, _strength_subject, "other strengths"),
        *compare_rows(parts.by_score, _score_subject, "other scores"),
    )


def compare_note(by_note: Breakdown) -> list[Comparison]:
    """Invitations with a note against the baseline, those without."""
    with_note, without = by_note.row("with_note"), by_note.row("without_note")
    if with_note is None or without is None:
        return []
    if not with_note.tally.decided or not without.tally.decided:
        return []
    return _judge(
        "note",
        [(with_note, "Invitations with a note", without.tally.acceptance)],
        "invitations without one",
    )


def compare_rows(
    breakdown: Breakdown, subject: Callable[[Row], str], other_name: str
) -> list[Comparison]:
    """Each slice with decided invitations against the rest of the breakdown."""
    decided = [row for row in breakdown.rows if row.tally.decided]
    if len(decided) < 2:
        return []
    accepted = sum(row.tally.acceptance.successes for row in decided)
    total = sum(row.tally.decided for row in decided)
    entries = []
    for row in decided:
        rate = row.tally.acceptance
        rest = Rate(accepted - rate.successes, total - rate.trials)
        entries.append((row, subject(row), rest))
    return _judge(breakdown.name, entries, other_name)


def _template_subject(row: Row) -> str:
    if not row.key:
        return "Invitations without a template (imported or typed)"
    return f"Invitations from “{row.label}”"


def _group_subject(row: Row) -> str:
    if row.key is None:
        return "Invitations to contacts since deleted"
    if not row.key:
        return "Invitations to people in no group"
    return f"Invitations to people in “{row.label}”"


def _strength_subject(row: Row) -> str:
    if not isinstance(row.key, int):
        return "Invitations to contacts since deleted"
    return f"Invitations to people marked “{STRENGTH_LABELS[row.key]}” (strength {row.key})"


def _score_subject(row: Row) -> str:
    if row.key == UNSCORED_LABEL:
        return "Invitations without a checker score"
    return f"Invitations scoring {row.label}"


def _judge(
    breakdown: str, entries: list[tuple[Row, str, Rate]], other_name: str
) -> list[Comparison]:
    testable = [
        i
        for i, (row, _s, rest) in enumerate(entries)
        if row.tally.decided >= MIN_DECIDED and rest.trials >= MIN_DECIDED
    ]
    raw = [
        difference_p_value(
            entries[i][0].tally.acceptance.successes,
            entries[i][0].tally.acceptance.trials,
            entries[i][2].successes,
            entries[i][2].trials,
        )
        for i in testable
    ]
    adjusted = dict(zip(testable, holm(raw), strict=True))
    found = []
    for i, (row, subject, rest) in enumerate(entries):
        p = adjusted.get(i)
        if p is None:
            verdict = Verdict.TOO_FEW
        else:
            verdict = Verdict.MEANINGFUL if p < SIGNIFICANCE else Verdict.CHANCE
        found.append(
            Comparison(
                breakdown, row.key, subject, row.tally.acceptance, rest, other_name, p, verdict
            )
        )
    order = list(Verdict)
    found.sort(key=lambda c: (order.index(c.verdict), c.p_value or 0.0))
    return found


def _share(rate: Rate) -> str:
    if rate.value is None:
        return "none decided"
    return f"{percent(rate.value)} ({rate.successes:,} of {rate.trials:,})"


def _p(p: float) -> str:
    if p < 0.001:
        return "p < 0.001"
    # Two significant digits: 0.048 must not be rounded up to a borderline-looking 0.05.
    return f"p = {p:.2f}" if p >= 0.1 else f"p = {p:.2g}"
