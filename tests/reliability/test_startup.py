"""`rapport --exit-after-startup`, which bench/bench_startup.py times: it opens the real
window on the user's data and leaves cleanly once the window is painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.contacts import Contact
from app.paths import database_path
from app.store import Store

REPO = Path(__file__).resolve().parents[2]


def test_the_window_opens_on_the_data_and_exits_cleanly(rapport_home: Path) -> None:
    with Store.open(database_path()) as store:
        store.add_contacts(Contact(name=f"Person {n}", company="Acme") for n in range(500))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--exit-after-startup"],
        cwd=REPO,
        env={**os.environ, "RAPPORT_CONFIG": str(rapport_home / "config")},
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # Closed the way a person closes it: the window's size and layout were saved.
    assert "geometry" in (rapport_home / "window-state.ini").read_text(encoding="utf-8")
    log = (rapport_home / "logs" / "rapport.log").read_text(encoding="utf-8")
    assert "Window open" in log
