"""The crossed fit on counts a long history or broken tallies hold."""

from __future__ import annotations

from app.learning.crossed import here_rates


def test_a_record_far_from_the_published_figure_is_fitted_not_overflowed() -> None:
    # Replies without a note: published 5.4%; this user's, 372 of 1,167 elsewhere and 5
    # of 13 here. A full Newton step from the published figure swings ever further out.
    [rate] = here_rates(0.054, 20, [((5, 13), (372, 1167))], 12)
    assert 0.25 < rate.mean < 0.40
    low, high = rate.interval()
    assert low < 5 / 13 < high


def test_counts_that_do_not_add_up_are_bounded() -> None:
    # More here than in every segment together (a tally behind), and more successes
    # than trials: read as no invitations elsewhere, and as all of them accepted.
    broken, sound = here_rates(0.285, 20, [((12, 10), (-3, -5)), ((3, 10), (30, 100))], 2)
    assert (broken.successes, broken.trials) == (10, 10)
    assert 0.5 < broken.mean < 1
    assert 0.2 < sound.mean < 0.4


def test_a_template_with_a_strong_record_elsewhere_leads_one_never_sent_here() -> None:
    """What the crossed model is for: a template accepted 60 of 100 times elsewhere
    starts ahead, here, of one accepted 15 of 100 times, before either is sent here."""
    strong, weak = here_rates(0.285, 20, [((0, 0), (60, 100)), ((0, 0), (15, 100))], 2)
    assert strong.mean > 0.5 > 0.25 > weak.mean
    assert strong.interval()[0] > weak.interval()[0]
