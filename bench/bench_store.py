"""How fast the store is with 10,000 contacts and 100,000 sent messages.

Run: `python bench/bench_store.py`. Figures are printed, never asserted: they depend on
the machine. Each figure is the median of several runs on a warm cache.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.contacts import DEFAULT_GROUPS, Contact
from app.store import Store

CONTACTS = 10_000
MESSAGES = 100_000
RUNS = 5

_FIRST = ["Ann", "Bob", "Chloé", "Dmitri", "Élodie", "Farah", "Goran", "Hana", "Ines", "Jun"]
_LAST = ["Lee", "Müller", "Nakamura", "O'Brien", "Petrova", "Quinn", "Rossi", "Singh", "Tan"]
_COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne"]
_CITIES = ["Berlin", "São Paulo", "Toronto", "Lagos", "Tel Aviv", "Osaka", "Lyon", "Austin"]
_TITLES = ["Engineer", "Designer", "Recruiter", "Founder", "Product manager", "Analyst"]


def _contacts(rng: random.Random) -> list[Contact]:
    return [
        Contact(
            name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {number}",
            company=rng.choice(_COMPANIES),
            title=rng.choice(_TITLES),
            location=rng.choice(_CITIES),
            group=rng.choice(DEFAULT_GROUPS),
            strength=rng.randint(1, 5),
            shared_interests=tuple(rng.sample(["climbing", "jazz", "rust", "chess"], 2)),
            notes=f"Met at meetup #{rng.randint(1, 400)}; talked about {rng.choice(_TITLES)}s.",
        )
        for number in range(CONTACTS)
    ]


def _seed_messages(path: Path, contact_ids: list[int], rng: random.Random) -> None:
    """Plain SQL in one transaction: recording 100,000 messages one by one through the
    store (one commit each) would take minutes, and this bench measures reading."""
    start = datetime(2020, 1, 1, tzinfo=UTC)
    rows = []
    for number in range(MESSAGES):
        contact_id = rng.choice(contact_ids)
        sent = start + timedelta(minutes=rng.randint(0, 3_000_000))
        text = f"Hi {contact_id}, loved your talk #{number % 700}. Could we connect?"
        rows.append(
            (
                contact_id,
                f"Person {contact_id}",
                "Warm invite",
                "invite",
                "linkedin_note",
                text,
                sent.isoformat(timespec="microseconds"),
            )
        )
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO messages (contact_id, contact_name, template, kind, channel, text,"
            " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    connection.close()


def _median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _report(label: str, milliseconds: float) -> None:
    print(f"  {label:<46} {milliseconds:9.1f} ms")


def main() -> None:
    rng = random.Random(20240501)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rapport.sqlite3"
        print(f"SQLite {sqlite3.sqlite_version}; {CONTACTS:,} contacts, {MESSAGES:,} messages")
        people = _contacts(rng)
        with Store.open(path) as store:
            began = time.perf_counter()
            saved = store.add_contacts(people)
            _report(
                f"add_contacts ({CONTACTS:,}, one transaction)",
                (time.perf_counter() - began) * 1000,
            )
        _seed_messages(path, [c.id or 0 for c in saved], rng)
        print(f"  database size: {path.stat().st_size / 1e6:.1f} MB")

        _report(
            "open (check, migrate, lock probe) + close",
            _median_ms(lambda: Store.open(path).close()),
        )
        with Store.open(path) as store:
            one = saved[len(saved) // 2]
            _report("contacts() (all)", _median_ms(store.contacts))
            _report("contacts('berlin') (common)", _median_ms(lambda: store.contacts("berlin")))
            _report(
                "contacts('élodie lee') (rare)", _median_ms(lambda: store.contacts("élodie lee"))
            )
            _report("contact_count()", _median_ms(store.contact_count))
            _report("messages(limit=100)", _median_ms(lambda: store.messages(limit=100)))
            _report(
                "messages(contact_id=...) (one contact)",
                _median_ms(lambda: store.messages(contact_id=one.id)),
            )
            _report("messages() (all)", _median_ms(store.messages))
            _report("message_count()", _median_ms(store.message_count))
            _report("sent_texts()", _median_ms(store.sent_texts))
            began = time.perf_counter()
            for _ in range(100):
                store.record_message(
                    one, template="t", kind="invite", channel="email", text="Hello again"
                )
            _report("record_message (each, own transaction)", (time.perf_counter() - began) * 10)


if __name__ == "__main__":
    main()
