"""Recommendations: how well following them does, and how long recomputing them takes.

The simulation: users with known true acceptance rates (5 templates, 3 segments; rates
around 30%, segments and templates differing on the log-odds scale) send 20 invitations
a week for 26 weeks, each to someone of a random segment, choosing the template by the
recommender (what the composer says to send next, app/learning/next_send.py: the named
winner, else the template whose send is worth most now and for what it teaches; the
model refitted before each send), by its opt-in explore (Thompson sampling over the
same posteriors), by "best so far" (greedy: each template once, then the highest
observed rate in the segment), or by an even A/B split (in turn). Printed: each one's
cumulative expected acceptances (the true rates of what it sent) as a share of the
oracle's, who always
sends the segment's truly best template, per week, averaged over the seeds (200 by
default, on two processes); and what following the recommender lost, split into sends
of another than the model's leader (trying) and sends of a leader that was not truly
the best. Then the time to recompute the recommendations for one contact over 100,000
history rows, in wall-clock and processor time, and how often the intervals hold the
true rates in this world of three segments. Asserts nothing.

`--world low-rates` runs the simulation and the coverage in a second world, made
differently from the one the recommender was measured and tuned on, to check that a
change does not merely fit that one: 8 templates, 5 segments, acceptance around 11%,
templates differing less and cells more (0.5 and 0.5 on the log-odds scale, against
0.74 and 0.3).

    .venv/bin/python bench/bench_recommend.py [--data SEEDED_FOLDER] [--seeds 200]
        [--workers 2] [--no-recompute] [--no-explore] [--world published|low-rates] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.contacts import Contact
from app.learning import recommend_for
from app.learning.best import WINNER_PROBABILITY, p_best
from app.learning.history import Approach, Counts, History, read_history
from app.learning.model import acceptance, fit
from app.learning.next_send import next_send
from app.learning.pooling import Posterior
from app.learning.segments import Segment
from app.library.templates import load_library
from app.paths import DATABASE_NAME
from app.settings import Settings
from app.stats.outcomes import cutoff_text
from app.store import Store
from bench.seed import seed

WEEKS, PER_WEEK = 26, 20
TARGET_MS = 100


@dataclass(frozen=True)
class World:
    """How a simulated user's true rates are made, on the log-odds scale: a template's
    logit(Beta(`template_rate`)), plus a segment's shift N(0, `shift`²), plus the
    pair's own deviation N(0, `cell`²)."""

    templates: tuple[Approach, ...]
    segments: tuple[Segment, ...]
    template_rate: tuple[float, float]
    shift: float
    cell: float

    def true_rates(self, rng: random.Random) -> dict[tuple[Approach, Segment], float]:
        base = {
            t: math.log(r / (1 - r))
            for t in self.templates
            for r in [rng.betavariate(*self.template_rate)]
        }
        shift = {s: rng.gauss(0, self.shift) for s in self.segments}
        return {
            (t, s): 1 / (1 + math.exp(-(base[t] + shift[s] + rng.gauss(0, self.cell))))
            for t in self.templates
            for s in self.segments
        }


def _segments(*groups: str) -> tuple[Segment, ...]:
    return tuple(Segment(group, "acquainted", False) for group in groups)


WORLDS = {
    # Checked against published figures (docs/recommendations.md): acceptance around 31%,
    # templates differing by 0.74 on the log-odds scale, cells by 0.3.
    "published": World(
        tuple(Approach(f"template-{n}", True) for n in range(5)),
        _segments("Clients", "Met once", "Vendors"),
        (3, 7),
        0.5,
        0.3,
    ),
    # Acceptance around 11%; templates differing by 0.5 (logit(Beta(5, 40))), cells by 0.5.
    "low-rates": World(
        tuple(Approach(f"template-{n}", True) for n in range(8)),
        _segments("Clients", "Met once", "Vendors", "Recruiters", "Alumni"),
        (5, 40),
        0.5,
        0.5,
    ),
}
TEMPLATES = WORLDS["published"].templates
SEGMENTS = WORLDS["published"].segments


def true_rates(rng: random.Random) -> dict[tuple[Approach, Segment], float]:
    """The published world's true rates (bench/bench_recommend_crossed.py's too)."""
    return WORLDS["published"].true_rates(rng)


@dataclass
class Run:
    """One simulated user's cumulative expected acceptances per week and, for the
    policies that follow the model, what they lost to the oracle by sending something
    other than the model's leader (trying) and by sending a leader that was not truly
    the best (a wrong leader), cumulative per week."""

    earned: list[float] = field(default_factory=list)
    trying: list[float] = field(default_factory=list)
    wrong_leader: list[float] = field(default_factory=list)


