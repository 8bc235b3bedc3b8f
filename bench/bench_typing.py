"""Time one keystroke in the composer, without the window: re-render the preview and run
the local checks for a 300-character message, as the composer does on every edit.

Two cases: the draft is a built-in template as shipped (rendered in-process), and the
user has edited it (untrusted text, rendered in the isolated worker). Prints p50 and p99;
the target is p99 under 8 ms so a 60 Hz frame (16 ms) is never missed. Asserts nothing.

    .venv/bin/python bench/bench_typing.py [--keystrokes 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.checker import Checker
from app.composing.draft import Draft, check_draft, preview
from app.contacts import Contact
from app.library.templates import load_library
from app.settings import Settings
from bench.figures import percentile

CONTACT = Contact(
    name="Alexandra Whitfield-Moreau",
    company="Northwind Analytics",
    title="Head of Data Platform",
    location="Lisbon",
    how_met="at PyData Lisbon",
    met_when="last week",
    their_work="your talk on streaming pipelines",
    shared_interests=("open data", "chess"),
    id=1,
)
# About 300 characters once rendered; the benchmark types a few more.
EDITED = (
    "Hi {{ first_name }}, it was good to meet you {{ how_met }} {{ met_when }}. Your point "
    "about back-pressure in {{ their_work }} saved my team a week: we had been batching "
    "everything. Could I send you the small benchmark we wrote afterwards? I would value "
    "your view on it, and happy to share our notes on {{ shared_interests[0] }} too."
)


TARGET_P99_MS = 8.0


def measure(drafts: list[Draft], checker: Checker, settings: Settings) -> dict[str, float]:
    for draft in drafts[:20]:  # warm up: compiled templates are cached, as in the window
        check_draft(checker, draft, preview(draft, settings).text, settings, None)
    samples = []
    for draft in drafts:
        started = time.perf_counter()
        result = preview(draft, settings)
        check_draft(checker, draft, result.text, settings, None)
        samples.append((time.perf_counter() - started) * 1000)
    return {
        "characters": len(preview(drafts[-1], settings).text),
        "p50_ms": round(percentile(samples, 0.5), 2),
        "p99_ms": round(percentile(samples, 0.99), 2),
        "keystrokes": len(samples),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    settings = Settings(linkedin_account="premium")
    checker = Checker.load()
    template = load_library().get("invite-met-at-event")
    shipped = [Draft.start(template, CONTACT)] * args.keystrokes
    # Each keystroke adds one character to the last sentence of the edited draft.
    tail = " Thanks again for the slides and the"
    edited = [
        Draft(template, EDITED + tail[: n % len(tail)], CONTACT) for n in range(args.keystrokes)
    ]
    figures = {
        "shipped": measure(shipped, checker, settings),
        "edited": measure(edited, checker, settings),
    }
    if args.json:
        print(json.dumps({"typing": figures}))
        return 0
    for key, label in (("shipped", "built-in template as shipped"), ("edited", "edited draft")):
        case = figures[key]
        verdict = "meets" if case["p99_ms"] < TARGET_P99_MS else "misses"
        print(
            f"{label}: {case['characters']:.0f}-character message, p50 {case['p50_ms']:.2f} ms,"
            f" p99 {case['p99_ms']:.2f} ms over {case['keystrokes']:.0f} keystrokes"
            f" ({verdict} the p99 < {TARGET_P99_MS:g} ms target)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
