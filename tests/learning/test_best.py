"""The chance that each approach is the best."""

from __future__ import annotations

import pytest

from app.learning.best import p_best, sends_to_tell
from app.learning.pooling import Posterior


def test_two_alike_approaches_share_the_chance_evenly() -> None:
    same = Posterior(30, 70, 28, 95)
    assert p_best([same, same]) == pytest.approx([0.5, 0.5], abs=1e-6)


def test_posteriors_far_apart_give_the_clear_leader_all_of_it() -> None:
    # The narrow low one has no mass where the others lie: no division by its zeros.
    chances = p_best(
        [Posterior(2, 2000, 1, 2000), Posterior(900, 100, 899, 998), Posterior(2, 20, 1, 20)]
    )
    assert chances[0] == pytest.approx(0, abs=1e-9)
    assert chances[1] > 0.99
    assert sum(chances) == pytest.approx(1)


def test_sends_to_tell_two_apart_are_never_fewer_than_one_each() -> None:
    # Met at 600 of 2,000 against read at 0 of 10: one more send would settle it by the
    # numbers, but a split between two approaches takes one of each ("about 1 more
    # sends, split between" was said).
    assert sends_to_tell(Posterior(600, 1400, 600, 2000), Posterior(0.5, 12, 0, 10)) == 2
