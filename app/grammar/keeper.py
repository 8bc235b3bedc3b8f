"""The process that keeps the user's shared LanguageTool server: starts it, records it, and
stops it once nobody has checked anything for the idle time.

The first Rapport process that needs the server (shared.py) starts a keeper in a session
of its own, so that it outlives that process: a `rapport check` that ends leaves a warm
server for the next one and for the window. The keeper is the JVM's parent, and the JVM
gets SIGKILL when its parent dies (process.py): killing every Rapport process, the keeper
with them, leaves no JVM; killing all but the keeper leaves it to stop the JVM when the
idle time is up.

Its one line on standard output tells the starter how the start went, `{"url": ...}` or
`{"error": reason}`. The starter holds the lock (runtime.py) until it has that line, so
the keeper writes the record without taking the lock itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
import time
import urllib.parse
from collections.abc import Sequence
from pathlib import Path

from app.grammar import archive, runtime
from app.grammar.install import LANGUAGETOOL_VERSION
from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import GrammarReason, Why, as_fields, reason_of, unavailable
from app.grammar.runtime import KEEPER_FLAG
from app.grammar.server import FULL_HEAP_MB, LocalServer
from app.languages import LANGUAGES

# How often the keeper looks at the last use, at most: an idle time of ten minutes is
# kept to within a few seconds, a test's idle time of one second to a tenth of it.
_LONGEST_POLL = 5.0
# Sized for one person's short messages in their own languages, not a shared server
# (bench/bench_grammar.py, bench/README.md's "JVM memory (issue 18, third pass)"). A heap
# that gives memory back (the free ratios), a smaller code cache and metaspace, half-size
# thread stacks, and a young generation fixed at 16 MB: the serial collector otherwise
# makes it a third of the heap, and once German's rules are loaded (about 360 MB live)
# that is 170 MB of nursery, every page touched, for the garbage of checking a short
# message. With these an English user's JVM holds about 220 MB idle and 235 MB after
# 1,000 checks (254 / 297 before the 16 MB nursery), a German user's about 550 / 585 MB
# (674 / 740); the price is more minor collections, a few milliseconds a check.
# The heap starts at 160 MB: from 32 MB, growing in 5 % steps, the serial collector made
# 23 full collections while the English rules loaded (3.4 s of processor time, a quarter
# of a cold start's); from 160 MB it makes one, and an English user's JVM holds about
# 235 MB idle and 245 MB after 1,000 checks. Serial never shrinks the heap below its
# initial size, so a larger start (176 MB: no full collection) holds it above 250 MB
# idle (bench/README.md, "Cold start (fourth pass)").
_TRIMMED_OPTIONS = (
    "-Xms160m",
    "-Xmn16m",
    "-XX:MinHeapFreeRatio=5",
    "-XX:MaxHeapFreeRatio=15",
    "-XX:ReservedCodeCacheSize=40m",
    "-XX:MaxMetaspaceSize=128m",
    "-Xss512k",
)
# The heap cap. A contact's message may be in any language Rapport writes in, and each
# loads its own rules, all five on one heap (de, en, fr, es, pt) measured with the
# options above: with 448 MB the JVM ran out of memory loading them, with 544 MB on the
# checks after; with 640 MB it survived them and 1,000 checks, its old generation 570 MB
# full of 592 after 56 full collections. 768 MB leaves 128 MB above that for the
# pipelines of checks sent at once. The heap grows only as far as the rules loaded
# need. With every module on the class path (the language set to "auto") the server
# keeps the untrimmed options.
_HEAP_MB = 768
# A JVM writing its class-data archive at exit needs a few seconds more than one that
# only stops.
_STOP_GRACE = 30.0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="rapport " + KEEPER_FLAG)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--languages", default="")
    parser.add_argument("--idle", type=float, required=True)
    parser.add_argument("--start-timeout", type=float, default=60.0)
    args = parser.parse_args(argv)
    # Ctrl+C in the terminal of the `rapport check` that started it is not for the keeper.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signal, _frame: stop.set())

    languages = tuple(code for code in args.languages.split(",") if code)
    # Every language Rapport writes in can be checked; the user's own are warmed up.
    plan = archive.plan(args.folder, (*languages, *LANGUAGES) if languages else ())
    server = LocalServer(
        folder=args.folder,
        warm_up_language=languages[0] if languages else "en-US",
        start_timeout=args.start_timeout,
        classpath=plan.classpath,
        jvm_options=(*plan.options, *(_TRIMMED_OPTIONS if languages else ())),
        stop_grace=_STOP_GRACE,
        max_heap_mb=_HEAP_MB if languages else FULL_HEAP_MB,
    )
    try:
        url = server.start()
        pid = server.pid
        if pid is None:
            raise unavailable(server.exit_reason() or GrammarReason(Why.STOPPED))
    except GrammarUnavailable as exc:
        server.close()
        _tell({"error": str(exc), "reason": as_fields(reason_of(exc))})
        return 1
    me = os.getpid()
    port = urllib.parse.urlsplit(url).port or 0
    runtime.write_record(
        runtime.Record(url, port, pid, me, LANGUAGETOOL_VERSION, languages or ("auto",))
    )
    runtime.note_use()
    _tell({"url": url, "pid": pid})
    # The user's other languages load while the first is already being checked: a
    # second language would double the wait for the first grammar result.
    threading.Thread(
        target=_warm_up, args=(server, languages[1:]), name="rapport-warm-up", daemon=True
    ).start()
    _watch(server, args.idle, stop)
    with contextlib.suppress(GrammarUnavailable), runtime.locked(timeout=10.0):
        runtime.remove_record(me)
    server.close()
    plan.finish(server.stopped_cleanly())
    return 0


def _watch(server: LocalServer, idle: float, stop: threading.Event) -> None:
    """Return when the server should stop: idle, dead, retired by a client, or SIGTERM."""
    poll = min(max(idle / 10, 0.1), _LONGEST_POLL)
    me = os.getpid()
    while not stop.wait(poll):
        if not server.running:
            return
        record = runtime.read_record()
        if record is None or record.keeper != me:
            return  # a client found it hung and replaced it
        if time.time() - runtime.last_use() >= idle:
            return


def _warm_up(server: LocalServer, languages: Sequence[str]) -> None:
    for language in languages:
        with contextlib.suppress(GrammarUnavailable):
            server.warm_up(language)


def _tell(message: dict[str, object]) -> None:
    """Write the one line for the starter, then let go of the pipe: the starter may have
    ended, and nothing later may fail for want of a reader."""
    with contextlib.suppress(OSError):
        sys.stdout.write(json.dumps(message) + "\n")
        sys.stdout.flush()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
