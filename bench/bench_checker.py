"""Time the checker's local (non-grammar) checks on a 300-character message and on a
20,000-character draft.

The composer runs them on every keystroke on the GUI thread, so they must finish well
inside one 60 Hz frame (16 ms): targets p99 under 3 ms at 300 characters, under 50 ms at
20,000. Prints p50 and p99 over many runs, of wall time and of this process's processor
time (which a machine busy with other work inflates less); asserts nothing.

    .venv/bin/python bench/bench_checker.py [--runs 3000] [--long-runs 200] [--sent 5000]
        [--language de] [--json]

With `--language de` the message is German and the contact says no language, so every
check also tells the message's language, as the composer does for such a contact.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.checker import Checker, SentIndex
from bench.figures import percentile

MESSAGE = (
    "Hi Diana, your talk to the Norwich actuarial society on longevity risk after the "
    "pandemic changed how I price our annuity book. I'd like to add you to my professional "
    "network; could I send you the mortality table I built from it? Coffee at Jarrold's on "
    "Friday at 10, or {{ day }} if that suits you better?"
)
CONTACT = {
    "name": "Diana Ross",
    "company": "Aviva",
    "title": "Actuary",
    "location": "Norwich",
    "how_met": "Norwich actuarial society talk",
    "shared_interests": ["longevity risk", "annuities"],
    "id": 7,
}
MESSAGE_DE = (
    "Hallo Diana, dein Vortrag vor der Norwicher Aktuarvereinigung über Langlebigkeitsrisiken "
    "nach der Pandemie hat verändert, wie ich unsere Rentenbestände bepreise. Darf ich dir "
    "die Sterbetafel schicken, die ich daraus gebaut habe? Kaffee am Freitag um 10 bei "
    "Jarrold's, oder {{ day }}, wenn dir das besser passt?"
)
# A long draft as people write one: personal paragraphs, stock ones, links and a blank.
_PARAGRAPHS = (
    MESSAGE,
    "I came across your profile and was impressed by your work as Actuary at Aviva in "
    "Norwich. Let's explore synergies and add value to each other's journey!",
    "The slides are at https://example.org/longevity-2024 and the notes at www.example.org.",
    "I am a pricing lead; we help insurers with our modelling platform, 30% faster.",
)
LONG_LENGTH = 20_000
_WORDS = ("we", "met", "at", "the", "conference", "and", "you", "told", "me", "about", "data")


def _sent_texts(count: int) -> list[tuple[int, str]]:
    """Past messages: a few templates sent to many people, and many one-off texts."""
    rng = random.Random(1)
    texts = []
    for index in range(count):
        if index % 3 == 0:
            texts.append((index, f"Hi Person{index}, I'd like to add you to my network."))
        else:
            words = rng.choices(_WORDS, k=40)
            texts.append((index, "Hi Sam, " + " ".join(words) + "."))
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3000)
    parser.add_argument("--long-runs", type=int, default=200, help="runs on the long draft")
    parser.add_argument("--sent", type=int, default=5000, help="texts already sent")
    parser.add_argument("--language", choices=("en", "de"), default="en")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    message = MESSAGE_DE if args.language == "de" else MESSAGE

    started = time.perf_counter()
    checker = Checker.load()
    load_ms = (time.perf_counter() - started) * 1000
    # The word lists are read on the first check, not by load().
    started = time.perf_counter()
    checker.check(MESSAGE, contact=CONTACT)
    first_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    sent = SentIndex(_sent_texts(args.sent))
    index_ms = (time.perf_counter() - started) * 1000
    text = message[:300]
    paragraphs = (message, *_PARAGRAPHS[1:])
    long_text = ("\n\n".join(paragraphs) * (LONG_LENGTH // 400))[:LONG_LENGTH]

    figures: dict[str, object] = {
        "load_ms": round(load_ms, 1),
        "first_check_ms": round(first_ms, 1),
        "sent_index_ms": round(index_ms, 1),
        "sent_texts": args.sent,
    }
    for key, label, index, body, runs in (
        ("alone", "without sent texts", None, text, args.runs),
        ("with_sent", f"with {args.sent} sent texts", sent, text, args.runs),
        ("long", "without sent texts", None, long_text, args.long_runs),
        ("long_with_sent", f"with {args.sent} sent texts", sent, long_text, args.long_runs),
    ):
        for _ in range(min(50, runs)):  # warm up: the composer keeps these caches warm too
            checker.check(body, contact=CONTACT, sent=index)
        samples = []
        processor = []
        for run in range(runs):
            # Vary the text a little, as typing does, so no cache hides the real cost.
            typed = body[: len(body) - run % 7]
            begin, begin_cpu = time.perf_counter(), time.process_time()
            checker.check(
                typed, kind="invite", channel="linkedin_note", contact=CONTACT, sent=index
            )
            samples.append((time.perf_counter() - begin) * 1000)
            processor.append((time.process_time() - begin_cpu) * 1000)
        figures[key] = {
            "p50_ms": round(percentile(samples, 0.5), 2),
            "p99_ms": round(percentile(samples, 0.99), 2),
            "mean_ms": round(statistics.fmean(samples), 2),
            "cpu_p50_ms": round(percentile(processor, 0.5), 2),
            "cpu_p99_ms": round(percentile(processor, 0.99), 2),
        }
        if not args.json:
            print(
                f"local checks, {len(body)} characters, {label}: "
                f"p50 {percentile(samples, 0.5):.2f} ms, p99 {percentile(samples, 0.99):.2f} ms,"
                f" mean {statistics.fmean(samples):.2f} ms over {runs} runs; processor time"
                f" p50 {percentile(processor, 0.5):.2f} ms,"
                f" p99 {percentile(processor, 0.99):.2f} ms"
            )
    if args.json:
        print(json.dumps({"checker": figures}))
    else:
        print(
            f"Checker.load(): {load_ms:.1f} ms; first check (reads the word lists):"
            f" {first_ms:.1f} ms; SentIndex of {args.sent} texts: {index_ms:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
