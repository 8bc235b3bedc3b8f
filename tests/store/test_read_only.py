"""A read-only file or folder: refused with a clear message, nothing written."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import Store, StoreReadOnly

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="needs POSIX permissions that apply to the test user (root ignores them)",
)


@pytest.fixture
def saved(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Ann"))
    return db_path


@pytest.fixture
def read_only_folder(db_path: Path) -> Iterator[Path]:
    folder = db_path.parent
    mode = folder.stat().st_mode
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(mode)  # let pytest clean up


def _refused(db_path: Path) -> str:
    with pytest.raises(StoreReadOnly) as refused:
        Store.open(db_path)
    message = str(refused.value)
    assert "read-only" in message and str(db_path) in message
    return message


def test_a_database_in_a_read_only_folder(saved: Path, read_only_folder: Path) -> None:
    before = saved.read_bytes()
    _refused(saved)
    assert saved.read_bytes() == before
    assert sorted(p.name for p in read_only_folder.iterdir()) == [saved.name]


def test_no_database_yet_and_a_read_only_folder(db_path: Path, read_only_folder: Path) -> None:
    _refused(db_path)
    assert list(read_only_folder.iterdir()) == []


def test_a_read_only_database_file(saved: Path) -> None:
    saved.chmod(stat.S_IRUSR)
    before = saved.read_bytes()
    try:
        _refused(saved)
        assert saved.read_bytes() == before
    finally:
        saved.chmod(stat.S_IRUSR | stat.S_IWUSR)
