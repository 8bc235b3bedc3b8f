"""One level of rates pooled fully Bayesianly: groups (approaches) whose rates are drawn
from Beta(k·m, k·(1-m)), with the mean m and the concentration k themselves uncertain.

An estimate of k from a handful of groups, taken as exact, makes every group's interval
too narrow whenever it comes out high (intervals held the true rate only 90-92% of the
time at 10-20 sends per approach). Here (m, k) is integrated over a grid instead: m has
the published figure's prior, k a log-normal hyperprior around the spread of published
rates, and each grid point is weighed by the beta-binomial likelihood of the groups. A
group's rate is then a mixture of Betas, summed up by the Beta with its mean and variance.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Sequence

from app.learning.pooling import Posterior

# The grid: m on the log-odds scale from 0.25% to 98%, k from 1 to 1,000 invitations.
_M_POINTS = 24
_LOGIT_LOW, _LOGIT_HIGH = -6.0, 4.0
_K_POINTS = 12
_LOG_K_LOW, _LOG_K_HIGH = 0.0, math.log(1000.0)
# The hyperprior on k: log-normal around 10 (rates between kinds of invitation spread
# from about 15% to 45% around 28%), one unit of log k either way (k from about 4 to
# 27 within a standard deviation): published spreads mix every kind of sender.
TYPICAL_CONCENTRATION = 10.0
_LOG_K_SPREAD = 1.0

Counted = tuple[int, int]  # (successes, trials)


def _log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def _grid() -> list[tuple[float, float, float, float, float, float]]:
    """Every (m, k) point with what does not depend on the data: log m, log(1-m), the
    hyperprior's log density of k, and the count-free part of the likelihood."""
    points = []
    for i in range(_M_POINTS):
        x = _LOGIT_LOW + (i + 0.5) * (_LOGIT_HIGH - _LOGIT_LOW) / _M_POINTS
        m = 1 / (1 + math.exp(-x))
        for j in range(_K_POINTS):
            log_k = _LOG_K_LOW + (j + 0.5) * (_LOG_K_HIGH - _LOG_K_LOW) / _K_POINTS
            k = math.exp(log_k)
            z = (log_k - math.log(TYPICAL_CONCENTRATION)) / _LOG_K_SPREAD
            base = math.lgamma(k) - math.lgamma(k * m) - math.lgamma(k * (1 - m))
            points.append((m, k, math.log(m), math.log1p(-m), -z * z / 2, base))
    return points


_GRID = _grid()
# The grid is m-major: point i·_K_POINTS + j has the i-th m and the j-th k.
_MS = [m for m, *_rest in _GRID]
_MS2 = [m * m for m in _MS]
_K_VALUES = [k for _m, k, *_rest in _GRID[:_K_POINTS]]


# The same counts come back with every fit (only the approach last sent has new ones),
# and their terms depend on nothing else: a few thousand kept cover a long history.
@functools.lru_cache(maxsize=4096)
def _terms(counted: Counted) -> tuple[float, ...]:
    """log P(counted | m, k) at every grid point, up to a constant."""
    successes, trials = counted
    if trials == 0:
        return (0.0,) * len(_GRID)
    failures = trials - successes
    whole = {k: math.lgamma(k + trials) for k in _K_VALUES}
    return tuple(
        base + math.lgamma(k * m + successes) + math.lgamma(k * (1 - m) + failures) - whole[k]
        for m, k, _log_m, _log_rest, _log_k_prior, base in _GRID
    )


class Level:
    """The groups' counts and what they say about (m, k); `posterior` gives a group's rate."""

    def __init__(self, mean: float, weight: float, groups: Sequence[Counted]) -> None:
        """`mean` and `weight`: the prior on m (a rate and how many invitations it is worth)."""
        alpha, beta_ = mean * weight, (1 - mean) * weight
        # Beta(alpha, beta) on m, times dm/dx = m(1-m) for a grid even in log-odds.
        self._prior = [
            alpha * log_m + beta_ * log_rest + log_k_prior
            for _m, _k, log_m, log_rest, log_k_prior, _base in _GRID
        ]
        self._base_weights: list[float] | None = None
        self._likelihood = [0.0] * len(_GRID)
        for counted in groups:
            self._likelihood = [
                total + term for total, term in zip(self._likelihood, _terms(counted), strict=True)
            ]

    def posterior(self, counted: Counted, instead_of: Counted = (0, 0)) -> Posterior:
        """A group's rate from its `counted` successes and trials, where the groups this
        level was built from held `instead_of` for it (its counts elsewhere, or nothing
        for a group not among them): no invitation counts twice."""
        if counted == instead_of:
            weights = self._weights()
        else:
            now, before = _terms(counted), _terms(instead_of)
            logs = [
                prior + total - old + new
                for prior, total, old, new in zip(
                    self._prior, self._likelihood, before, now, strict=True
                )
            ]
            top = max(logs)
            weights = [math.exp(value - top) for value in logs]
        successes, trials = counted
        # At each point the group's rate is a Beta of size k + trials and mean
        # r = (k·m + successes) / size, with E[X²] = (r²·size + r) / (size + 1). Summed
        # over m for each k, these need only the sums of w, w·m and w·m² over m.
        with_m = list(map(operator.mul, weights, _MS))
        with_m2 = list(map(operator.mul, weights, _MS2))
        total = mean = second = 0.0
        for j, k in enumerate(_K_VALUES):
            w, wm, wm2 = (sum(values[j::_K_POINTS]) for values in (weights, with_m, with_m2))
            size = k + trials
            first = (k * wm + successes * w) / size
            square = (k * k * wm2 + 2 * k * successes * wm + successes * successes * w) / (
                size * size
            )
            total += w
            mean += first
            second += (square * size + first) / (size + 1)
        mean /= total
        variance = max(second / total - mean * mean, 1e-12)
        # The Beta with this mean and variance.
        size = max(mean * (1 - mean) / variance - 1, 1e-3)
        return Posterior(mean * size, (1 - mean) * size, successes, trials)

    def _weights(self) -> list[float]:
        """The grid's posterior weights given the groups as they are (unnormalised)."""
        if self._base_weights is None:
            logs = [p + t for p, t in zip(self._prior, self._likelihood, strict=True)]
            top = max(logs)
            self._base_weights = [math.exp(value - top) for value in logs]
        return self._base_weights