def simulate(policy: str, seed_number: int, world: World) -> Run:
    rng = random.Random(seed_number)
    rates = world.true_rates(rng)
    templates, segments = world.templates, world.segments
    choices = random.Random(seed_number * 7919 + len(policy))
    counts: dict[tuple[Approach, Segment], Counts] = {}
    run, total, trying, wrong, turn = Run(), 0.0, 0.0, 0.0, 0
    for _week in range(WEEKS):
        for _send in range(PER_WEEK):
            segment = segments[choices.randrange(len(segments))]
            leader = None
            if policy == "oracle":
                template = max(templates, key=lambda t: rates[(t, segment)])
            elif policy == "even":
                template, turn = templates[turn % len(templates)], turn + 1
            elif policy == "greedy":
                template = _greedy(counts, segment, templates, choices)
            else:
                # Refitted before every send, as the composer does after each one recorded.
                cells = _cells(counts, segment, templates)
                leader = max(templates, key=lambda t: cells[t].mean)
                if policy == "recommender":
                    template = _recommended(counts, cells, templates)
                else:
                    template = max(
                        templates, key=lambda t: choices.betavariate(cells[t].a, cells[t].b)
                    )
            rate = rates[(template, segment)]
            total += rate
            lost = max(rates[(t, segment)] for t in templates) - rate
            if leader is not None and template != leader:
                trying += lost
            elif leader is not None:
                wrong += lost
            tally = counts.setdefault((template, segment), Counts())
            accepted = int(choices.random() < rate)
            tally.decided += 1
            tally.accepted += accepted
        run.earned.append(total)
        run.trying.append(trying)
        run.wrong_leader.append(wrong)
    return run


def _greedy(
    counts: dict[tuple[Approach, Segment], Counts],
    segment: Segment,
    templates: tuple[Approach, ...],
    rng: random.Random,
) -> Approach:
    untried = [t for t in templates if (t, segment) not in counts]
    if untried:
        return untried[0]
    best = max(counts[(t, segment)].accepted / counts[(t, segment)].decided for t in templates)
    leaders = [
        t for t in templates if counts[(t, segment)].accepted / counts[(t, segment)].decided == best
    ]
    return rng.choice(leaders)


def _cells(
    counts: dict[tuple[Approach, Segment], Counts],
    segment: Segment,
    templates: tuple[Approach, ...],
) -> dict[Approach, Posterior]:
    """The model's acceptance posterior per template for `segment`, from the sends so far."""
    approaches: dict[Approach, Counts] = {}
    groups: dict[tuple[str, str], Counts] = {}
    for (template, where), tally in counts.items():
        approaches.setdefault(template, Counts()).add(tally)
        groups.setdefault((where.group, where.band), Counts()).add(tally)
    cells = {t: c for (t, s), c in counts.items() if s == segment}
    history = History(approaches, groups, segment, cells)
    return fit(history, acceptance, templates).cells


def _recommended(
    counts: dict[tuple[Approach, Segment], Counts],
    cells: dict[Approach, Posterior],
    templates: tuple[Approach, ...],
) -> Approach:
    """What the composer suggests sending (app/learning/recommend.py): `next_send`, given
    the winner if one is named. The winner is looked for only when it would change the
    choice (the leader is not already it), since p_best takes as long as a fit."""
    choice = next_send(cells, None)
    tried = sorted({template for template, _segment in counts}, key=lambda t: -cells[t].mean)
    if choice is None or len(tried) < 2 or choice == tried[0]:
        return choice or templates[0]
    chances = p_best([cells[t] for t in tried])
    winner = tried[0] if chances[0] >= WINNER_PROBABILITY else None
    return next_send(cells, winner) or templates[0]


def coverage(sends: int, seeds: int, world: World) -> float:
    """How often the 95% intervals for one segment's templates hold their true rates in
    the simulated world, every template sent `sends` times to each segment (the
    property tests/learning/test_coverage.py checks, in a world made the same way,
    with its own seeds)."""
    held = total = 0
    for seed_number in range(seeds):
        rng = random.Random(seed_number * 31 + sends)
        rates = world.true_rates(rng)
        counts = {
            cell: Counts(sends, sum(rng.random() < rate for _ in range(sends)))
            for cell, rate in rates.items()
        }
        first = world.segments[0]
        cells = _cells(counts, first, world.templates)
        for template in world.templates:
            low, high = cells[template].interval()
            held += low <= rates[(template, first)] <= high
            total += 1
    return held / total


COVERAGE_SENDS = (2, 5, 10, 20, 50)
POLICIES = ("recommender", "explore", "greedy", "even")
# What the recommender lost to the oracle, by cause.
LOSSES = ("recommender trying", "recommender wrong leader")


def _shares(seed_number: int, policies: tuple[str, ...], world: str) -> dict[str, list[float]]:
    """One simulated user: each policy's cumulative share of the oracle per week, and
    the recommender's losses as shares of it."""
    oracle = simulate("oracle", seed_number, WORLDS[world]).earned
    shares = {}
    for policy in policies:
        run = simulate(policy, seed_number, WORLDS[world])
        shares[policy] = [mine / best for mine, best in zip(run.earned, oracle, strict=True)]
        if policy == "recommender":
            for cause, lost in zip(LOSSES, (run.trying, run.wrong_leader), strict=True):
                shares[cause] = [mine / best for mine, best in zip(lost, oracle, strict=True)]
    return shares


