"""The property the intervals promise: they hold the true rate about 95% of the time.

Simulated users with five approaches whose true acceptance rates are drawn around 30%,
each sent n times, for n from 5 to 200; deterministic seeds, so the figures never move.
"""

from __future__ import annotations

import random

import pytest

from app.learning.history import Approach, Counts, History
from app.learning.model import acceptance, fit
from app.learning.segments import Segment

SEEDS = 200
SEGMENT = Segment("Met once", "acquainted", False)


def coverage(sends: int) -> float:
    held = total = 0
    for seed in range(SEEDS):
        rng = random.Random(seed * 1000 + sends)
        history = History(segment=SEGMENT)
        truth = {}
        for number in range(5):
            approach = Approach(f"template-{number}", True)
            rate = rng.betavariate(3, 7)
            accepted = sum(rng.random() < rate for _ in range(sends))
            history.approaches[approach] = Counts(sends, accepted)
            history.cells[approach] = Counts(sends, accepted)
            truth[approach] = rate
        accepted = sum(c.accepted for c in history.cells.values())
        history.groups[(SEGMENT.group, SEGMENT.band)] = Counts(5 * sends, accepted)
        cells = fit(history, acceptance).cells
        for approach, rate in truth.items():
            low, high = cells[approach].interval()
            held += low <= rate <= high
            total += 1
    return held / total


@pytest.mark.parametrize("sends", [5, 10, 20, 50, 100, 200])
def test_intervals_hold_the_true_rate_about_95_percent_of_the_time(sends: int) -> None:
    # 1,000 intervals: one standard error of the share is 0.7 points.
    assert 0.93 <= coverage(sends) <= 0.97
