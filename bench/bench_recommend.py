"""Recommendations: how well following them does, and how long recomputing them takes.

The simulation: users with known true acceptance rates (5 templates, 3 segments; rates
around 30%, segments and templates differing on the log-odds scale) send 20 invitations
a week for 26 weeks, each to someone of a random segment, choosing the template by the
recommender (its leader: the highest expected acceptance for the segment, the model
refitted before each send), by its opt-in explore (Thompson sampling over the same
posteriors), by "best so far" (greedy: each template once, then the highest observed
rate in the segment), or by an even A/B split (in turn). Printed: each one's cumulative
expected acceptances (the true rates of what it sent) as a share of the oracle's, who
always sends the segment's truly best template, per week, averaged over 200 seeds. Then
the time to recompute the recommendations for one contact over 100,000 history rows,
in wall-clock and processor time.
Asserts nothing.

    .venv/bin/python bench/bench_recommend.py [--data SEEDED_FOLDER] [--seeds 200] [--json]
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
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.contacts import Contact
from app.learning import recommend_for
from app.learning.history import Approach, Counts, History, read_history
from app.learning.model import acceptance, fit
from app.learning.segments import Segment
from app.library.templates import load_library
from app.paths import DATABASE_NAME
from app.settings import Settings
from app.stats.outcomes import cutoff_text
from app.store import Store
from bench.seed import seed

TEMPLATES = [Approach(f"template-{n}", True) for n in range(5)]
SEGMENTS = [Segment(group, "acquainted", False) for group in ("Clients", "Met once", "Vendors")]
WEEKS, PER_WEEK = 26, 20
TARGET_MS = 100


def true_rates(rng: random.Random) -> dict[tuple[Approach, Segment], float]:
    base = {t: math.log(r / (1 - r)) for t in TEMPLATES for r in [rng.betavariate(3, 7)]}
    shift = {s: rng.gauss(0, 0.5) for s in SEGMENTS}
    return {
        (t, s): 1 / (1 + math.exp(-(base[t] + shift[s] + rng.gauss(0, 0.3))))
        for t in TEMPLATES
        for s in SEGMENTS
    }


def simulate(policy: str, seed_number: int) -> list[float]:
    """Cumulative expected acceptances per week for one simulated user."""
    rng = random.Random(seed_number)
    rates = true_rates(rng)
    choices = random.Random(seed_number * 7919 + len(policy))
    counts: dict[tuple[Approach, Segment], Counts] = {}
    cumulative, total, turn = [], 0.0, 0
    for _week in range(WEEKS):
        for _send in range(PER_WEEK):
            segment = SEGMENTS[choices.randrange(len(SEGMENTS))]
            # Refitted before every send, as the composer does after each one recorded.
            draws = _posteriors(counts, segment) if policy in ("recommender", "explore") else {}
            if policy == "oracle":
                template = max(TEMPLATES, key=lambda t: rates[(t, segment)])
            elif policy == "even":
                template, turn = TEMPLATES[turn % len(TEMPLATES)], turn + 1
            elif policy == "greedy":
                template = _greedy(counts, segment, choices)
            elif policy == "recommender":
                posterior = draws[segment]
                template = max(TEMPLATES, key=lambda t: posterior[t][0] / sum(posterior[t]))
            else:
                posterior = draws[segment]
                template = max(
                    TEMPLATES, key=lambda t: choices.betavariate(posterior[t][0], posterior[t][1])
                )
            rate = rates[(template, segment)]
            total += rate
            tally = counts.setdefault((template, segment), Counts())
            accepted = int(choices.random() < rate)
            tally.decided += 1
            tally.accepted += accepted
        cumulative.append(total)
    return cumulative


def _greedy(
    counts: dict[tuple[Approach, Segment], Counts], segment: Segment, rng: random.Random
) -> Approach:
    untried = [t for t in TEMPLATES if (t, segment) not in counts]
    if untried:
        return untried[0]
    best = max(counts[(t, segment)].accepted / counts[(t, segment)].decided for t in TEMPLATES)
    leaders = [
        t for t in TEMPLATES if counts[(t, segment)].accepted / counts[(t, segment)].decided == best
    ]
    return rng.choice(leaders)


def _posteriors(
    counts: dict[tuple[Approach, Segment], Counts], wanted: Segment
) -> dict[Segment, dict[Approach, tuple[float, float]]]:
    """The model's acceptance posterior per template, for each segment, from the sends so far."""
    approaches: dict[Approach, Counts] = {}
    groups: dict[tuple[str, str], Counts] = {}
    for (template, segment), tally in counts.items():
        approaches.setdefault(template, Counts()).add(tally)
        groups.setdefault((segment.group, segment.band), Counts()).add(tally)
    result = {}
    for segment in [wanted]:
        cells = {t: c for (t, s), c in counts.items() if s == segment}
        history = History(approaches, groups, segment, cells)
        posteriors = fit(history, acceptance, TEMPLATES).cells
        result[segment] = {t: (p.a, p.b) for t, p in posteriors.items()}
    return result


def simulation(seeds: int) -> dict[str, list[float]]:
    """Per policy, the mean over seeds of its cumulative share of the oracle, per week."""
    shares: dict[str, list[list[float]]] = {
        "recommender": [],
        "explore": [],
        "greedy": [],
        "even": [],
    }
    for number in range(seeds):
        oracle = simulate("oracle", number)
        for policy, rows in shares.items():
            got = simulate(policy, number)
            rows.append([g / o for g, o in zip(got, oracle, strict=True)])
    return {
        policy: [round(statistics.fmean(week), 4) for week in zip(*rows, strict=True)]
        for policy, rows in shares.items()
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
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    shares = simulation(args.seeds)
    with tempfile.TemporaryDirectory() as folder:
        data = args.data or Path(folder)
        if args.data is None:
            seed(data, 10_000, 100_000)
        timing = recompute(data.resolve() / DATABASE_NAME, args.runs)
    if args.json:
        print(json.dumps({"recommend": {"share_of_oracle": shares, **timing}}))
        return 0
    print(f"share of the oracle's expected acceptances, mean of {args.seeds} seeds:")
    print("week  " + "".join(f"{policy:>13}" for policy in shares))
    for week in range(WEEKS):
        print(f"{week + 1:>4}  " + "".join(f"{shares[p][week]:>13.3f}" for p in shares))
    verdict = "meets" if timing["contact_median_ms"] < TARGET_MS else "misses"
    print(
        f"recompute over {timing['rows']:,} history rows: totals {timing['totals_median_ms']} ms;"
        f" one contact of the largest segment ({timing['segment_contacts']:,} contacts) median"
        f" {timing['contact_median_ms']} ms, slowest {timing['contact_max_ms']} ms,"
        f" processor time {timing['contact_cpu_median_ms']} ms"
        f" ({verdict} the {TARGET_MS} ms target)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
