"""p-values for a difference between two rates: Fisher's exact test for small counts,
the two-proportion z-test for large ones, and Holm's adjustment."""

from __future__ import annotations

import pytest

from app.stats.significance import difference_p_value, fisher_exact, holm


def test_fisher_matches_the_lady_tasting_tea() -> None:
    # Fisher's own example: 3 of 4 right against 1 of 4; two-sided p = 34/70.
    assert fisher_exact(3, 4, 1, 4) == pytest.approx(34 / 70)


def test_fisher_for_ten_of_ten_against_none_of_ten() -> None:
    # Only the two most extreme tables are as unlikely: 2 / C(20, 10).
    assert fisher_exact(10, 10, 0, 10) == pytest.approx(2 / 184_756)


def test_small_counts_use_fisher() -> None:
    assert difference_p_value(3, 4, 1, 4) == pytest.approx(34 / 70)


def test_large_counts_use_the_normal_approximation() -> None:
    # 60 of 100 against 40 of 100: pooled 0.5, z = 2.828, p = 0.00468.
    assert difference_p_value(60, 100, 40, 100) == pytest.approx(0.004678, abs=1e-5)


def test_identical_rates_are_not_different() -> None:
    assert difference_p_value(30, 100, 300, 1000) == pytest.approx(1.0)
    assert difference_p_value(0, 12, 0, 40) == 1.0


def test_holm_adjusts_in_order_and_never_decreases() -> None:
    assert holm([0.01, 0.04, 0.03]) == pytest.approx([0.03, 0.06, 0.06])
    assert holm([0.5]) == [0.5]
    assert holm([]) == []


def test_groups_without_trials_are_refused() -> None:
    with pytest.raises(ValueError):
        difference_p_value(0, 0, 1, 2)
