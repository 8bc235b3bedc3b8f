"""The 95% Wilson interval, against values published for it, and its edges."""

from __future__ import annotations

import pytest

from app.stats import Rate, wilson_interval


@pytest.mark.parametrize(
    ("successes", "trials", "low", "high"),
    [
        # Reference values: Newcombe (1998), "Two-sided confidence intervals for the single
        # proportion", Statistics in Medicine 17, table I (method 3), and R's prop.test
        # without continuity correction.
        (2, 3, 0.2077, 0.9385),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
    ],
)
def test_wilson_interval_matches_published_values(
    successes: int, trials: int, low: float, high: float
) -> None:
    interval = wilson_interval(successes, trials)
    assert interval is not None
    assert interval == pytest.approx((low, high), abs=5e-5)


def test_the_edges_are_exactly_zero_and_one() -> None:
    assert wilson_interval(0, 3) == (0.0, pytest.approx(0.5615, abs=5e-5))
    lower, upper = wilson_interval(3, 3) or (None, None)
    assert upper == 1.0 and lower == pytest.approx(0.4385, abs=5e-5)


def test_two_of_three_is_not_a_sure_two_thirds() -> None:
    rate = Rate(2, 3)
    assert rate.value == pytest.approx(2 / 3)
    assert rate.describe() == "67% (2 of 3; 95% interval 21–94%)"


def test_nothing_decided_has_no_rate_and_no_interval() -> None:
    rate = Rate(0, 0)
    assert (rate.value, rate.interval) == (None, None)
    assert rate.describe() == "none decided yet"


@pytest.mark.parametrize(("successes", "trials"), [(4, 3), (-1, 3), (0, -1)])
def test_impossible_counts_are_refused(successes: int, trials: int) -> None:
    with pytest.raises(ValueError, match="not a proportion"):
        wilson_interval(successes, trials)
