"""Approaches in one segment, crossed: a template's record in other segments informs its
rate in this one, as much as the user's own history says templates and segments
differ, and no more.

On the log-odds scale an approach's rate in a segment is a mean, plus the approach's
effect (how much better it does than the user's other approaches, everywhere), plus the
segment's shift (how much better every approach does with these people), plus the
cell's own deviation (how much this approach suits these people, beyond both), all
normal. The history holds, for each approach, its counts in the contact's segment and
its counts everywhere else, so each approach has two cells: here, at
mean + effect + shift + deviation, and elsewhere, at mean + effect + its deviations
there (several segments pooled, so their average deviation varies less).

How much approaches differ (the effects' spread) and how much cells differ (the
deviations') are learned, not given: each pair from a small grid is weighed by its
hyperprior and by the marginal likelihood of the counts (Laplace's method: the
posterior's mode by Newton's method, its curvature there), and a cell's rate is the
mixture over the grid. Taking the likeliest spreads as exact made intervals too narrow
whenever the cells' spread came out small, which a handful of approaches often makes
it look; averaging over the grid keeps the larger spreads in, in proportion to how
well they fit. (Told the cells' spread is 0.1, the intervals held the true rates 87% of
the time at 50 sends per template and segment, against 95% learning it.)

A cell's rate is then a normal on the log-odds scale, summed up by the Beta with the
same mean and variance of the rate. Taking only the prior from the crossed fit and
updating it with the cell's own counts exactly, as a Beta, covered as well but earned
less in the simulation (bench/bench_recommend.py, 50 seeds: 0.863-0.873 of the oracle
by week 8 against 0.882).

Every Newton step is linear in the number of approaches: given the mean and the
segment's shift the approaches are independent, so each step solves a 2x2 system per
approach and one 2x2 system for the mean and the shift (the Schur complement).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.learning.pooling import Posterior, expit, logit

Counted = tuple[int, int]  # (successes, trials)

# The spreads' grids and hyperpriors, as standard deviations on the log-odds scale.
# Approaches: log-normal around 0.6. Published acceptance between kinds of invitation
# runs from about 15% to 45% around 28%, ±0.77 on this scale: two standard deviations
# either way make it 0.4, one make it 0.77 (a Beta of concentration 10, the figure
# app/learning/hierarchy.py starts from); 0.6 is between. Cells: around 0.25, a template
# suiting some kinds of people better than others by less than templates differ
# overall; from 0.1, since no template suits every kind of person exactly as well. Half
# a unit of log either way (a factor of 1.65) within a standard deviation: with five
# approaches the counts say little about their spread, and a wider hyperprior made the
# intervals of a few sends too wide (tests/learning/test_coverage.py).
_EFFECT_SPREADS = (0.3, 0.5, 0.75, 1.1, 1.6)
_TYPICAL_EFFECT, _EFFECT_LOG_SD = 0.6, 0.5
_CELL_SPREADS = (0.1, 0.2, 0.3, 0.45, 0.7, 1.0)
_TYPICAL_CELL, _CELL_LOG_SD = 0.25, 0.5
# The segment's shift from the others, as acceptance rates of different audiences spread
# (the same published range as above, a little narrower: the same sender's audiences).
SHIFT_SPREAD = 0.5
# Newton's method at the grid's likeliest point a priori, then one step at each other.
# A full step from far off (a rate of 32% over 1,167 invitations, from a prior at 5.4%)
# swings further out each time on the log-odds scale: no cell moves more than
# _LARGEST_MOVE in one step, which converges from anywhere.
_ITERATIONS, _TOLERANCE, _LARGEST_MOVE = 40, 1e-7, 1.0
_LOG_ODDS_BOUND = 30.0
# Gauss-Hermite nodes and weights (probabilists', normalised) for a rate's moments.
_NODES = (-2.8569700138728056, -1.3556261799742659, 0.0, 1.3556261799742659, 2.8569700138728056)
_NODE_WEIGHTS = (
    0.011257411327720691,
    0.22207592200561266,
    0.5333333333333333,
    0.22207592200561266,
    0.011257411327720691,
)


@dataclass(frozen=True)
class _Spreads:
    effect: float  # variance of the approaches' effects
    cell: float  # variance of a cell's deviation in one segment
    log_prior: float


def _log_normal(value: float, typical: float, spread: float) -> float:
    z = (math.log(value) - math.log(typical)) / spread
    return -z * z / 2


_GRID = tuple(
    _Spreads(
        effect * effect,
        cell * cell,
        _log_normal(effect, _TYPICAL_EFFECT, _EFFECT_LOG_SD)
        + _log_normal(cell, _TYPICAL_CELL, _CELL_LOG_SD),
    )
    for effect in _EFFECT_SPREADS
    for cell in _CELL_SPREADS
)
_START = max(range(len(_GRID)), key=lambda i: _GRID[i].log_prior)


@dataclass(frozen=True)
class _Solution:
    """One Newton step's result: every cell's log-odds (elsewhere, here) per approach,
    the here cells' variances, and the Laplace approximation of log p(counts)."""

    cells: list[tuple[float, float]]
    here_variances: list[float]
    log_evidence: float


