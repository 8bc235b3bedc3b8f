"""Which approach is best, and how sure: the chance that each one's rate is the highest,
by numerical integration of P(i best) = ∫ f_i(x) Π_{j≠i} F_j(x) dx over a grid, and how
many more sends would likely settle it.

Integration rather than Monte Carlo: the same history always gives the same figures,
and a grid of a few hundred points is faster than the thousands of draws that would
make the third decimal steady.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.learning.pooling import Posterior

_POINTS = 800
# Standard deviations past the outermost means the grid reaches.
_REACH = 8.0
# One-sided 95% point of the normal distribution: a leader ahead by this many standard
# deviations of the difference has about a 0.95 chance of being ahead.
_Z = 1.6449
# Past this many more sends, "about N more" means nothing to a person sending a few a week.
MAX_SENDS = 5000
WINNER_PROBABILITY = 0.95


def p_best(posteriors: Sequence[Posterior]) -> list[float]:
    """For each posterior, the chance that its rate is the highest of them all."""
    if len(posteriors) < 2:
        return [1.0] * len(posteriors)
    low = max(1e-9, min(p.mean - _REACH * math.sqrt(p.variance) for p in posteriors))
    high = min(1 - 1e-9, max(p.mean + _REACH * math.sqrt(p.variance) for p in posteriors))
    step = (high - low) / _POINTS
    grid = [low + (i + 0.5) * step for i in range(_POINTS)]
    # Each density is normalised over the grid below, so its constant is left out, and
    # the logarithms of x and 1 - x are shared by every posterior.
    log_x = [math.log(x) for x in grid]
    log_rest = [math.log1p(-x) for x in grid]
    masses, below = [], []
    for posterior in posteriors:
        a, b = posterior.a - 1, posterior.b - 1
        logs = [a * lx + b * lr for lx, lr in zip(log_x, log_rest, strict=True)]
        top = max(logs)
        mass = [math.exp(v - top) for v in logs]
        total = sum(mass)
        mass = [m / total for m in mass]
        cumulative, running = [], 0.0
        for m in mass:
            # Up to the middle of the point's own bin.
            cumulative.append(running + m / 2)
            running += m
        masses.append(mass)
        below.append(cumulative)
    everyone = [math.prod(column) for column in zip(*below, strict=True)]
    chances = []
    for mass, cumulative in zip(masses, below, strict=True):
        chances.append(
            # A point below every bit of this posterior's mass adds nothing (own is at
            # least m / 2, so own == 0 only where m == 0).
            sum(
                m * all_ / own
                for m, all_, own in zip(mass, everyone, cumulative, strict=True)
                if own > 0
            )
        )
    total = sum(chances)
    return [c / total for c in chances]


def sends_to_tell(leader: Posterior, runner_up: Posterior) -> int | None:
    """About how many more sends, split between the two, would likely show the leader
    ahead with 0.95 probability if the rates are what they seem now; None when the gap
    is too small for MAX_SENDS to show it."""
    gap = leader.mean - runner_up.mean
    if gap <= 0:
        return None

    def settled(extra: int) -> bool:
        half = extra / 2
        spread = _variance(leader, half) + _variance(runner_up, half)
        return gap >= _Z * math.sqrt(spread)

    if not settled(MAX_SENDS):
        return None
    low, high = 0, MAX_SENDS
    while low < high:
        middle = (low + high) // 2
        if settled(middle):
            high = middle
        else:
            low = middle + 1
    # Split between the two: one each at least ("about 1 more sends, split between" was
    # said when a single send would have settled it).
    return max(low, 2)


def _variance(posterior: Posterior, extra: float) -> float:
    mean = posterior.mean
    return mean * (1 - mean) / (posterior.weight + 1 + extra)
