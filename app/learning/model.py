"""The model: a rate per approach for the contact's segment, borrowing from the levels
above it (note or none, then the approach over every segment, then the segment over
every approach) as much as the user's own rates say it should.

Levels, from the top:

1. Note or none: the published figure (app/learning/priors.py) updated with every
   invitation sent that way.
2. Approach: its own invitations, drawn from a Beta around level 1 whose mean and
   concentration are integrated over, given how much the user's approaches differ
   (app/learning/hierarchy.py).
3. Segment: how much better or worse than expected for their approaches the segment's
   invitations did, shrunk towards no difference the same way across the tallied
   segments, as a shift on the log-odds scale.
4. Approach in segment: its invitations there, with a prior at level 2 shifted by
   level 3.

No level's prior may count for more invitations than the level above it holds: a
concentration estimated at 200 must not make a template never sent look certain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.learning import priors
from app.learning.hierarchy import Level
from app.learning.history import Approach, Counts, History
from app.learning.pooling import Posterior, concentration, expit, logit, update

# What a rate is counted from: (successes, trials) of some counts.
Measure = Callable[[Counts], tuple[int, int]]


def acceptance(counts: Counts) -> tuple[int, int]:
    return counts.accepted, counts.decided


def reply(counts: Counts) -> tuple[int, int]:
    return counts.replied, counts.accepted


_PRIORS: dict[Measure, Callable[[bool], float]] = {
    acceptance: priors.acceptance_prior,
    reply: priors.reply_prior,
}


@dataclass(frozen=True)
class Fit:
    """Posteriors for one outcome: by note or none and by approach over every segment,
    and in the segment asked about."""

    notes: dict[bool, Posterior]
    approaches: dict[Approach, Posterior]
    segment_notes: dict[bool, Posterior]
    cells: dict[Approach, Posterior]


def fit(history: History, measure: Measure, candidates: Iterable[Approach] = ()) -> Fit:
    """Fit one outcome (`acceptance` or `reply`) for the approaches in the history and
    the `candidates`, in `history.segment`.

    Each level's prior leaves out the counts it is the prior of (an approach's own, at
    the level of note or none; the segment's, at the level of the approach), so no
    invitation is counted twice and the intervals stay honest."""
    prior = _PRIORS[measure]
    totals = {note: _total(history.approaches, measure, note) for note in (True, False)}
    notes = {note: update(prior(note), priors.PRIOR_SENDS, *totals[note]) for note in (True, False)}

    def note_level(note: bool, less: tuple[int, int]) -> Posterior:
        successes, trials = totals[note]
        return update(prior(note), priors.PRIOR_SENDS, successes - less[0], trials - less[1])

    wanted = {*history.approaches, *history.cells, *candidates}
    approaches, elsewhere = {}, {}
    for note in (True, False):
        mine = [a for a in history.approaches if a.note == note]
        level = Level(
            prior(note), priors.PRIOR_SENDS, [measure(history.approaches[a]) for a in mine]
        )
        for approach in (a for a in wanted if a.note == note):
            own = measure(history.approaches.get(approach, Counts()))
            here = measure(history.cells.get(approach, Counts()))
            approaches[approach] = level.posterior(own, own)
            elsewhere[approach] = level.posterior((own[0] - here[0], own[1] - here[1]), own)

    shift = _segment_shift(history, measure, elsewhere)
    within = concentration(
        (*measure(counts), expit(logit(elsewhere[a].mean) + shift))
        for a, counts in history.cells.items()
    )
    cells = {}
    for approach in wanted:
        above = elsewhere[approach]
        counts = history.cells.get(approach, Counts())
        mean = expit(logit(above.mean) + shift)
        cells[approach] = update(mean, min(within, above.weight), *measure(counts))
    segment_notes = {}
    for note in (True, False):
        here = _total(history.cells, measure, note)
        above = note_level(note, here)
        mean = expit(logit(above.mean) + shift)
        segment_notes[note] = update(mean, min(within, above.weight), *here)
    return Fit(notes, approaches, segment_notes, cells)


def _total(counts: dict[Approach, Counts], measure: Measure, note: bool) -> tuple[int, int]:
    successes = trials = 0
    for approach, tally in counts.items():
        if approach.note == note:
            s, t = measure(tally)
            successes += s
            trials += t
    return successes, trials


def _segment_shift(
    history: History, measure: Measure, approaches: dict[Approach, Posterior]
) -> float:
    """How much better (or worse) the segment does than its approaches do everywhere, on
    the log-odds scale, shrunk by how much the tallied segments differ from each other."""
    successes = trials = 0
    expected = 0.0
    for approach, counts in history.cells.items():
        s, t = measure(counts)
        successes += s
        trials += t
        expected += t * approaches[approach].mean
    if trials == 0:
        return 0.0
    overall = sum(measure(c)[0] for c in history.approaches.values())
    tried = sum(measure(c)[1] for c in history.approaches.values())
    mean = (overall + 1) / (tried + 2)
    spread = concentration((*measure(counts), mean) for counts in history.groups.values())
    typical = expected / trials
    shrunk = (successes + spread * typical) / (trials + spread)
    return logit(shrunk) - logit(typical)
