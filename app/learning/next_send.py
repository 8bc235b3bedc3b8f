"""Which invitation to send next: the named winner when there is one; otherwise the
approach whose send is worth most, counting what it is likely to earn now and what it
would teach for the sends that follow (the knowledge gradient for earning as you go).

A send's worth is its expected acceptance plus, for each of the next `HORIZON` sends
to people like the contact, how much better the best-looking approach is likely to be
once this send's outcome is known. One more outcome moves a Beta(a, b) posterior's mean
by (outcome - mean) / (a + b + 1), a change with standard deviation
s = sqrt(mean·(1 - mean)) / (a + b + 1); taking it as normal, the expected gain in the
best mean is s·f(-gap / s), f(z) = z·Φ(z) + φ(z), where gap is how far this approach's
mean is from the best of the others. A send is worth trying when its outcome could
change which approach leads (a small gap, a posterior that one send still moves), not
merely because its interval reaches high.

Sending the leader by expected acceptance every time (the first version) earns now but
learns slowly: a template that did badly on its first few sends is never sent again.
Sending by the top of the 95% interval (the second) tried every template whose interval
reached high, even when one more send would hardly move it. In the simulation
(bench/bench_recommend.py; figures in bench/README.md) following this rule earned more
than either.

The ranking, intervals and p_best stay what they are: this only says which one to try.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from app.learning.history import Approach
from app.learning.pooling import Posterior

# How many more invitations to people like the contact a send's lesson is counted for:
# about what a steady sender sends one kind of person in a few months. The simulation's
# figures barely move between 50 and 400 (bench/README.md).
HORIZON = 100.0


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

    def worth(approach: Approach) -> float:
        mean = means[approach]
        best_other = ordered[1] if mean == ordered[0] else ordered[0]
        change = math.sqrt(mean * (1 - mean)) / (cells[approach].weight + 1)
        return mean + HORIZON * change * _gain(-abs(mean - best_other) / change)

    # The highest worth, then the highest mean; the name only to be repeatable.
    return min(cells, key=lambda approach: (-worth(approach), -means[approach], approach))


def _gain(z: float) -> float:
    """E[max(Z + z, 0)] for a standard normal Z, with z <= 0: z·Φ(z) + φ(z)."""
    return z * 0.5 * math.erfc(-z / math.sqrt(2)) + math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
