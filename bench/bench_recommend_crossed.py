"""Recommendations: how far a crossed model could go in bench_recommend.py's world.

Not Rapport's model: the one the simulated world is made from, given the world's own
spreads instead of learning them, as a yardstick for Rapport's. A template's rate in a
segment is, on the log-odds scale, a mean + the template's effect + the segment's
shift + the cell's own deviation, all normal. It sees only what Rapport's history holds
for one contact: each template's counts in the contact's segment and its counts
everywhere else, so 2 cells per template, fitted by Laplace's method (Newton's method
to the posterior mode; the inverse Hessian there as the covariance).

Printed: following it with the rule of app/learning/next_send.py (each cell's rate summed
up as the Beta of the same mean and variance, as Rapport's model does), its cumulative
share of the oracle's expected acceptances per week over the same seeds and world as
bench_recommend.py; and how often its 95% intervals hold the true rates with every
template sent n times to each segment. Asserts nothing.

    .venv/bin/python bench/bench_recommend_crossed.py [--seeds 100] [--weeks 8]
        [--cell-spread 0.3] [--workers 2]
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.learning.next_send import next_send
from app.learning.pooling import Posterior
from bench.bench_recommend import PER_WEEK, SEGMENTS, TEMPLATES, true_rates

# The world's own spreads on the log-odds scale (bench_recommend.true_rates): a
# template's logit(Beta(3, 7)) has mean ψ(3) − ψ(7) = −0.95 and variance
# ψ'(3) + ψ'(7) = 0.548; segments' shifts 0.5, cells' deviations 0.3.
MEAN, TEMPLATE_VAR, SHIFT_SD = -0.95, 0.548, 0.5
Z95 = 1.96

Matrix = list[list[float]]


def _cholesky(a: Matrix) -> Matrix:
    n = len(a)
    low = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1):
            rest = a[i][j] - sum(low[i][k] * low[j][k] for k in range(j))
            low[i][j] = math.sqrt(rest) if i == j else rest / low[j][j]
    return low


def _solve(low: Matrix, b: list[float]) -> list[float]:
    n = len(b)
    y = [0.0] * n
    for i in range(n):
        y[i] = (b[i] - sum(low[i][k] * y[k] for k in range(i))) / low[i][i]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (y[i] - sum(low[k][i] * x[k] for k in range(i + 1, n))) / low[i][i]
    return x


def precision(cell_sd: float) -> Matrix:
    """The prior's inverse covariance over the cells (template t here: 2t, elsewhere:
    2t + 1). Elsewhere is two segments pooled: its deviation's variance is halved, and
    the shift of the contact's segment from the rest has a variance of 1.5 shifts'."""
    n = 2 * len(TEMPLATES)
    here_shift = 1.5 * SHIFT_SD**2
    covariance = [
        [
            (TEMPLATE_VAR if i // 2 == j // 2 else 0.0)
            + (here_shift if i % 2 == 0 and j % 2 == 0 else 0.0)
            + ((cell_sd**2 if i % 2 == 0 else cell_sd**2 / 2) if i == j else 0.0)
            for j in range(n)
        ]
        for i in range(n)
    ]
    low = _cholesky(covariance)
    columns = [_solve(low, [float(i == j) for i in range(n)]) for j in range(n)]
    return [[columns[j][i] for j in range(n)] for i in range(n)]


def posterior(
    prior: Matrix, successes: list[int], trials: list[int]
) -> tuple[list[float], list[float]]:
    """Each cell's posterior mode and variance on the log-odds scale."""
    n = len(successes)
    theta = [MEAN] * n
    hessian = prior
    for _ in range(30):
        rates = [1 / (1 + math.exp(-x)) for x in theta]
        gradient = [
            sum(prior[i][j] * (theta[j] - MEAN) for j in range(n))
            - (successes[i] - trials[i] * rates[i])
            for i in range(n)
        ]
        hessian = [
            [
                prior[i][j] + (trials[i] * rates[i] * (1 - rates[i]) if i == j else 0.0)
                for j in range(n)
            ]
            for i in range(n)
        ]
        step = _solve(_cholesky(hessian), gradient)
        theta = [x - d for x, d in zip(theta, step, strict=True)]
        if max(abs(d) for d in step) < 1e-7:
            break
    low = _cholesky(hessian)
    variances = [_solve(low, [float(i == j) for i in range(n)])[j] for j in range(n)]
    return theta, variances


