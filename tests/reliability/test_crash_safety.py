"""A writer killed with SIGKILL at random moments: the database stays sound, everything it
said it had committed is there, and an import cut short is all there or not at all."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import Store
from tests.reliability.writer import IMPORT_SIZE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

REPO = Path(__file__).resolve().parents[2]
KILLS = 20
IMPORT_KILLS = 8


def start_writer(database: Path, mode: str, argument: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer", str(database), mode, argument],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def kill(writer: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the writer; returns the rest of what it printed (commits it finished)."""
    writer.send_signal(signal.SIGKILL)
    assert writer.wait(timeout=10) == -signal.SIGKILL
    assert writer.stdout is not None and writer.stderr is not None
    rest = writer.stdout.read().splitlines()
    writer.stdout.close()
    writer.stderr.close()
    return rest


def assert_sound(database: Path) -> sqlite3.Connection:
    """Integrity check passed, and the app opens the file for writing (so no lock of the
    dead writer is left either)."""
    Store.open(database).close()
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return connection


def test_killed_writers_lose_nothing_they_committed(db_path: Path) -> None:
    rng = random.Random(20251123)
    committed: list[str] = []
    for round_ in range(KILLS):
        writer = start_writer(db_path, "steady", str(round_ * 100_000))
        assert writer.stdout is not None
        # Let it commit a random number of times, then kill it at a random moment of
        # its write cycle: in a transaction, in a commit, in a checkpoint.
        wanted = rng.randint(1, 60)
        for _ in range(wanted):
            line = writer.stdout.readline()
            assert line, (
                f"the writer stopped by itself: {writer.stderr.read() if writer.stderr else ''}"
            )
            committed.append(line.strip())
        time.sleep(rng.uniform(0, 0.004))
        committed.extend(kill(writer))

        connection = assert_sound(db_path)
        contacts = {row[0] for row in connection.execute("SELECT name FROM contacts")}
        texts = {row[0] for row in connection.execute("SELECT text FROM messages")}
        connection.close()
        for entry in committed:
            kind, number, *size = entry.split()
            if kind == "contact":
                assert f"writer-{number}" in contacts, (round_, entry)
            elif kind == "message":
                assert f"message {number}" in texts, (round_, entry)
            else:
                assert {f"batch-{number}-{i}" for i in range(int(size[0]))} <= contacts
    assert len(committed) > KILLS


def import_seconds(database: Path) -> float:
    """How long an import takes here, from its start to its commit."""
    writer = start_writer(database, "import", "timing")
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "started"
    began = time.monotonic()
    assert writer.stdout.readline().strip() == "committed"
    elapsed = time.monotonic() - began
    kill(writer)
    return elapsed


def test_an_import_cut_short_is_all_or_nothing(db_path: Path) -> None:
    rng = random.Random(7)
    Store.open(db_path).close()
    duration = import_seconds(db_path)
    connection = assert_sound(db_path)  # killed after its commit: all of it is there
    timed = "SELECT count(*) FROM contacts WHERE name LIKE 'timing-%'"
    assert connection.execute(timed).fetchone()[0] == IMPORT_SIZE
    connection.close()
    outcomes = []
    for round_ in range(IMPORT_KILLS):
        prefix = f"import{round_}"
        writer = start_writer(db_path, "import", prefix)
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "started"
        # Somewhere inside the import's transaction, by the time one took just now.
        time.sleep(rng.uniform(0, 0.9 * duration))
        reported = "committed" in kill(writer)

        connection = assert_sound(db_path)
        contacts = connection.execute(
            "SELECT count(*) FROM contacts WHERE name LIKE ?", (f"{prefix}-%",)
        ).fetchone()[0]
        messages = connection.execute(
            "SELECT count(*) FROM messages WHERE text LIKE ?", (f"{prefix} note %",)
        ).fetchone()[0]
        connection.close()
        assert (contacts, messages) in ((0, 0), (IMPORT_SIZE, IMPORT_SIZE)), round_
        if reported:
            assert contacts == IMPORT_SIZE
        outcomes.append(contacts == IMPORT_SIZE)
    # Not a timing assertion: it makes sure the kills exercised the interesting case.
    assert not all(outcomes), "no kill landed inside the import's transaction"
