"""A pending invitation counts as no answer after the pending window, and not before."""

from __future__ import annotations

from datetime import timedelta

from app.stats.outcomes import effective_outcome, pending_cutoff
from app.store import Outcome
from tests.stats.conftest import NOW, History


def test_old_pending_invitations_count_as_no_answer(history: History) -> None:
    ana = history.contact("Ana")
    history.send(ana, Outcome.ACCEPTED, days_ago=40)
    history.send(ana, Outcome.PENDING, days_ago=21.01)  # just past the window
    history.send(ana, Outcome.PENDING, days_ago=20.99)  # still inside it
    overall = history.statistics().overall

    assert (overall.sent, overall.accepted, overall.no_answer, overall.pending) == (3, 1, 1, 1)
    # The invitation that may still be accepted is left out of the rate.
    assert (overall.acceptance.successes, overall.acceptance.trials) == (1, 2)


def test_the_window_is_the_setting(history: History) -> None:
    ana = history.contact("Ana")
    history.send(ana, Outcome.PENDING, days_ago=10)
    assert history.statistics(pending_days=7).overall.no_answer == 1
    assert history.statistics(pending_days=14).overall.pending == 1


def test_the_clock_decides_not_the_real_time(history: History) -> None:
    ana = history.contact("Ana")
    history.send(ana, Outcome.PENDING, days_ago=5)
    later = NOW + timedelta(days=30)
    assert history.statistics(now=NOW).overall.pending == 1
    assert history.statistics(now=later).overall.no_answer == 1


def test_other_messages_stay_pending(history: History) -> None:
    ana = history.contact("Ana")
    history.send(ana, kind="thanks", template="thanks-for-accepting", days_ago=300)
    statistics = history.statistics()
    assert statistics.overall.sent == 1
    assert statistics.overall.decided == 0
    [thanks] = statistics.by_kind.rows
    assert (thanks.key, thanks.tally.pending, thanks.tally.no_answer) == ("thanks", 1, 0)


def test_effective_outcome_in_python_agrees() -> None:
    cutoff = pending_cutoff(NOW, 21)
    old, recent = NOW - timedelta(days=22), NOW - timedelta(days=3)
    assert effective_outcome(Outcome.PENDING, "invite", old, cutoff) is Outcome.NO_ANSWER
    assert effective_outcome(Outcome.PENDING, "invite", recent, cutoff) is Outcome.PENDING
    assert effective_outcome(Outcome.PENDING, "thanks", old, cutoff) is Outcome.PENDING
    assert effective_outcome(Outcome.DECLINED, "invite", old, cutoff) is Outcome.DECLINED
