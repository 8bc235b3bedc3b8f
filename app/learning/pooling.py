"""Rates as Beta posteriors: a prior of some mean and concentration (how many
invitations it is worth), updated with the user's own counts; and the log-odds scale
the levels above a rate are pooled on."""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.learning import beta


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


def logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))
