"""Grammar with the shared LanguageTool server: start, check latency, memory.

- `rapport check --json` on the same 8 messages: with grammar and no server running
  (cold: the command starts the shared server), and with the server that an earlier run
  left (warm), each beside a `--no-grammar` run made just before it; medians, and the
  ratios to `--no-grammar`.
- Cold start to the first grammar result, with the user's language modules only and
  with all of them, with the class-data archive (made by the first server's clean exit),
  and the JVM's processor time to it.
- Warm check latency of one message, p50 and p99.
- The JVM's resident memory once idle after its start, and after 1,000 checks.

With `--language de` the memory and latency figures are a German user's: a server for
English and German (the grammar language and the writing language, as Rapport starts it
for them), German's rules loaded before the idle figure, and the 1,000 checks alternating
German and English messages. `--memory-only` skips the `rapport check` and cold-start runs.

Each cold run has a runtime folder of its own, so it never finds a server; every server
started here is stopped at the end. Figures only; asserts nothing.

    .venv/bin/python bench/bench_grammar.py [--runs 5] [--cold-runs 3] [--checks 1000]
        [--language en|de] [--memory-only] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.grammar import runtime, transport
from app.grammar.endpoint import Endpoint
from app.grammar.install import installed_folder
from app.grammar.java import find_java, java_version
from app.grammar.shared import SharedServer
from bench.figures import percentile

REPO = Path(__file__).resolve().parent.parent
MESSAGES = [
    "Hi Ana, it was great to meet you at PyData Lisbon; your talk on pricing stayed with me.",
    "Hello Bo, I read you're article on data contracts and would love to hear more.",
    "Hi Chen, Jonas said you are the person to ask about actuarial tables in Norwich.",
    "Dear Dana, thank you for accepting; their is a coffee place near your office I like.",
    "Hi Eve, we worked together at Acme in 2019. I'd like to reconnect and hear your news.",
    "Hi Farid, your question at the meetup about a error budget was the best of the night.",
    "Hello Greta, I would like to add you to my professional network.",
    "Hi Hugo, thanks for the intro to Ines; I will write to her this week about the job.",
]
# The same kinds of message in German, with real mistakes for the rules to find.
GERMAN_MESSAGES = [
    "Hallo Anna, es war schön dich auf der PyData in Berlin kennenzulernen.",
    "Guten Tag Herr Becker, ich habe ihren Artikel über Datenverträge gelesen.",
    "Hallo Chen, Jonas meinte, du bist die richtige Person für Sterbetafeln in Kiel.",
    "Liebe Dana, danke das du angenommen hast; es gibt ein Café in der nähe deines Büros.",
    "Hallo Eva, wir haben 2019 zusammen bei Acme gearbeitet und ich würde mich freuen.",
    "Hallo Farid, deine Frage beim Meetup über ein Fehlerbudget war die beste des Abends.",
    "Sehr geehrte Frau Schmidt, ich möchte Sie gerne zu meinem Netzwerk hinzufügen.",
    "Hallo Hugo, danke für die Vorstellung bei Ines; ich schreibe ihr diese Woche.",
]
# What each --language measures: the server's languages, as Rapport starts it for such a
# user (the grammar language first, then the writing language), and the checks' languages.
SERVER_LANGUAGES = {"en": ("en-US",), "de": ("en-US", "de-DE")}
TARGETS = {"warm": 1.5, "cold": 12.0, "rss_idle_mb": 250, "rss_after_mb": 300}


def rapport_check(environment: dict[str, str], *flags: str) -> float:
    """Seconds for one `rapport check --json` of the 8 messages, process start to exit."""
    stdin = "".join(json.dumps({"text": text}) + "\n" for text in MESSAGES)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "app", "check", "--json", *flags],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment,
        timeout=600,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or result.stdout.count("\n") != len(MESSAGES):
        raise SystemExit(f"rapport check failed: {result.stderr.strip()}")
    if "--no-grammar" not in flags and "grammar checks are off" in result.stderr:
        raise SystemExit(f"rapport check ran without grammar: {result.stderr.strip()}")
    return elapsed


@contextmanager
def runtime_folder(scratch: Path, name: str) -> Iterator[dict[str, str]]:
    """An environment whose shared server is its own; its server is stopped on leaving."""
    folder = scratch / name
    environment = {**os.environ, "RAPPORT_RUNTIME": str(folder)}
    saved = os.environ.get("RAPPORT_RUNTIME")
    os.environ["RAPPORT_RUNTIME"] = str(folder)
    try:
        yield environment
    finally:
        stop_server()
        if saved is None:
            os.environ.pop("RAPPORT_RUNTIME", None)
        else:
            os.environ["RAPPORT_RUNTIME"] = saved


def stop_server() -> None:
    """Ask the keeper to stop its JVM cleanly (so the class-data archive is written)."""
    record = runtime.read_record()
    if record is None:
        return
    os.kill(record.keeper, signal.SIGTERM)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _alive(record.keeper):
        time.sleep(0.1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    except (OSError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cold_first_result(languages: tuple[str, ...]) -> tuple[float, float]:
    """Seconds from no server to the first grammar answer, in this process, and the
    processor time the JVM used for it (which other people's load moves far less)."""
    server = SharedServer(languages=languages)
    started = time.perf_counter()
    url = server.start()
    endpoint = Endpoint(url=url, name="bench", local=True)
    transport.check(endpoint, MESSAGES[1], "en-US", timeout=60)
    return time.perf_counter() - started, processor_seconds(server.pid or 0)


def processor_seconds(pid: int) -> float:
    """User and system time of process `pid` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_and_latency(language: str, checks: int) -> dict[str, float]:
    """Resident memory once the user's languages are loaded and after `checks` checks,
    and the latency of those checks; the server is this process's own runtime folder's."""
    server = SharedServer(languages=SERVER_LANGUAGES[language])
    endpoint = Endpoint(url=server.start(), name="bench", local=True)
    pid = server.pid or 0
    figures = {}
    texts = [(text, "en-US") for text in MESSAGES]
    if language == "de":
        # The keeper loads German after it said the server is ready: a German check
        # waits for that, and the idle figure is then the German user's.
        started = time.perf_counter()
        transport.check(endpoint, GERMAN_MESSAGES[0], "de-DE", timeout=600)
        figures["first_german_s"] = time.perf_counter() - started
        german = [(text, "de-DE") for text in GERMAN_MESSAGES]
        texts = [pair for both in zip(german, texts, strict=True) for pair in both]
    time.sleep(3)
    figures["idle_mb"] = resident_mb(pid)
    latencies = []
    for number in range(checks):
        text, code = texts[number % len(texts)]
        started = time.perf_counter()
        transport.check(endpoint, f"{text} ({number})", code, timeout=60)
        latencies.append(time.perf_counter() - started)
    figures["after_mb"] = resident_mb(pid)
    figures["p50_s"] = percentile(latencies, 0.5)
    figures["p99_s"] = percentile(latencies, 0.99)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--checks", type=int, default=1000)
    parser.add_argument("--language", choices=sorted(SERVER_LANGUAGES), default="en")
    parser.add_argument("--memory-only", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if installed_folder() is None:
        print("bench_grammar: LanguageTool is not installed (make languagetool); skipped")
        return 0
    load_at_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="rapport-bench-grammar-") as scratch_name:
        scratch = Path(scratch_name)
        home = scratch / "home"
        home.mkdir()
        base = {
            **os.environ,
            "RAPPORT_HOME": str(home),
            "RAPPORT_CONFIG": str(scratch / "config"),
            "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),  # compiled, as installed
        }
        base.pop("PYTHONDONTWRITEBYTECODE", None)  # else every run compiles Rapport again
        os.environ.update(base)
        figures = {} if args.memory_only else commands_and_cold_start(scratch, base, args)
        with runtime_folder(scratch, "memory"):
            memory = memory_and_latency(args.language, args.checks)
    java = find_java()
    figures.update(
        {
            "java": ".".join(map(str, java_version(java) or ())) or str(java),
            "language": args.language,
            "check_p50_ms": round(memory["p50_s"] * 1000, 1),
            "check_p99_ms": round(memory["p99_s"] * 1000, 1),
            "rss_idle_mb": round(memory["idle_mb"]),
            "rss_after_checks_mb": round(memory["after_mb"]),
            "checks": args.checks,
            "load_average_start": load_at_start,
            "load_average_end": os.getloadavg()[0],
        }
    )
    if "first_german_s" in memory:
        figures["first_german_result_s"] = round(memory["first_german_s"], 2)
    if args.json:
        print(json.dumps({"grammar": figures}))
        return 0
    report(figures, args.checks)
    return 0


def commands_and_cold_start(
    scratch: Path, base: dict[str, str], args: argparse.Namespace
) -> dict[str, object]:
    """`rapport check` cold and warm beside `--no-grammar`, and the cold first results."""
    with runtime_folder(scratch, "archive") as environment:
        rapport_check(environment)  # a first server, whose clean stop writes the archive
    # Each grammar run beside a `--no-grammar` run made just before it: on a machine
    # that others load, the load changes from minute to minute, and a ratio of runs
    # made minutes apart would measure that.
    cold, plain_beside_cold = [], []
    for run in range(args.cold_runs):
        with runtime_folder(scratch, f"cold-{run}") as environment:
            plain_beside_cold.append(rapport_check(base, "--no-grammar"))
            cold.append(rapport_check(environment))
    warm, plain = [], []
    with runtime_folder(scratch, "warm") as environment:
        rapport_check(environment)
        for _ in range(args.runs):
            plain.append(rapport_check(base, "--no-grammar"))
            warm.append(rapport_check(environment))
    with runtime_folder(scratch, "first-en"):
        first_en, first_en_cpu = cold_first_result(("en-US",))
    with runtime_folder(scratch, "first-all"):
        first_all, first_all_cpu = cold_first_result(("auto",))
    no_grammar = statistics.median(plain)
    return {
        "no_grammar_s": round(no_grammar, 3),
        "no_grammar_beside_cold_s": round(statistics.median(plain_beside_cold), 3),
        "cold_s": round(statistics.median(cold), 2),
        "warm_s": round(statistics.median(warm), 3),
        "cold_ratio": round(statistics.median(cold) / statistics.median(plain_beside_cold), 1),
        "cold_ratio_runs": [round(c / p, 1) for c, p in zip(cold, plain_beside_cold, strict=True)],
        "warm_ratio": round(statistics.median(warm) / no_grammar, 2),
        "warm_ratio_runs": [round(w / p, 2) for w, p in zip(warm, plain, strict=True)],
        "first_result_user_language_s": round(first_en, 2),
        "first_result_all_languages_s": round(first_all, 2),
        "first_result_user_language_jvm_cpu_s": round(first_en_cpu, 2),
        "first_result_all_languages_jvm_cpu_s": round(first_all_cpu, 2),
    }


def report(figures: dict[str, object], checks: int) -> None:
    if "warm_s" in figures:
        print(
            f"rapport check, 8 messages: warm {figures['warm_s']} s against "
            f"{figures['no_grammar_s']} s --no-grammar ({figures['warm_ratio']}x, target <= "
            f"{TARGETS['warm']}x; run by run {figures['warm_ratio_runs']}); cold "
            f"{figures['cold_s']} s against {figures['no_grammar_beside_cold_s']} s "
            f"({figures['cold_ratio']}x, target <= {TARGETS['cold']}x; run by run "
            f"{figures['cold_ratio_runs']})"
        )
        print(
            "cold start to the first grammar result: "
            f"{figures['first_result_user_language_s']} s with the user's language, "
            f"{figures['first_result_all_languages_s']} s with every language module (JVM "
            f"processor time {figures['first_result_user_language_jvm_cpu_s']} s and "
            f"{figures['first_result_all_languages_jvm_cpu_s']} s)"
        )
    if "first_german_result_s" in figures:
        print(
            f"first German result after the server was ready: {figures['first_german_result_s']} s"
        )
    print(f"Java {figures['java']}")
    print(
        f"warm check ({figures['language']}): p50 {figures['check_p50_ms']} ms, "
        f"p99 {figures['check_p99_ms']} ms"
    )
    print(
        f"JVM resident ({figures['language']}): idle {figures['rss_idle_mb']} MB (target <= "
        f"{TARGETS['rss_idle_mb']}), after {checks} checks {figures['rss_after_checks_mb']} MB "
        f"(target <= {TARGETS['rss_after_mb']})"
    )
    print(
        f"load average {figures['load_average_start']:.1f} at the start, "
        f"{figures['load_average_end']:.1f} at the end"
    )


if __name__ == "__main__":
    sys.exit(main())
