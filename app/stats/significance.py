"""Whether two rates differ by more than chance would explain: two-sided p-values.

Small counts get Fisher's exact test (the normal approximation is poor when any cell
of the 2x2 table would expect fewer than five); larger ones the pooled two-proportion
z-test, which agrees with Fisher's there and costs nothing to compute.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

# Below this many expected in a cell, the normal approximation is not trusted.
_MIN_EXPECTED = 5
# Tables as likely as the observed one, up to rounding, count as "at least as extreme".
_TIE = 1 + 1e-7


def difference_p_value(a: int, n: int, b: int, m: int) -> float:
    """Two-sided p-value for `a` of `n` against `b` of `m` having the same underlying rate."""
    if n <= 0 or m <= 0 or not (0 <= a <= n and 0 <= b <= m):
        raise ValueError("Each group needs at least one trial and successes within its trials.")
    successes, total = a + b, n + m
    expected = min(n, m) * min(successes, total - successes) / total if 0 < successes < total else 0
    if expected < _MIN_EXPECTED:
        return fisher_exact(a, n, b, m)
    pooled = successes / total
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / m))
    z = (a / n - b / m) / spread
    return math.erfc(abs(z) / math.sqrt(2))


def fisher_exact(a: int, n: int, b: int, m: int) -> float:
    """Fisher's exact test, two-sided: the chance of a table at most as likely as this one,
    with the same group sizes and the same number of successes overall."""
    successes = a + b

    def log_probability(x: int) -> float:
        return _log_choose(n, x) + _log_choose(m, successes - x) - _log_choose(n + m, successes)

    observed = log_probability(a)
    limit = observed + math.log(_TIE)
    total = 0.0
    for x in range(max(0, successes - m), min(n, successes) + 1):
        log_p = log_probability(x)
        if log_p <= limit:
            total += math.exp(log_p)
    return min(1.0, total)


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's adjustment: p-values that stay honest when many comparisons are made at once
    (ten templates compared with the rest would otherwise turn up a "difference" by luck)."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted = [1.0] * len(p_values)
    running = 0.0
    for rank, index in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted


def _log_choose(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