class _Problem:
    """The counts, the prior on the mean, and the segment shift's variance."""

    def __init__(
        self, mean: float, weight: float, counts: Sequence[tuple[Counted, Counted]], others: int
    ) -> None:
        mean = min(max(mean, 1e-3), 1 - 1e-3)
        self.mean = logit(mean)
        # The published figure counts as `weight` invitations: a binomial's information.
        self.mean_precision = weight * mean * (1 - mean)
        self.shift_precision = 1 / (SHIFT_SPREAD**2 * (1 + 1 / others))
        self.others = others
        self.counts = counts

    def slopes(self, around: Sequence[tuple[float, float]]) -> list[tuple[float, ...]]:
        """Per approach, the log-likelihood's curvature (negated) and slope at `around`,
        elsewhere then here: what every spread's step from there shares."""
        return [
            (*_curvature(*elsewhere, x0), *_curvature(*here, z0))
            for (here, elsewhere), (x0, z0) in zip(self.counts, around, strict=True)
        ]

    def step(
        self,
        spreads: _Spreads,
        around: Sequence[tuple[float, float]],
        slopes: Sequence[tuple[float, ...]],
    ) -> _Solution:
        """One Newton step from the cells' log-odds `around`, for these spreads."""
        # The prior covariance of an approach's (elsewhere, here) given the mean and the
        # shift, and its inverse s.
        c11 = spreads.effect + spreads.cell / self.others
        c22 = spreads.effect + spreads.cell
        c12 = spreads.effect
        det_c = c11 * c22 - c12 * c12
        s11, s12, s22 = c22 / det_c, -c12 / det_c, c11 / det_c
        g11 = self.mean_precision
        g22 = self.shift_precision
        g12 = 0.0
        r1 = self.mean_precision * self.mean
        r2 = 0.0
        log_det = 0.0
        solved = []
        for (x0, z0), (px, gx, pz, gz) in zip(around, slopes, strict=True):
            # B = s + P, its inverse i.
            b11, b12, b22 = s11 + px, s12, s22 + pz
            det_b = b11 * b22 - b12 * b12
            log_det += math.log(det_b)
            i11, i12, i22 = b22 / det_b, -b12 / det_b, b11 / det_b
            c1, c2 = gx + px * x0, gz + pz * z0
            # s·i, then K = s - s·i·s and v = s·i·c.
            a11, a12 = s11 * i11 + s12 * i12, s11 * i12 + s12 * i22
            a21, a22 = s12 * i11 + s22 * i12, s12 * i12 + s22 * i22
            k11 = s11 - (a11 * s11 + a12 * s12)
            k12 = s12 - (a11 * s12 + a12 * s22)
            k22 = s22 - (a21 * s12 + a22 * s22)
            v1, v2 = a11 * c1 + a12 * c2, a21 * c1 + a22 * c2
            # The mean and the shift map to (elsewhere, here) as (mean, mean + shift).
            g11 += k11 + 2 * k12 + k22
            g12 += k12 + k22
            g22 += k22
            r1 += v1 + v2
            r2 += v2
            solved.append((i11, i12, i22, c1, c2))
        det_g = g11 * g22 - g12 * g12
        log_det += math.log(det_g)
        h11, h12, h22 = g22 / det_g, -g12 / det_g, g11 / det_g
        mean = h11 * r1 + h12 * r2
        shift = h12 * r1 + h22 * r2
        centre_x, centre_z = mean, mean + shift
        # The here cell's variance picks up the mean's and the shift's through
        # e = i·s·A: Cov = i + e·H·eᵀ.
        cells, variances = [], []
        log_evidence = -log_det / 2 - len(self.counts) * math.log(det_c) / 2
        log_evidence -= self.mean_precision * (mean - self.mean) ** 2 / 2
        log_evidence -= self.shift_precision * shift * shift / 2
        for ((here_s, here_n), (else_s, else_n)), (i11, i12, i22, c1, c2) in zip(
            self.counts, solved, strict=True
        ):
            t1 = c1 + s11 * centre_x + s12 * centre_z
            t2 = c2 + s12 * centre_x + s22 * centre_z
            x, z = i11 * t1 + i12 * t2, i12 * t1 + i22 * t2
            cells.append((x, z))
            # Row "here" of i·s, then of i·s·A (A's columns: mean, shift).
            e1 = i12 * s11 + i22 * s12
            e2 = i12 * s12 + i22 * s22
            em, es = e1 + e2, e2
            variances.append(i22 + em * em * h11 + 2 * em * es * h12 + es * es * h22)
            dx, dz = x - centre_x, z - centre_z
            if else_n:
                log_evidence += _log_likelihood(else_s, else_n, x)
            if here_n:
                log_evidence += _log_likelihood(here_s, here_n, z)
            log_evidence -= (s11 * dx * dx + 2 * s12 * dx * dz + s22 * dz * dz) / 2
        return _Solution(cells, variances, log_evidence)


