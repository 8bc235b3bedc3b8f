"""What to do next, over the whole history: the approaches to keep, to drop and to test,
each in a plain sentence with the numbers behind it.

Nothing is claimed that the model cannot back at 0.95: an approach is kept when it is
the best of those tried with that probability, or better than the user's other
invitations taken together; dropped when it is worse than the leader with that
probability after at least MIN_SENDS decided invitations; everything else, and every
invitation template never sent, is still to test.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.learning.best import WINNER_PROBABILITY, p_best, sends_to_tell
from app.learning.history import Approach, Counts, History
from app.learning.model import acceptance, fit
from app.learning.pooling import Posterior, update
from app.stats.wilson import percent

# Fewer decided invitations than this, and "drop it" would rest on a handful of people.
MIN_SENDS = 10


@dataclass(frozen=True)
class NextSteps:
    keep: tuple[str, ...]
    drop: tuple[str, ...]
    test: tuple[str, ...]
    decided: int


def label(approach: Approach) -> str:
    """'invite-met-at-event', 'invite-met-at-event (no note)', 'typed or imported'."""
    name = approach.template or "invitations typed or imported"
    return name if approach.note else f"{name} (no note)"


def next_steps(history: History, templates: Sequence[str]) -> NextSteps:
    """From every invitation decided in `history` (no segment), and the library's
    invitation `templates`, which were never sent are named as worth a test."""
    tried = sorted(a for a, c in history.approaches.items() if c.decided > 0)
    decided = sum(history.approaches[a].decided for a in tried)
    never = [name for name in templates if Approach(name, True) not in history.approaches]
    untried = [_never_sent(never)] if never else []
    if not tried:
        return NextSteps((), (), tuple(untried), 0)
    posteriors = fit(history, acceptance).approaches
    chances = dict(zip(tried, p_best([posteriors[a] for a in tried]), strict=True))
    leader = max(tried, key=lambda a: posteriors[a].mean)
    keep, drop, test = [], [], []
    for approach in sorted(tried, key=lambda a: -posteriors[a].mean):
        counts, posterior = history.approaches[approach], posteriors[approach]
        rest = _rest(history, approach)
        figures = _figures(counts, posterior)
        if len(tried) > 1 and chances[approach] >= WINNER_PROBABILITY:
            keep.append(
                f"Keep {label(approach)}: {figures}; the best of the {len(tried)} approaches "
                f"tried with {chances[approach]:.2f} probability."
            )
        elif rest.trials and _chance_above(posterior, rest) >= WINNER_PROBABILITY:
            keep.append(
                f"Keep {label(approach)}: {figures}; better than your other invitations' "
                f"{percent(rest.mean)} with {_chance_above(posterior, rest):.2f} probability."
            )
        elif (
            approach != leader
            and counts.decided >= MIN_SENDS
            and (_chance_above(posteriors[leader], posterior) >= WINNER_PROBABILITY)
        ):
            drop.append(
                f"Drop {label(approach)}: {figures}; below {label(leader)}'s "
                f"{percent(posteriors[leader].mean)} with "
                f"{_chance_above(posteriors[leader], posterior):.2f} probability."
            )
        else:
            test.append(
                f"Keep testing {label(approach)}: {figures}; {_open(approach, leader, posteriors)}"
            )
    return NextSteps(tuple(keep), tuple(drop), tuple(test + untried), decided)


def _figures(counts: Counts, posterior: Posterior) -> str:
    low, high = posterior.interval()
    return (
        f"{counts.accepted:,} of {counts.decided:,} accepted, about {percent(posterior.mean)} "
        f"expected (95% interval {percent(low, sign=False)}–{percent(high)})"
    )


def _open(approach: Approach, leader: Approach, posteriors: dict[Approach, Posterior]) -> str:
    if approach == leader:
        return "ahead for now, but not surely the best yet."
    more = sends_to_tell(posteriors[leader], posteriors[approach])
    if more is None:
        return f"too close to {label(leader)} to tell apart."
    return f"about {more:,} more sends, with {label(leader)}, would likely tell."


def _never_sent(names: Sequence[str]) -> str:
    which = "it" if len(names) == 1 else "them"
    return f"Try {', '.join(names)}: never sent yet, so nothing is known about {which}."


def _rest(history: History, approach: Approach) -> Posterior:
    """Every other decided invitation, taken together, with a uniform prior."""
    successes = trials = 0
    for other, counts in history.approaches.items():
        if other != approach:
            successes += counts.accepted
            trials += counts.decided
    return update(0.5, 2.0, successes, trials)


def _chance_above(first: Posterior, second: Posterior) -> float:
    """P(first's rate > second's), by the normal approximation of their difference."""
    spread = math.sqrt(first.variance + second.variance)
    return 0.5 * (1 + math.erf((first.mean - second.mean) / (spread * math.sqrt(2))))
