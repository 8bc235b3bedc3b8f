"""One import is one transaction: killed, cancelled or refused by a busy database, it
leaves the database whole and as it was; and it reports its progress as it goes."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app.contacts import Contact
from app.importers import ImportCancelled, import_linkedin
from app.store import Store, StoreError
from tests.imports.builders import (
    INVITATIONS,
    big_connections_csv,
    invitations_csv,
    write_folder,
)
from tests.imports.conftest import snapshot

ROWS = 3000

# Runs the real import in another process and kills that process with SIGKILL (no
# cleanup, no rollback) from inside the write, once three quarters of the work is done.
_KILLED_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from app.importers import import_linkedin
    from app.store import Store

    def progress(done, total):
        if done >= total * 3 // 4:
            print("killing at", done, "of", total, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    store = Store.open(Path(sys.argv[1]))
    import_linkedin(store, Path(sys.argv[2]), progress=progress)
    print("finished without being killed", flush=True)
    """
)


@pytest.fixture
def export(tmp_path: Path) -> Path:
    files = {
        "Connections.csv": big_connections_csv(ROWS),
        "Invitations.csv": invitations_csv(INVITATIONS),
    }
    return write_folder(tmp_path / "export", files)


@pytest.fixture
def before(store: Store, db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    ada = store.add_contact(Contact(name="Ada Lovelace"))
    store.record_message(ada, template="thanks", kind="thanks", channel="email", text="Thank you!")
    return snapshot(db_path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_an_import_killed_part_way_leaves_the_database_whole_and_unchanged(
    store: Store, db_path: Path, export: Path, before: object
) -> None:
    store.close()  # the child must be able to take the write lock
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_CHILD, str(db_path), str(export)],
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )

    assert child.returncode == -signal.SIGKILL, child.stderr
    assert child.stdout.startswith("killing at")
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    assert snapshot(db_path) == before
    # And the database still works: the same import, run to the end, saves everything.
    with Store.open(db_path) as reopened:
        assert import_linkedin(reopened, export).contacts_added == ROWS + 6


def test_progress_climbs_to_the_total(store: Store, export: Path) -> None:
    reports: list[tuple[int, int]] = []
    import_linkedin(store, export, progress=lambda done, total: reports.append((done, total)))

    dones = [done for done, _ in reports]
    assert len(reports) > 20
    assert dones == sorted(dones)
    assert {total for _, total in reports} == {reports[-1][1]}
    assert reports[-1][0] == reports[-1][1]


@pytest.mark.parametrize("how", ["event", "callable"])
def test_a_cancelled_import_writes_nothing(
    store: Store, db_path: Path, export: Path, before: object, how: str
) -> None:
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > total * 3 // 4:  # well into the writing
            stop.set()

    cancel = stop if how == "event" else stop.is_set
    with pytest.raises(ImportCancelled, match="nothing was saved"):
        import_linkedin(store, export, progress=progress, cancel=cancel)
    assert snapshot(db_path) == before


def test_an_import_into_a_busy_database_is_refused_and_writes_nothing(
    store: Store, db_path: Path, export: Path, before: object
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(StoreError, match="in use by another program"):
            import_linkedin(store, export)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(db_path) == before
