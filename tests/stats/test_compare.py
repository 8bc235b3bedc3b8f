"""Which differences are said to mean something, in the sentences a person reads."""

from __future__ import annotations

from app.stats import Comparison, Statistics, Verdict
from app.stats.significance import difference_p_value
from app.store import Outcome
from tests.stats.conftest import History


def _find(statistics: Statistics, breakdown: str, key: object) -> Comparison:
    return next(c for c in statistics.comparisons if (c.breakdown, c.key) == (breakdown, key))


def _invitations(
    history: History, template: str, accepted: int, declined: int, text: str = "Hi"
) -> None:
    ana = history.contact(f"Ana {template}")
    history.send(ana, Outcome.ACCEPTED, template=template, text=text, count=accepted)
    history.send(ana, Outcome.DECLINED, template=template, text=text, count=declined)


def test_a_note_that_clearly_helps_is_called_meaningful(history: History) -> None:
    _invitations(history, "warm", accepted=40, declined=10)
    _invitations(history, "", accepted=10, declined=40, text="")
    note = _find(history.statistics(), "note", "with_note")

    assert note.verdict is Verdict.MEANINGFUL
    assert note.sentence == (
        "Invitations with a note: 80% (40 of 50) accepted, against 20% (10 of 50) for "
        "invitations without one. Accepted more often, and a gap this large is unlikely "
        "to be chance (p < 0.001)."
    )


def test_close_rates_on_few_invitations_could_be_chance(history: History) -> None:
    _invitations(history, "warm", accepted=6, declined=6)
    _invitations(history, "cool", accepted=5, declined=7)
    warm = _find(history.statistics(), "template", "warm")

    assert warm.verdict is Verdict.CHANCE
    assert warm.sentence.startswith(
        "Invitations from “warm”: 50% (6 of 12) accepted, against 42% (5 of 12) for your "
        "other invitations. The difference could well be chance (p = "
    )


def test_two_of_three_is_too_few_to_tell(history: History) -> None:
    _invitations(history, "warm", accepted=30, declined=30)
    _invitations(history, "new", accepted=2, declined=1)
    new = _find(history.statistics(), "template", "new")

    assert new.verdict is Verdict.TOO_FEW
    assert new.p_value is None
    assert "Too few to tell yet: at least 10 decided invitations" in new.sentence


def test_a_tiny_gap_on_many_invitations_is_called_small(history: History) -> None:
    _invitations(history, "warm", accepted=5_300, declined=4_700)
    _invitations(history, "cool", accepted=5_000, declined=5_000)
    warm = _find(history.statistics(), "template", "warm")

    assert warm.verdict is Verdict.MEANINGFUL
    assert "The gap is small (3 points), but with this many invitations" in warm.sentence


def test_many_templates_are_judged_together(history: History) -> None:
    # One template of six a little better by luck: on its own the gap would pass for
    # meaningful, but not once allowed for the six comparisons made at once.
    for name in "abcde":
        _invitations(history, name, accepted=50, declined=50)
    _invitations(history, "lucky", accepted=61, declined=39)
    assert difference_p_value(61, 100, 250, 500) < 0.05
    lucky = _find(history.statistics(), "template", "lucky")

    assert lucky.verdict is Verdict.CHANCE
    assert lucky.p_value is not None and lucky.p_value > 0.05


def test_meaningful_findings_come_first(history: History) -> None:
    _invitations(history, "warm", accepted=45, declined=5)
    _invitations(history, "cold", accepted=5, declined=45)
    _invitations(history, "new", accepted=1, declined=1)
    verdicts = [c.verdict for c in history.statistics().comparisons if c.breakdown == "template"]
    assert verdicts == [Verdict.MEANINGFUL, Verdict.MEANINGFUL, Verdict.TOO_FEW]