def _bounded(counted: Counted) -> Counted:
    """Counts as a binomial has them: no negative trials, no more successes than trials."""
    successes, trials = counted
    trials = max(trials, 0)
    return min(max(successes, 0), trials), trials


def _curvature(successes: int, trials: int, at: float) -> tuple[float, float]:
    """The binomial log-likelihood's curvature (negated) and slope at log-odds `at`."""
    if not trials:
        return 0.0, 0.0
    rate = expit(min(max(at, -_LOG_ODDS_BOUND), _LOG_ODDS_BOUND))
    return trials * rate * (1 - rate), successes - trials * rate


def _log_likelihood(successes: int, trials: int, at: float) -> float:
    # log(1 + e^at), without overflow either way.
    softplus = max(at, 0.0) + math.log1p(math.exp(-abs(at)))
    return successes * at - trials * softplus


def here_rates(
    mean: float, weight: float, counts: Sequence[tuple[Counted, Counted]], others: int
) -> list[Posterior]:
    """Each approach's rate in the segment, from its (here, elsewhere) counts: the prior
    on the mean is `mean` worth `weight` invitations; `others` is how many other
    segments the elsewhere counts pool (at least 1)."""
    if not counts:
        return []
    counts = [(_bounded(here), _bounded(elsewhere)) for here, elsewhere in counts]
    problem = _Problem(mean, weight, counts, max(others, 1))
    around = [(problem.mean, problem.mean)] * len(counts)
    start = _GRID[_START]
    for _ in range(_ITERATIONS):
        solution = problem.step(start, around, problem.slopes(around))
        moved = max(
            max(abs(x - x0), abs(z - z0))
            for (x, z), (x0, z0) in zip(solution.cells, around, strict=True)
        )
        scale = min(1.0, _LARGEST_MOVE / moved) if moved > 0 else 1.0
        around = [
            (x0 + scale * (x - x0), z0 + scale * (z - z0))
            for (x, z), (x0, z0) in zip(solution.cells, around, strict=True)
        ]
        if moved < _TOLERANCE:
            break
    slopes = problem.slopes(around)
    solutions = [problem.step(spreads, around, slopes) for spreads in _GRID]
    logs = [s.log_evidence + spreads.log_prior for s, spreads in zip(solutions, _GRID, strict=True)]
    top = max(logs)
    weights = [math.exp(value - top) for value in logs]
    total = sum(weights)
    rates = []
    for index, ((here_s, here_n), _elsewhere) in enumerate(counts):
        # The mixture over the grid, summed up by its mean and variance on the log-odds
        # scale, then by its rate's mean and variance, as a Beta.
        first = second = 0.0
        for weight_, solution in zip(weights, solutions, strict=True):
            centre = solution.cells[index][1]
            first += weight_ * centre
            second += weight_ * (centre * centre + solution.here_variances[index])
        centre = first / total
        spread = math.sqrt(max(second / total - centre * centre, 1e-12))
        rates.append(_beta(centre, spread, here_s, here_n))
    return rates


def _beta(centre: float, spread: float, successes: int, trials: int) -> Posterior:
    """The Beta with the mean and variance of expit(N(centre, spread²)); `successes` and
    `trials` (already in it) are kept for the counts shown beside it."""
    mean = square = 0.0
    for node, weight in zip(_NODES, _NODE_WEIGHTS, strict=True):
        rate = expit(min(max(centre + spread * node, -_LOG_ODDS_BOUND), _LOG_ODDS_BOUND))
        mean += weight * rate
        square += weight * rate * rate
    variance = max(square - mean * mean, 1e-12)
    size = max(mean * (1 - mean) / variance - 1, 1e-3)
    return Posterior(mean * size, (1 - mean) * size, successes, trials)