def _choose(modes: list[float], variances: list[float], here: list[int]) -> int:
    """What app/learning/next_send.py sends next, given the contact's segment's cells
    (the even ones) and how many sends each has had."""
    cells = {}
    for t, template in enumerate(TEMPLATES):
        # Templates alike so far (never sent, say) come out of the solves a rounding
        # error apart: rounded, they tie and the first by name is sent, as in Rapport.
        rate = 1 / (1 + math.exp(-round(modes[2 * t], 9)))
        variance = (rate * (1 - rate)) ** 2 * round(variances[2 * t], 9)
        weight = max(rate * (1 - rate) / variance - 1, 1e-3)
        cells[template] = Posterior(rate * weight, (1 - rate) * weight, 0, here[t])
    return TEMPLATES.index(next_send(cells, None) or TEMPLATES[0])


def simulate(seed_number: int, weeks: int, cell_sd: float) -> list[float]:
    """One simulated user (the world and the draws of bench_recommend.simulate's
    recommender): the cumulative share of the oracle per week."""
    rng = random.Random(seed_number)
    rates = true_rates(rng)
    choices = random.Random(seed_number * 7919 + len("recommender"))
    prior = precision(cell_sd)
    accepted: dict[tuple[int, int], int] = {}
    sent: dict[tuple[int, int], int] = {}
    earned = best = 0.0
    shares = []
    for _week in range(weeks):
        for _send in range(PER_WEEK):
            where = choices.randrange(len(SEGMENTS))
            successes, trials = [], []
            for t in range(len(TEMPLATES)):
                for cells in ((where,), tuple(s for s in range(len(SEGMENTS)) if s != where)):
                    successes.append(sum(accepted.get((t, s), 0) for s in cells))
                    trials.append(sum(sent.get((t, s), 0) for s in cells))
            template = _choose(*posterior(prior, successes, trials), trials[::2])
            truth = [rates[(t, SEGMENTS[where])] for t in TEMPLATES]
            earned += truth[template]
            best += max(truth)
            sent[(template, where)] = sent.get((template, where), 0) + 1
            hit = int(choices.random() < truth[template])
            accepted[(template, where)] = accepted.get((template, where), 0) + hit
        shares.append(earned / best)
    return shares


def coverage(sends: int, seeds: int, cell_sd: float) -> float:
    """bench_recommend.coverage's experiment, for this model."""
    prior = precision(cell_sd)
    held = total = 0
    for seed_number in range(seeds):
        rng = random.Random(seed_number * 31 + sends)
        rates = true_rates(rng)
        hits = {
            cell: sum(rng.random() < rate for _ in range(sends)) for cell, rate in rates.items()
        }
        successes, trials = [], []
        for t in TEMPLATES:
            successes += [hits[(t, SEGMENTS[0])], sum(hits[(t, s)] for s in SEGMENTS[1:])]
            trials += [sends, sends * (len(SEGMENTS) - 1)]
        modes, variances = posterior(prior, successes, trials)
        for k, t in enumerate(TEMPLATES):
            reach = Z95 * math.sqrt(variances[2 * k])
            low, high = (1 / (1 + math.exp(-(modes[2 * k] + d))) for d in (-reach, reach))
            held += low <= rates[(t, SEGMENTS[0])] <= high
            total += 1
    return held / total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--weeks", type=int, default=8)
    parser.add_argument("--cell-spread", type=float, default=0.3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with ProcessPoolExecutor(args.workers) as pool:
        users = list(
            pool.map(
                simulate,
                range(args.seeds),
                [args.weeks] * args.seeds,
                [args.cell_spread] * args.seeds,
                chunksize=4,
            )
        )
    print(
        f"crossed model, cells' spread {args.cell_spread}, next_send's rule: share of the"
        f" oracle, mean of {args.seeds} seeds"
    )
    for week in range(args.weeks):
        print(f"week {week + 1:>2}  {statistics.fmean(user[week] for user in users):.3f}")
    covered = {n: coverage(n, 300, args.cell_spread) for n in (2, 5, 10, 20, 50)}
    print(
        "95% intervals holding the true rate, n sends per template and segment: "
        + ", ".join(f"{share:.1%} at {n}" for n, share in covered.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
