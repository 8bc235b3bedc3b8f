"""Every benchmark, on one seeded data folder: what `make bench` runs.

Seeds 10,000 contacts and 100,000 messages into a temporary folder once, then runs each
script in its own process (so none inherits another's warm caches or imports) and prints
their figures as they come; with --json, one JSON object holding all of them.

    .venv/bin/python bench/run_all.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.seed import seed

BENCH = Path(__file__).resolve().parent
# (script, takes --data): the order puts the quick ones first.
SCRIPTS = (
    ("bench_startup.py", True),
    ("bench_typing.py", False),
    ("bench_checker.py", False),
    ("bench_stats.py", True),
    ("bench_recommend.py", True),
    ("bench_import.py", False),
    ("bench_store.py", True),
    ("bench_memory.py", True),
    ("bench_typing_window.py", True),
    ("bench_typing_long.py", False),
    ("bench_grammar.py", False),
)


def machine() -> dict[str, object]:
    """Where the figures come from: they mean little without it."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or platform.machine(),
    )
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    where = machine()
    combined: dict[str, object] = {"machine": where}
    if not args.json:
        print(
            f"{where['cpu']}, {where['cores']} cores, Python {where['python']};"
            f" load average {where['load_average']}"
        )
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        summary = seed(data, 10_000, 100_000)
        combined["seed"] = summary.as_dict()
        if not args.json:
            print(f"seeded {summary.contacts:,} contacts and {summary.messages:,} messages")
        for script, takes_data in SCRIPTS:
            argv = [sys.executable, str(BENCH / script)]
            argv += ["--data", str(data)] if takes_data else []
            argv += ["--json"] if args.json else []
            finished = subprocess.run(argv, stdout=subprocess.PIPE if args.json else None)
            if finished.returncode != 0:
                print(f"{script} failed (exit status {finished.returncode})", file=sys.stderr)
                return finished.returncode
            if args.json:
                lines = finished.stdout.decode().strip().splitlines()
                # A script that has nothing to measure here says so in words.
                combined.update(json.loads(lines[-1]) if lines[-1].startswith("{") else {})
    load = [round(value, 2) for value in os.getloadavg()]
    if args.json:
        combined["load_average_after"] = load
        print(json.dumps(combined))
    else:
        print(f"load average at the end {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
