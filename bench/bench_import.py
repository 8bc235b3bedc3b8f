"""Importing a 30,000-row LinkedIn Connections.csv, against the floor of reading the same
file with the csv module and inserting its rows into SQLite with one executemany.

Both write to a new database file in WAL mode, in one transaction; the import does what
the window's import does (matching people, folding names for search, progress, all or
nothing), the floor only parses and inserts. Target: at most 4x the floor. Prints the
medians of several runs; asserts nothing.

With `--peak-memory`, one import instead, alone in a fresh process: its peak resident
memory (the kernel's high-water mark), the process's size before the import began, and
the import's wall-clock and processor time. Target: a 1,000,000-row export under 300 MB.

    .venv/bin/python bench/bench_import.py [--rows 30000] [--runs 5] [--json]
    .venv/bin/python bench/bench_import.py --peak-memory --rows 1000000
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.importers import import_linkedin
from app.importers.keys import name_key
from app.profile_urls import profile_key
from app.store import Store
from bench import seed_vocabulary as words

TARGET = 4.0
PEAK_TARGET_MB = 300
# Run in a fresh process, so that the peak is this import's and nothing else's.
_PEAK_CHILD = """
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.bench_import import rapport_import
def rss_mb():
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20
start_mb = rss_mb()
wall, cpu = time.perf_counter(), time.process_time()
count = rapport_import(Path(sys.argv[2]), Path(sys.argv[3]))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(count, round(start_mb, 1), round(peak_mb, 1), round(wall * 1000), round(cpu * 1000))
"""
# LinkedIn's own preamble and header, as its exports write them.
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses'
    " are missing. You will only see email addresses for connections who have allowed"
    ' their connections to see or download their email address using this setting."\n'
    "\n"
)
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def write_connections(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    first_day = date(2012, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(PREAMBLE)
        writer = csv.writer(file)
        writer.writerow(HEADER)
        for number in range(rows):
            firsts, lasts = rng.choice(words.NAMES)
            first, last = rng.choice(firsts), rng.choice(lasts)
            slug = f"{first}-{last}-{number:x}".lower().replace(" ", "-")
            connected = first_day + timedelta(days=rng.randrange(5000))
            writer.writerow(
                [
                    first,
                    last,
                    f"https://www.linkedin.com/in/{slug}",
                    f"person{number}@example.com" if rng.random() < 0.1 else "",
                    rng.choice(words.COMPANIES),
                    rng.choice(words.TITLES),
                    connected.strftime("%d %b %Y"),
                ]
            )


def floor(csv_path: Path, database: Path) -> int:
    """Parse with csv and insert with executemany: the least an import can do."""
    with csv_path.open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        for row in reader:
            if row[:2] == HEADER[:2]:
                break
        rows = [tuple(row) for row in reader if row]
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(
        "CREATE TABLE connections (first TEXT, last TEXT, url TEXT, email TEXT,"
        " company TEXT, position TEXT, connected_on TEXT)"
    )
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO connections VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    connection.close()
    return len(rows)


def rapport_import(csv_path: Path, database: Path) -> int:
    # Every run is a first import: keys cached by an earlier run would flatter it.
    profile_key.cache_clear()
    name_key.cache_clear()
    with Store.open(database) as store:
        summary = import_linkedin(store, csv_path, progress=lambda done, total: None)
        return store.contact_count() if summary is not None else 0


def timed(
    action: Callable[[Path, Path], int], csv_path: Path, database: Path
) -> tuple[float, float, int]:
    """Wall-clock and processor milliseconds of `action`, and what it returned."""
    began, began_cpu = time.perf_counter(), time.process_time()
    count = action(csv_path, database)
    return (time.perf_counter() - began) * 1000, (time.process_time() - began_cpu) * 1000, count


def measure(rows: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        csv_path = root / "Connections.csv"
        write_connections(csv_path, rows)
        times: dict[str, list[float]] = {"floor": [], "import": []}
        cpu_times: dict[str, list[float]] = {"floor": [], "import": []}
        counts: dict[str, int] = {}
        for run in range(runs + 1):  # the first run of each warms the disk cache
            for name, action in (("floor", floor), ("import", rapport_import)):
                database = root / f"{name}-{run}.sqlite3"
                elapsed, cpu, counts[name] = timed(action, csv_path, database)
                if run:
                    times[name].append(elapsed)
                    cpu_times[name].append(cpu)
    if counts["import"] != counts["floor"]:
        raise SystemExit(f"the import saved {counts['import']} contacts of {counts['floor']}")
    floor_ms = statistics.median(times["floor"])
    import_ms = statistics.median(times["import"])
    # Processor time too: on a machine other work shares, it is the steadier figure.
    floor_cpu_ms = statistics.median(cpu_times["floor"])
    import_cpu_ms = statistics.median(cpu_times["import"])
    return {
        "rows": rows,
        "floor_ms": round(floor_ms, 1),
        "import_ms": round(import_ms, 1),
        "ratio": round(import_ms / floor_ms, 2),
        "floor_cpu_ms": round(floor_cpu_ms, 1),
        "import_cpu_ms": round(import_cpu_ms, 1),
        "cpu_ratio": round(import_cpu_ms / floor_cpu_ms, 2),
        "runs": runs,
    }


def peak_memory(rows: int) -> dict[str, float]:
    """One import of `rows` connections in a fresh process: its peak RSS and times."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "Connections.csv"
        write_connections(csv_path, rows)
        database = Path(folder) / "import.sqlite3"
        command = [sys.executable, "-c", _PEAK_CHILD, str(root), str(csv_path), str(database)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        megabytes = csv_path.stat().st_size / 2**20
    count, start_mb, peak_mb, wall_ms, cpu_ms = (float(x) for x in output.split())
    if count != rows:
        raise SystemExit(f"the import saved {count:.0f} contacts of {rows}")
    return {
        "rows": rows,
        "file_mb": round(megabytes, 1),
        "start_mb": start_mb,
        "peak_mb": peak_mb,
        "wall_ms": wall_ms,
        "cpu_ms": cpu_ms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--peak-memory", action="store_true")
    args = parser.parse_args()
    if args.peak_memory:
        peak = peak_memory(args.rows)
        if args.json:
            print(json.dumps({"import_memory": peak}))
        else:
            verdict = "meets" if peak["peak_mb"] < PEAK_TARGET_MB else "misses"
            print(
                f"import of a {peak['rows']:,.0f}-row Connections.csv ({peak['file_mb']:.0f} MB):"
                f" peak resident {peak['peak_mb']:.0f} MB ({verdict} the {PEAK_TARGET_MB} MB"
                f" target; {peak['start_mb']:.0f} MB before it began),"
                f" {peak['wall_ms'] / 1000:.1f} s ({peak['cpu_ms'] / 1000:.1f} s processor)"
            )
        return 0
    figures = measure(args.rows, args.runs)
    if args.json:
        print(json.dumps({"import": figures}))
    else:
        verdict = "meets" if figures["ratio"] <= TARGET else "misses"
        print(
            f"import of a {figures['rows']:,}-row Connections.csv: {figures['import_ms']:.0f} ms;"
            f" floor (csv + executemany) {figures['floor_ms']:.0f} ms -> {figures['ratio']:.2f}x"
            f" ({verdict} the {TARGET:g}x target), median of {figures['runs']};"
            f" processor time {figures['import_cpu_ms']:.0f} against"
            f" {figures['floor_cpu_ms']:.0f} ms -> {figures['cpu_ratio']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
