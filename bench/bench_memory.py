"""Memory of the idle window: the resident set (RSS) of Rapport's process with 10,000
contacts and 100,000 messages, once start-up and the background loading are over.

The window is started as a person starts it (`python -m app`), on a copy of the seeded
data with grammar checks off: the LanguageTool server is a JVM of its own (about 400 MB,
see app/grammar/server.py), reported apart from the app when it runs. The render worker,
a small Python process, is reported apart too. Prints megabytes; asserts nothing.

    .venv/bin/python bench/bench_memory.py [--data SEEDED_FOLDER] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.settings import Settings, save_settings
from bench.seed import seed

REPO = Path(__file__).resolve().parent.parent
# Idle means the app's memory has not moved by more than this for STEADY_SECONDS.
STEADY_MB = 1.0
STEADY_SECONDS = 3.0
GIVE_UP_SECONDS = 90.0


def rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def idle_rss(data: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "RAPPORT_HOME": str(data),
        "RAPPORT_CONFIG": str(data / "config"),
        "XDG_CONFIG_HOME": str(data / "config"),
    }
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    window = subprocess.Popen(
        [sys.executable, "-m", "app"], cwd=REPO, env=env, stderr=subprocess.DEVNULL
    )
    try:
        started = time.monotonic()
        last, steady_since = 0.0, time.monotonic()
        while time.monotonic() - started < GIVE_UP_SECONDS:
            time.sleep(0.5)
            now = rss_mb(window.pid)
            if now is None:
                raise SystemExit("the window exited before it was measured")
            if abs(now - last) > STEADY_MB:
                last, steady_since = now, time.monotonic()
            elif time.monotonic() - steady_since >= STEADY_SECONDS:
                break
        figures = {"window_mb": round(last, 1), "settled_after_s": round(steady_since - started, 1)}
        for child in children(window.pid):
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            size = rss_mb(child)
            if size is not None and b"--render-worker" in cmdline:
                figures["render_worker_mb"] = round(size, 1)
            elif size is not None and b"languagetool" in cmdline.lower():
                figures["languagetool_mb"] = round(size, 1)
        return figures
    finally:
        window.send_signal(signal.SIGTERM)  # its children die with it (PR_SET_PDEATHSIG)
        window.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="a folder filled by bench/seed.py")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        if args.data is None:
            seed(data, 10_000, 100_000)
        else:
            shutil.copytree(args.data, data, ignore=shutil.ignore_patterns("logs", "backups"))
        save_settings(Settings(grammar_mode="off"), data / "settings.json")
        figures = idle_rss(data)
    if args.json:
        print(json.dumps({"memory": figures}))
    else:
        extra = "".join(
            f", {label} {figures[key]:.0f} MB"
            for key, label in (("render_worker_mb", "render worker"), ("languagetool_mb", "JVM"))
            if key in figures
        )
        print(
            f"idle window with 10,000 contacts and 100,000 messages: {figures['window_mb']:.0f} MB"
            f" resident (settled after {figures['settled_after_s']} s){extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
