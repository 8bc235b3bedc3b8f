"""The model: a rate per approach for the contact's segment, from the approach's
invitations there and elsewhere, pooled as much as the user's own rates say it should.

1. Note or none: the published figure (app/learning/priors.py), worth 20 invitations.
2. Approach, over every segment: its own invitations, drawn from a Beta around level 1
   whose mean and concentration are integrated over, given how much the user's
   approaches differ (app/learning/hierarchy.py). What "What to do next" compares.
3. Approach in the contact's segment: crossed (app/learning/crossed.py): on the
   log-odds scale a mean (level 1's figure as its prior), the approach's effect, the
   segment's shift and the pair's own deviation, with the spreads of effects and
   deviations learned from the counts. An approach's record elsewhere informs its rate
   here as much as approaches and cells are found to differ.

Approaches sent with a note and without are pooled apart: published figures differ
between them (for replies after acceptance, nearly twofold).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.learning import priors
from app.learning.crossed import here_rates
from app.learning.hierarchy import Level
from app.learning.history import Approach, Counts, History
from app.learning.pooling import Posterior, update

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
    and in the segment asked about (by note or none: every invitation sent that way,
    as one approach)."""

    notes: dict[bool, Posterior]
    approaches: dict[Approach, Posterior]
    segment_notes: dict[bool, Posterior]
    cells: dict[Approach, Posterior]


def fit(history: History, measure: Measure, candidates: Iterable[Approach] = ()) -> Fit:
    """Fit one outcome (`acceptance` or `reply`) for the approaches in the history and
    the `candidates`, in `history.segment` (without one: over everyone).

    An approach's counts in the segment and elsewhere are apart in the crossed fit, so
    no invitation is counted twice and the intervals stay honest."""
    prior = _PRIORS[measure]
    totals = {note: _total(history.approaches, measure, note) for note in (True, False)}
    notes = {note: update(prior(note), priors.PRIOR_SENDS, *totals[note]) for note in (True, False)}

    wanted = {*history.approaches, *history.cells, *candidates}
    approaches = {}
    for note in (True, False):
        mine = [a for a in history.approaches if a.note == note]
        level = Level(
            prior(note), priors.PRIOR_SENDS, [measure(history.approaches[a]) for a in mine]
        )
        for approach in (a for a in wanted if a.note == note):
            own = measure(history.approaches.get(approach, Counts()))
            approaches[approach] = level.posterior(own, own)

    if history.segment is None:
        # For no one in particular: the approaches' rates over everyone.
        return Fit(notes, approaches, notes, {a: approaches[a] for a in wanted})
    # Other segments the counts elsewhere pool, for how much their deviations average out.
    here_group = (history.segment.group, history.segment.band)
    others = sum(1 for key, c in history.groups.items() if key != here_group and c.decided)
    cells: dict[Approach, Posterior] = {}
    segment_notes: dict[bool, Posterior] = {}
    for note in (True, False):
        mine = sorted(a for a in wanted if a.note == note)
        counts = []
        for approach in mine:
            own = measure(history.approaches.get(approach, Counts()))
            here = measure(history.cells.get(approach, Counts()))
            counts.append((here, (own[0] - here[0], own[1] - here[1])))
        rates = here_rates(prior(note), priors.PRIOR_SENDS, counts, others)
        cells.update(zip(mine, rates, strict=True))
        # Every invitation sent this way, as one approach: what a note or none does here.
        here = _total(history.cells, measure, note)
        [segment_notes[note]] = here_rates(
            prior(note),
            priors.PRIOR_SENDS,
            [(here, (totals[note][0] - here[0], totals[note][1] - here[1]))],
            others,
        )
    return Fit(notes, approaches, segment_notes, cells)


def _total(counts: dict[Approach, Counts], measure: Measure, note: bool) -> tuple[int, int]:
    successes = trials = 0
    for approach, tally in counts.items():
        if approach.note == note:
            s, t = measure(tally)
            successes += s
            trials += t
    return successes, trials