def simulation(
    seeds: int, workers: int, policies: tuple[str, ...], world: str
) -> dict[str, list[float]]:
    """Per policy (and loss), the mean over seeds of its cumulative share of the oracle,
    per week."""
    with ProcessPoolExecutor(workers) as pool:
        users = list(
            pool.map(_shares, range(seeds), [policies] * seeds, [world] * seeds, chunksize=4)
        )
    return {
        policy: [
            round(statistics.fmean(week), 4)
            for week in zip(*(user[policy] for user in users), strict=True)
        ]
        for policy in (*policies, *LOSSES)
    }


def recompute(database: Path, runs: int) -> dict[str, float]:
    """Median ms for the totals alone (the tallies), and for one contact of the largest
    segment (the tallies and that segment's messages)."""
    settings = Settings(my_location="Toronto")
    library = load_library()
    now = datetime.now(UTC)
    cutoff = cutoff_text(now, settings.pending_days)
    with Store.open(database) as store:
        [(group, strength, contacts)] = store.query(
            "SELECT group_name, strength, count(*) FROM contacts GROUP BY 1, 2"
            " ORDER BY 3 DESC LIMIT 1"
        )
        contact = Contact(name="Ana Souza", group=group, strength=strength, location="Toronto")
        totals, one, cpu = [], [], []
        for _ in range(runs):
            began = time.perf_counter()
            read_history(store, cutoff)
            totals.append((time.perf_counter() - began) * 1000)
            began, processor = time.perf_counter(), time.process_time()
            recommend_for(store, settings, library, contact, now)
            one.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - processor) * 1000)
        rows = store.message_count()
    return {
        "rows": rows,
        "segment_contacts": contacts,
        "totals_median_ms": round(statistics.median(totals), 1),
        "contact_median_ms": round(statistics.median(one), 1),
        "contact_max_ms": round(max(one), 1),
        # Processor time: what the machine's other work does not inflate.
        "contact_cpu_median_ms": round(statistics.median(cpu), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder filled by bench/seed.py")
    parser.add_argument("--seeds", type=int, default=200)
    # Two processes: the machine has two cores, shared.
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-recompute", action="store_true", help="the simulation only")
    # Thompson sampling takes as long as the recommender: on a loaded machine, leave it out.
    parser.add_argument("--no-explore", action="store_true", help="simulate without explore")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--world", choices=sorted(WORLDS), default="published")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    policies = tuple(p for p in POLICIES if not (args.no_explore and p == "explore"))
    shares = simulation(args.seeds, args.workers, policies, args.world)
    # 300 seeds: 1,500 intervals per size in the published world, a standard error of
    # about 0.6 points.
    world = WORLDS[args.world]
    covered = {sends: round(coverage(sends, 300, world), 4) for sends in COVERAGE_SENDS}
    timing: dict[str, float] = {}
    if not args.no_recompute:
        with tempfile.TemporaryDirectory() as folder:
            data = args.data or Path(folder)
            if args.data is None:
                seed(data, 10_000, 100_000)
            timing = recompute(data.resolve() / DATABASE_NAME, args.runs)
    if args.json:
        figures = {"world": args.world, "share_of_oracle": shares, "coverage": covered, **timing}
        print(json.dumps({"recommend": figures}))
        return 0
    print(
        f"share of the oracle's expected acceptances, {args.world} world, mean of"
        f" {args.seeds} seeds:"
    )
    columns = (*policies, *LOSSES)
    print("week  " + "".join(f"{name.removeprefix('recommender '):>13}" for name in columns))
    for week in range(WEEKS):
        print(f"{week + 1:>4}  " + "".join(f"{shares[p][week]:>13.3f}" for p in columns))
    print("(trying, wrong leader: what following the recommender lost to the oracle by")
    print(" sending another than the model's leader, and by sending a leader not truly best)")
    print(
        f"95% intervals holding the true rate, {len(world.segments)} segments, n sends per"
        " template and segment: " + ", ".join(f"{share:.1%} at {n}" for n, share in covered.items())
    )
    if timing:
        verdict = "meets" if timing["contact_median_ms"] < TARGET_MS else "misses"
        print(
            f"recompute over {timing['rows']:,} history rows: totals"
            f" {timing['totals_median_ms']} ms; one contact of the largest segment"
            f" ({timing['segment_contacts']:,} contacts) median {timing['contact_median_ms']} ms,"
            f" slowest {timing['contact_max_ms']} ms, processor time"
            f" {timing['contact_cpu_median_ms']} ms ({verdict} the {TARGET_MS} ms target)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
