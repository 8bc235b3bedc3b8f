"""The Beta distribution's functions against values known in closed form."""

from __future__ import annotations

import pytest

from app.learning import beta


@pytest.mark.parametrize(
    ("x", "a", "b", "expected"),
    [
        (0.3, 1, 1, 0.3),  # uniform
        (0.2, 2, 1, 0.04),  # x^2
        (0.5, 3, 3, 0.5),  # symmetric
        (0.1, 1, 3, 1 - 0.9**3),
        (0.99, 50, 2, 0.99**50 * (51 - 50 * 0.99)),  # x^a (a + 1 - a x)
    ],
)
def test_cdf_matches_closed_forms(x: float, a: float, b: float, expected: float) -> None:
    assert beta.cdf(x, a, b) == pytest.approx(expected, abs=1e-10)


@pytest.mark.parametrize(("a", "b"), [(0.5, 0.5), (1.5, 20), (31, 11), (3000, 7000)])
def test_quantile_inverts_the_cdf(a: float, b: float) -> None:
    for p in (0.025, 0.5, 0.975):
        assert beta.cdf(beta.quantile(p, a, b), a, b) == pytest.approx(p, abs=1e-9)


def test_interval_of_a_uniform_is_its_middle_95_percent() -> None:
    assert beta.interval(1, 1) == pytest.approx((0.025, 0.975))
