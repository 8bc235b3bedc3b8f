"""Statistics over 100,000 history rows: `compute_statistics`, as the window and
`rapport stats` call it. Target: well under 100 ms. Prints the median and the slowest of
several runs on a warm cache, and the first (cold) run; asserts nothing.

    .venv/bin/python bench/bench_stats.py [--data SEEDED_FOLDER] [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.paths import DATABASE_NAME
from app.settings import Settings
from app.stats import compute_statistics
from app.store import Store
from bench.seed import seed

TARGET_MS = 100


def measure(database: Path, runs: int) -> dict[str, float]:
    settings = Settings()
    now = datetime.now(UTC)
    with Store.open(database) as store:
        rows = store.message_count()
        began = time.perf_counter()
        compute_statistics(store, settings, now)
        cold = (time.perf_counter() - began) * 1000
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            compute_statistics(store, settings, now)
            times.append((time.perf_counter() - began) * 1000)
    return {
        "rows": rows,
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "first_ms": round(cold, 1),
        "runs": runs,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder filled by bench/seed.py")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = args.data or Path(folder)
        if args.data is None:
            seed(data, 10_000, 100_000)
        figures = measure(data.resolve() / DATABASE_NAME, args.runs)
    if args.json:
        print(json.dumps({"stats": figures}))
    else:
        verdict = "meets" if figures["median_ms"] < TARGET_MS else "misses"
        print(
            f"statistics over {figures['rows']:,} history rows: median {figures['median_ms']} ms,"
            f" slowest {figures['max_ms']} ms of {figures['runs']}, first run "
            f"{figures['first_ms']} ms ({verdict} the {TARGET_MS} ms target)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
