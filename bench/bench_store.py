"""How fast the store is with 10,000 contacts and 100,000 sent messages.

Runs on a copy of a folder filled by bench/seed.py (or seeds one). Each figure is the
median of several runs on a warm cache; printed, never asserted: they depend on the
machine.

    .venv/bin/python bench/bench_store.py [--data SEEDED_FOLDER] [--json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.paths import DATABASE_NAME
from app.relationships.directory import ContactDirectory
from app.store import Store
from bench.seed import seed

RUNS = 5


def _median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return round(statistics.median(times), 2)


def measure(path: Path) -> dict[str, float]:
    figures = {"open_and_close_ms": _median_ms(lambda: Store.open(path).close())}
    with Store.open(path) as store:
        one = store.contacts("a")[0]
        directory = ContactDirectory(store)
        cases: dict[str, Callable[[], object]] = {
            "contacts_all_ms": store.contacts,
            "contacts_search_common_ms": lambda: store.contacts("berlin"),
            "contacts_search_rare_ms": lambda: store.contacts("zürich fabrikam"),
            "contact_list_order_ms": directory.order,
            "contact_list_summaries_ms": directory.all_summaries,
            "contact_count_ms": store.contact_count,
            "messages_limit_100_ms": lambda: store.messages(limit=100),
            "messages_one_contact_ms": lambda: store.messages(contact_id=one.id),
            "messages_all_ms": store.messages,
            "message_count_ms": store.message_count,
            "sent_texts_ms": store.sent_texts,
        }
        for name, action in cases.items():
            figures[name] = _median_ms(action)
        began = time.perf_counter()
        for _ in range(100):
            store.record_message(
                one, template="t", kind="invite", channel="email", text="Hello again"
            )
        figures["record_message_each_ms"] = round((time.perf_counter() - began) * 10, 2)
        figures["contacts"] = store.contact_count()
        figures["messages"] = store.message_count()
    figures["database_mb"] = round(path.stat().st_size / 1e6, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder filled by bench/seed.py")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "data"
        if args.data is None:
            seed(copy, 10_000, 100_000)
        else:  # writes below must not change the seeded data other benchmarks use
            copy.mkdir()
            shutil.copyfile(args.data / DATABASE_NAME, copy / DATABASE_NAME)
        figures = measure(copy / DATABASE_NAME)
    if args.json:
        print(json.dumps({"store": figures}))
        return 0
    print(
        f"SQLite {sqlite3.sqlite_version}; {figures['contacts']:,.0f} contacts, "
        f"{figures['messages']:,.0f} messages, {figures['database_mb']} MB"
    )
    for name, value in figures.items():
        if name.endswith("_ms"):
            print(f"  {name[:-3].replace('_', ' '):<32} {value:9.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
