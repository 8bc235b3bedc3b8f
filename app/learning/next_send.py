"""Which invitation to send next: the named winner when there is one; otherwise the
approach whose send is worth most, counting what it is likely to earn now and what it
would teach for the sends that follow (the knowledge gradient for earning as you go,
valued over runs of sends: KG(*)).

A send's worth is its expected acceptance plus its share of what a run of sends of it
would teach. After m more outcomes, a Beta(a, b) posterior's mean has moved by an amount
with variance v·m / (w + m), where w = a + b and v = mean·(1 - mean) / (w + 1) is the
rate's variance now; taking the move as normal with standard deviation s, the expected
rise of the best mean is s·f(-gap / s), f(z) = z·Φ(z) + φ(z), where gap is how far this
approach's mean is from the best of the others. That rise holds for every send to come
to people like the contact; shared among the m sends that bought it, it is the lesson's
worth per send, and a send is valued at the best of it over m. One send seldom moves a
mean far enough to change which approach leads, so counting one at a time (the fourth
pass) hardly ever sent again a template whose first few sends had failed, however much
a few more could still show (Frazier and Powell's "KG(*)").

How many sends are still to come to people like the contact is unknown; what Rapport
knows is how many the user has sent them so far, and the best guess from that alone is
as many again (someone met halfway through is as likely to be early as late in it). So
the lesson is counted for as many sends as are already decided in the segment: little
while the user has sent little, more as they keep sending. A fixed 100 spent the first
weeks' sends on lessons for sends that might never come, and in a world where each kind
of contact gets few sends in all it tried too much (bench/README.md).

Sending the leader by expected acceptance every time (the first version) earns now but
learns slowly; sending by the top of the 95% interval (the second) tried every template
whose interval reached high, even when more sends would hardly move it. In the
simulation (bench/bench_recommend.py; figures in bench/README.md) this rule earned more
than either, and than counting one send's lesson for a fixed 100 sends.

The ranking, intervals and p_best stay what they are: this only says which one to try.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping

from app.learning.history import Approach
from app.learning.pooling import Posterior

# Runs of sends whose lesson is weighed: each about half again the last, up to the horizon.
_RUN_GROWTH = 1.5


def next_send(cells: Mapping[Approach, Posterior], winner: Approach | None) -> Approach | None:
    """The approach to send next for the segment `cells` were fitted for; None when there
    is none to choose from."""
    if winner is not None:
        return winner
    if not cells:
        return None
    means = {approach: posterior.mean for approach, posterior in cells.items()}
    # A lone approach is compared with itself: a gap of 0.
    ordered = sorted(means.values(), reverse=True) * (2 if len(means) == 1 else 1)
    # Sends still to come to people like the contact, guessed as many as decided so far.
    horizon = max(sum(posterior.trials for posterior in cells.values()), 1)

    def worth(approach: Approach) -> float:
        mean = means[approach]
        best_other = ordered[1] if mean == ordered[0] else ordered[0]
        return mean + horizon * _lesson(
            mean, cells[approach].weight, abs(mean - best_other), horizon
        )

    # The highest worth, then the highest mean; the name only to be repeatable.
    return min(cells, key=lambda approach: (-worth(approach), -means[approach], approach))


def _lesson(mean: float, weight: float, gap: float, horizon: int) -> float:
    """The most, over runs of m sends (m up to `horizon`), of the expected rise of the
    best mean that m more outcomes of this approach would bring, divided by m."""
    variance = mean * (1 - mean) / (weight + 1)
    best = 0.0
    for run in _runs(horizon):
        change = math.sqrt(variance * run / (weight + run))
        best = max(best, change * _gain(-gap / change) / run)
    return best


def _runs(horizon: int) -> Iterator[int]:
    """1, 2, 3, 4, 6, 9, 14, ... each about half again the last, then `horizon` itself."""
    run = 1
    while run < horizon:
        yield run
        run = max(run + 1, round(run * _RUN_GROWTH))
    yield horizon


def _gain(z: float) -> float:
    """E[max(Z + z, 0)] for a standard normal Z, with z <= 0: z·Φ(z) + φ(z)."""
    return z * 0.5 * math.erfc(-z / math.sqrt(2)) + math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
