"""Which invitation to send next: the named winner when there is one; otherwise the
approach whose 95% interval reaches highest.

Sending the leader by expected acceptance every time (what the first version did)
earns now but learns slowly: a template that did badly on its first few sends is never
sent again, even when it could well be the best. Sending by the top of the interval is
"optimism in the face of uncertainty" (upper-confidence-bound choosing, in its Bayesian
form): an approach is sent either because it is probably good (a high mean) or because
too little is known to rule out that it is (a wide interval), and every send of it
narrows the interval until one of the two stops being true. In the simulation
(bench/bench_recommend.py; figures in bench/README.md) following it earned more than
sending the leader, Thompson sampling or greedy choosing from week 4 on.

The ranking, intervals and p_best stay what they are: this only says which one to try.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.learning import beta
from app.learning.history import Approach
from app.learning.pooling import Posterior

# The top of the equal-tailed 95% interval the recommendations show.
_TOP = 0.975


def next_send(cells: Mapping[Approach, Posterior], winner: Approach | None) -> Approach | None:
    """The approach to send next for the segment `cells` were fitted for; None when there
    is none to choose from."""
    if winner is not None:
        return winner
    if not cells:
        return None
    # Highest top of the interval, then highest mean; the name only to be repeatable.
    return min(
        cells,
        key=lambda approach: (
            -beta.quantile(_TOP, cells[approach].a, cells[approach].b),
            -cells[approach].mean,
            approach,
        ),
    )
