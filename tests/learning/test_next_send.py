"""Which invitation the recommendations say to send next: the winner once one is named,
otherwise the one that could still be the best, which is not always the leader, and the
more readily the more the user has sent to people like the contact."""

from __future__ import annotations

from app.composing.note_quota import NoteQuota
from app.learning import History, Recommendation, recommend
from app.learning.history import Approach, Counts
from app.learning.segments import Segment
from app.learning.text import verdict

SEGMENT = Segment("Met once", "acquainted", False)
QUOTA = NoteQuota(0, None)


def recommended(sent: dict[str, tuple[int, int]], library: list[str]) -> Recommendation:
    """`sent`: template -> (accepted, decided), all to people in SEGMENT."""
    history = History(segment=SEGMENT)
    for template, (accepted, decided) in sent.items():
        approach = Approach(template, True)
        history.approaches[approach] = Counts(decided, accepted)
        history.cells[approach] = Counts(decided, accepted)
    history.groups[(SEGMENT.group, SEGMENT.band)] = Counts(
        sum(d for _a, d in sent.values()), sum(a for a, _d in sent.values())
    )
    return recommend(history, library, QUOTA)


def chosen(result: Recommendation) -> str | None:
    return result.to_send.approach.template if result.to_send else None


def test_a_named_winner_is_the_one_to_send() -> None:
    result = recommended({"met": (30, 40), "read": (10, 40)}, ["met", "read"])
    assert result.winner is not None and chosen(result) == "met"
    assert result.as_json()["next"] == "met"
    assert "Send" not in verdict(result)


def test_a_barely_tried_template_that_could_be_best_is_sent_before_the_leader() -> None:
    result = recommended({"met": (12, 40), "read": (1, 4)}, ["met", "read"])
    # The leader by expected acceptance stays first in the ranking, honestly...
    assert result.approaches[0].approach.template == "met" and result.winner is None
    # ...but four sends cannot rule out that the other is better: it is the one to try.
    assert chosen(result) == "read"
    high = result.approaches[1].accept.interval()[1]
    assert high > result.approaches[0].accept.interval()[1]
    assert "Send Read next: it could still be the best" in verdict(result)


def test_a_template_that_failed_its_first_three_sends_is_tried_again() -> None:
    result = recommended({"met": (30, 100), "read": (0, 3)}, ["met", "read"])
    assert result.approaches[0].approach.template == "met" and result.winner is None
    # Three failures are what a template accepted as often as met would give one time in
    # three: a few more sends of read can still show it is as good, one alone could not.
    assert chosen(result) == "read"
    assert "Send Read next: it could still be the best" in verdict(result)


def test_a_lesson_is_worth_more_the_more_the_user_sends_to_people_like_them() -> None:
    library = ["met", "read"]
    # Read failed twice both times; met is accepted 3 times in 10 both times.
    after_a_dozen = recommended({"met": (3, 10), "read": (0, 2)}, library)
    after_a_hundred = recommended({"met": (30, 100), "read": (0, 2)}, library)
    assert chosen(after_a_dozen) == "met"
    assert chosen(after_a_hundred) == "read"


def test_a_template_never_sent_is_tried_while_nothing_is_settled() -> None:
    result = recommended({"met": (3, 10), "read": (2, 10)}, ["met", "read", "coffee"])
    assert chosen(result) == "coffee"
    assert "Send Coffee next: not sent to people like them yet" in verdict(result)


def test_a_clearly_worse_template_is_not_sent_again() -> None:
    result = recommended(
        {"met": (45, 80), "read": (10, 80), "intro": (20, 40)}, ["met", "read", "intro"]
    )
    assert chosen(result) != "read"


def test_a_template_that_did_badly_is_not_sent_again_for_its_wide_interval_alone() -> None:
    result = recommended(
        {"met": (36, 120), "intro": (33, 120), "read": (1, 10)}, ["met", "intro", "read"]
    )
    ranked = {r.approach.template: r for r in result.approaches}
    # Ten sends leave read's interval reaching higher than the leader's...
    assert ranked["read"].accept.interval()[1] > ranked["met"].accept.interval()[1]
    # ...but one more of them would hardly move its 1 in 10 near the two that lead.
    assert result.winner is None and chosen(result) == "met"


def test_one_template_tried_is_no_winner_and_another_is_tried_next() -> None:
    result = recommended({"met": (9, 30)}, ["met", "read"])
    assert result.winner is None
    assert chosen(result) == "read"
    assert verdict(result).startswith("Too early to tell: fewer than two")
