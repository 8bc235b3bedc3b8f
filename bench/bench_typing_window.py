"""Typing in the real window while real grammar checks run: does the GUI thread stall?

The composer of a real window, on the seeded data (the repeat check over 100,000 sent
messages on), with a real LanguageTool server: a 300-character message is typed key by
key at a brisk pace, with short pauses that let grammar checks start while typing goes
on. A timer ticking every millisecond on the GUI thread records every gap in the event
loop; the longest is the worst stall a person could feel (target: under 16 ms, one 60 Hz
frame). Also printed: the longest gap with no keystroke in it (what the grammar checks
and everything else cost), the longest stretch the GUI thread itself was busy (a busy
machine stretches gaps without the app doing anything), and the time each keystroke took
in the window (p50, p99). Asserts nothing.

    .venv/bin/python bench/bench_typing_window.py [--data SEEDED_FOLDER] [--json]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from app.context import AppContext
from app.grammar.install import installed_classpath
from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from app.rendering import worker as render_worker
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_for_tasks
from bench.figures import percentile
from bench.seed import seed

TARGET_STALL_MS = 16.0
KEY_MS = 45  # a fast typist: about 22 keys a second
PAUSE_EVERY = 50  # characters; the pause lets the grammar check start (600 ms debounce)
PAUSE_MS = 900
# About 300 characters, with mistakes LanguageTool reports, typed after the greeting.
TYPED = (
    "it was good to meet you at PyData Lisbon last week. Your point about back-pressure "
    "in streaming pipelines saved my team a week: we had been batching everything. Their "
    "is a small benchmark we wrote afterwards; could I send it to you? I would value your "
    "view on it, and I am happy to share our notes on open data too. Thanks again!"
)


def wait(condition: object, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            return False
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    return True


def type_and_watch(window: MainWindow) -> dict[str, float]:
    composer = window.composer
    editor = composer.source
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    ticks: list[tuple[float, float]] = []  # (wall clock, GUI thread's processor time)
    keys: list[tuple[float, float]] = []
    checks: list[float] = []
    composer.grammar.checked.connect(lambda *_: checks.append(time.perf_counter()))

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    ticker.start(1)
    position = 0
    done = QEventLoop()

    def next_key() -> None:
        nonlocal position
        if position == len(TYPED):
            QTimer.singleShot(3000, done.quit)  # let the last grammar check come back
            return
        began = time.perf_counter()
        QTest.keyClick(editor, TYPED[position])
        keys.append((began, time.perf_counter()))
        position += 1
        QTimer.singleShot(PAUSE_MS if position % PAUSE_EVERY == 0 else KEY_MS, next_key)

    QTimer.singleShot(0, next_key)
    done.exec()
    ticker.stop()

    gaps = [(b[0] - a[0]) * 1000 for a, b in itertools.pairwise(ticks)]
    # A gap in which the GUI thread itself was busy, rather than waiting for the processor
    # (other programs) or for the interpreter lock (a worker thread holding it).
    busy = [(b[1] - a[1]) * 1000 for a, b in itertools.pairwise(ticks)]
    key_ms = [(end - start) * 1000 for start, end in keys]
    # Gaps with no keystroke in them: what grammar checks and everything else cost.
    starts = [start for start, _ in keys]
    quiet = []
    for a, b in itertools.pairwise(ticks):
        previous = bisect.bisect_left(starts, b[0]) - 1
        if previous < 0 or keys[previous][1] <= a[0]:
            quiet.append((b[0] - a[0]) * 1000)
    return {
        "characters": len(composer.message.toPlainText()),
        "keystrokes": len(keys),
        "grammar_checks": len(checks),
        "longest_stall_ms": round(max(gaps), 1),
        "p99_gap_ms": round(percentile(gaps, 0.99), 2),
        "longest_stall_between_keys_ms": round(max(quiet), 1),
        "longest_busy_ms": round(max(busy), 1),
        "key_p50_ms": round(percentile(key_ms, 0.5), 2),
        "key_p99_ms": round(percentile(key_ms, 0.99), 2),
    }


def measure(data: Path) -> dict[str, float]:
    os.environ["RAPPORT_HOME"] = str(data)
    create_application([])
    context = AppContext.open()
    server = LocalServer()
    try:
        context.grammar.close()
        context.grammar = GrammarService("local", server=server)
        status = context.grammar.wait_ready(180)
        if not status.ready:
            raise SystemExit(f"LanguageTool did not start: {status.reason}")
        render_worker.shared().start()
        window = MainWindow(context)
        window.show()
        window.start_background_work()
        if not wait(lambda: context.sent is not None, 120):
            raise SystemExit("the index of sent messages did not load")
        contact = next(c for c in context.store.contacts() if c.how_met)
        window.contacts.select(contact.id)
        composer = window.composer
        composer.select_template("invite-met-at-event")
        composer.source.setPlainText("Hi {{ first_name }}, ")
        wait(lambda: False, 1.0)  # let the first grammar check settle
        figures = type_and_watch(window)
        window.close()
        wait_for_tasks()
        return figures
    finally:
        context.close()
        server.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder filled by bench/seed.py")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if installed_classpath() is None:
        print("skipped: LanguageTool is not installed here (make languagetool)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        data = args.data or Path(folder)
        if args.data is None:
            seed(data, 10_000, 100_000)
        figures = measure(data.resolve())
    if args.json:
        print(json.dumps({"typing_window": figures}))
    else:
        verdict = "meets" if figures["longest_stall_ms"] < TARGET_STALL_MS else "misses"
        print(
            f"typing {figures['keystrokes']:.0f} keys into the composer "
            f"({figures['characters']:.0f}-character message) with {figures['grammar_checks']:.0f}"
            f" real grammar checks: longest event-loop stall {figures['longest_stall_ms']} ms"
            f" ({verdict} the {TARGET_STALL_MS:g} ms target), between keys "
            f"{figures['longest_stall_between_keys_ms']} ms, p99 gap {figures['p99_gap_ms']} ms,"
            f" longest the GUI thread itself was busy {figures['longest_busy_ms']} ms;"
            f" a keystroke in the window p50 {figures['key_p50_ms']} ms,"
            f" p99 {figures['key_p99_ms']} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
