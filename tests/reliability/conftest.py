"""Fixtures for the reliability suite: a saved database, and files made read-only in a way
that holds even for root (CI runs as root, and root ignores permission bits)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.contacts import Contact
from app.paths import database_path
from app.store import Store

MakeReadOnly = Callable[[Path], None]


@pytest.fixture
def db_path(rapport_home: Path) -> Path:
    return database_path()


@pytest.fixture
def saved(db_path: Path) -> Path:
    """A database holding one contact and one message."""
    with Store.open(db_path) as store:
        ana = store.add_contact(Contact(name="Ana Souza", company="Northwind"))
        store.record_message(
            ana, template="t", kind="invite", channel="linkedin_note", text="Hi Ana!"
        )
    return db_path


def _immutable_works(folder: Path) -> bool:
    probe = folder / "immutable-probe"
    probe.write_text("x", encoding="utf-8")
    try:
        made = subprocess.run(["chattr", "+i", str(probe)], capture_output=True).returncode == 0
        if made:
            subprocess.run(["chattr", "-i", str(probe)], check=True)
        return made
    finally:
        probe.unlink()


@pytest.fixture
def make_read_only(tmp_path: Path) -> Iterator[MakeReadOnly]:
    """Make a file or folder read-only for this process: by its permission bits for a
    normal user; for root, which they do not bind, with the immutable attribute
    (`chattr +i`), which binds root too. Undone after the test."""
    undo: list[Callable[[], None]] = []
    as_root = os.geteuid() == 0
    if as_root and (shutil.which("chattr") is None or not _immutable_works(tmp_path)):
        pytest.skip("running as root, and this file system has no immutable attribute")

    def make(path: Path) -> None:
        if as_root:
            subprocess.run(["chattr", "+i", str(path)], check=True)
            undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], check=True))
        else:
            mode = path.stat().st_mode
            path.chmod(stat.S_IMODE(mode) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
            undo.append(lambda: path.chmod(mode))

    yield make
    for step in reversed(undo):
        step()
