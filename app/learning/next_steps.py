"""What to do next, over the whole history: the approaches to keep, to drop and to test,
each in a plain sentence with the numbers behind it.

Nothing is claimed that the model cannot back at 0.95: an approach is kept when it is
the best of those tried with that probability, or better than the user's other
invitations taken together; dropped when it is worse than the leader with that
probability after at least MIN_SENDS decided invitations; everything else, and every
invitation template never sent, is still to test. The steps are values; the window
words them in its language (app/ui/history/next_steps_text.py).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from app.learning.best import WINNER_PROBABILITY, p_best, sends_to_tell
from app.learning.history import Approach, History
from app.learning.model import acceptance, fit
from app.learning.pooling import Posterior, update

# Fewer decided invitations than this, and "drop it" would rest on a handful of people.
MIN_SENDS = 10


class Advice(StrEnum):
    """What a step says to do, and on what grounds."""

    KEEP_BEST = "keep_best"  # the best of those tried, with WINNER_PROBABILITY
    KEEP_BETTER = "keep_better"  # better than the user's other invitations together
    DROP = "drop"  # below the leader
    TEST_LEADING = "test_leading"  # ahead, but not surely the best yet
    TEST_CLOSE = "test_close"  # too close to the leader to tell apart
    TEST_MORE = "test_more"  # about `more_sends` more sends would tell
    TRY = "try"  # the templates in `never_sent`, never sent


@dataclass(frozen=True)
class Step:
    """One thing to do, with the numbers behind it, for the window to word: `approach`
    had `accepted` of `decided` accepted, about `mean` expected (95% interval `low` to
    `high`). `compared` is the rate it is set against (the leader's, or the other
    invitations' together) and `probability` how sure the step is; `leader` is the
    approach ahead, `tried` how many approaches were."""

    advice: Advice
    approach: Approach | None = None
    accepted: int = 0
    decided: int = 0
    mean: float = 0.0
    low: float = 0.0
    high: float = 0.0
    probability: float = 0.0
    compared: float = 0.0
    leader: Approach | None = None
    tried: int = 0
    more_sends: int = 0
    never_sent: tuple[str, ...] = ()


@dataclass(frozen=True)
class NextSteps:
    keep: tuple[Step, ...]
    drop: tuple[Step, ...]
    test: tuple[Step, ...]
    decided: int


def next_steps(history: History, templates: Sequence[str]) -> NextSteps:
    """From every invitation decided in `history` (no segment), and the library's
    invitation `templates`, which were never sent are named as worth a test."""
    tried = sorted(a for a, c in history.approaches.items() if c.decided > 0)
    decided = sum(history.approaches[a].decided for a in tried)
    never = tuple(name for name in templates if Approach(name, True) not in history.approaches)
    untried = [Step(Advice.TRY, never_sent=never)] if never else []
    if not tried:
        return NextSteps((), (), tuple(untried), 0)
    posteriors = fit(history, acceptance).approaches
    chances = dict(zip(tried, p_best([posteriors[a] for a in tried]), strict=True))
    leader = max(tried, key=lambda a: posteriors[a].mean)
    keep, drop, test = [], [], []
    for approach in sorted(tried, key=lambda a: -posteriors[a].mean):
        counts, posterior = history.approaches[approach], posteriors[approach]
        low, high = posterior.interval()
        step = Step(
            Advice.TRY,
            approach,
            counts.accepted,
            counts.decided,
            posterior.mean,
            low,
            high,
            leader=leader,
            tried=len(tried),
        )
        rest = _rest(history, approach)
        if len(tried) > 1 and chances[approach] >= WINNER_PROBABILITY:
            keep.append(replace(step, advice=Advice.KEEP_BEST, probability=chances[approach]))
        elif rest.trials and _chance_above(posterior, rest) >= WINNER_PROBABILITY:
            keep.append(
                replace(
                    step,
                    advice=Advice.KEEP_BETTER,
                    probability=_chance_above(posterior, rest),
                    compared=rest.mean,
                )
            )
        elif (
            approach != leader
            and counts.decided >= MIN_SENDS
            and (_chance_above(posteriors[leader], posterior) >= WINNER_PROBABILITY)
        ):
            drop.append(
                replace(
                    step,
                    advice=Advice.DROP,
                    probability=_chance_above(posteriors[leader], posterior),
                    compared=posteriors[leader].mean,
                )
            )
        elif approach == leader:
            test.append(replace(step, advice=Advice.TEST_LEADING))
        else:
            more = sends_to_tell(posteriors[leader], posteriors[approach])
            if more is None:
                test.append(replace(step, advice=Advice.TEST_CLOSE))
            else:
                test.append(replace(step, advice=Advice.TEST_MORE, more_sends=more))
    return NextSteps(tuple(keep), tuple(drop), tuple(test + untried), decided)


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
