"""Opt-in exploring: Thompson sampling. One draw from each approach's posterior, and the
approach with the highest draw is the one to send. An approach tried often is drawn
near its mean; one tried a few times is drawn over its whole interval, so it comes up
as often as it could well be the best, and sending it is how the model finds out."""

from __future__ import annotations

import random

from app.learning.recommend import Ranked, Recommendation


def explore(recommendation: Recommendation, rng: random.Random) -> Ranked | None:
    """The approach Thompson sampling picks this time; None when there is none."""
    if not recommendation.approaches:
        return None
    return max(
        recommendation.approaches,
        key=lambda ranked: rng.betavariate(ranked.accept.a, ranked.accept.b),
    )
