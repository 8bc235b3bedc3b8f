"""Time one keystroke in the composer, without the window: re-render the preview and run
the local checks for a 300-character message, as the composer does on every edit.

Three cases: the draft is a built-in template as shipped (rendered in-process); the
user has edited its template text (untrusted, rendered in the isolated worker, as the
template editor's preview does); and the composer's own path, a `DraftSession` whose
plain-text message the user edits (the edit, the sendable state, the draft to keep and
the local checks; grammar runs later, off the keystroke). Prints p50 and p99;
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
from app.composing.session import DraftSession
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


def measure_session(texts: list[str], checker: Checker, settings: Settings) -> dict[str, float]:
    """A keystroke in the composer: what `Composer` asks of its session on every edit."""
    library = load_library()
    session = DraftSession(library, settings)
    session.set_contact(CONTACT)
    session.choose("invite-met-at-event")

    def keystroke(text: str) -> None:
        session.edit(text)
        _ = (session.preview, session.can_record, session.why, session.unsent_content())
        session.check(checker, None)

    for text in texts[:20]:
        keystroke(text)
    samples = []
    for text in texts:
        started = time.perf_counter()
        keystroke(text)
        samples.append((time.perf_counter() - started) * 1000)
    return {
        "characters": len(texts[-1]),
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
    message = preview(Draft(template, EDITED, CONTACT), settings).text
    typed = [message + tail[: n % len(tail)] for n in range(args.keystrokes)]
    figures = {
        "shipped": measure(shipped, checker, settings),
        "edited": measure(edited, checker, settings),
        "session": measure_session(typed, checker, settings),
    }
    if args.json:
        print(json.dumps({"typing": figures}))
        return 0
    cases = (
        ("shipped", "built-in template as shipped"),
        ("edited", "edited template text"),
        ("session", "composer session, plain text edited"),
    )
    for key, label in cases:
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
