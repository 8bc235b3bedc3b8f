"""Empirical-Bayes partial pooling for rates: beta-binomial, with how strongly each level
borrows from the one above estimated from how much the user's own rates differ.

A level's prior is Beta(k·m, k·(1-m)), m the level above's mean and k its concentration.
k is read off the spread of the groups around their expected rates by the method of
moments: for a beta-binomial, E[(x - n·m)² / (m(1-m))] = n + n(n-1)·rho with
rho = 1/(k+1). Groups that differ no more than chance would make give a large k (the
rates are pooled); groups that clearly differ give a small one (each keeps its own).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from app.learning import beta

# Bounds on a prior's concentration, in invitations. Below 2 a prior says nearly nothing
# and a single send would decide; above 200 the user's own differences, even over
# hundreds of sends, would hardly move a rate off its group's.
MIN_CONCENTRATION = 2.0
MAX_CONCENTRATION = 200.0
# Before the user's own rates say how much their approaches differ: as much as published
# acceptance rates of different kinds of invitation do, from about 15% to 45% around 28%,
# which is a concentration of about 10 (rho = 1/11). The guess weighs as much as the
# pairs of invitations of five approaches sent ten times each would.
PRIOR_RHO = 1 / 11
PRIOR_PAIRS = 5 * 10 * 9


@dataclass(frozen=True)
class Posterior:
    """Beta(a, b) over a rate, from `successes` of `trials` and the prior it started from."""

    a: float
    b: float
    successes: int
    trials: int

    @property
    def mean(self) -> float:
        return self.a / (self.a + self.b)

    @property
    def variance(self) -> float:
        total = self.a + self.b
        return self.a * self.b / (total * total * (total + 1))

    @property
    def weight(self) -> float:
        """How many invitations this is worth, prior included."""
        return self.a + self.b

    def interval(self) -> tuple[float, float]:
        """The 95% credible interval."""
        return beta.interval(self.a, self.b)


def update(mean: float, concentration: float, successes: int, trials: int) -> Posterior:
    """The posterior of a rate whose prior has this mean and concentration."""
    mean = min(max(mean, 1e-4), 1 - 1e-4)
    return Posterior(
        concentration * mean + successes,
        concentration * (1 - mean) + trials - successes,
        successes,
        trials,
    )


def concentration(groups: Iterable[tuple[int, int, float]]) -> float:
    """The prior concentration that fits groups of (successes, trials, expected rate)."""
    observed = expected = pairs = 0.0
    counted = 0
    for successes, trials, mean in groups:
        if trials < 2 or not 0 < mean < 1:
            continue
        observed += (successes - trials * mean) ** 2 / (mean * (1 - mean))
        expected += trials
        pairs += trials * (trials - 1)
        counted += 1
    if counted > 1:
        # The expected rates were estimated from these same groups, which leaves one
        # group's worth less spread around them than around the true rates.
        observed *= counted / (counted - 1)
    # The estimate, averaged with the prior guess as if that came from PRIOR_PAIRS pairs;
    # a negative estimate (less spread than chance gives) counts as it is, for what it says.
    rho = (observed - expected + PRIOR_PAIRS * PRIOR_RHO) / (pairs + PRIOR_PAIRS)
    if rho <= 0:
        return MAX_CONCENTRATION
    # An estimate from a handful of groups is uncertain, and a prior taken as surer than
    # it is gives intervals that miss; leaning towards less pooling by (G-1)/(G+1) keeps
    # them at their 95% for five approaches (tests/learning/test_coverage.py).
    shrink = (counted - 1) / (counted + 1) if counted > 1 else 1.0
    return min(max(shrink * (1 / rho - 1), MIN_CONCENTRATION), MAX_CONCENTRATION)


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))
