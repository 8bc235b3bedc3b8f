"""The core's errors are sentences the window can translate, yet `str()` of each, which
`rapport` prints and the logs keep, reads in English word for word as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app import paths
from app.composing.saved_drafts import DraftError, DraftFolder
from app.paths import DataFolderError
from app.settings import Settings, SettingsError, save_settings
from app.store import SCHEMA_VERSION, Store, StoreDamaged, StoreError, StoreLocked, StoreTooNew
from app.store.backups import backup_folder
from app.store.errors import locked


def test_a_damaged_database_reads_as_before(tmp_path: Path) -> None:
    database = tmp_path / "rapport.sqlite3"
    database.write_bytes(b"garbage" * 300)
    with pytest.raises(StoreDamaged) as caught:
        Store.open(database)
    assert str(caught.value) == (
        f"The database {database} is damaged and cannot be read. It has been left as it is. "
        f"Rapport keeps backups in {backup_folder(database)}, but none has been made yet."
    )


def test_a_database_from_a_newer_rapport_reads_as_before(tmp_path: Path) -> None:
    database = tmp_path / "rapport.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    connection.close()
    with pytest.raises(StoreTooNew) as caught:
        Store.open(database)
    assert str(caught.value) == (
        f"The database {database} was written by a newer version of Rapport (schema "
        f"{SCHEMA_VERSION + 3}; this version knows up to {SCHEMA_VERSION}). Update Rapport "
        "to open it; the file has not been changed."
    )


def test_store_errors_read_as_before(tmp_path: Path) -> None:
    database = tmp_path / "rapport.sqlite3"
    lock: StoreLocked = locked(database)
    assert str(lock) == (
        f"The database {database} is in use by another program. Close the other program "
        "(or the other Rapport window) and try again."
    )
    with Store.open(database) as store, pytest.raises(StoreError) as caught:
        store.delete_contact(7)
    assert str(caught.value) == "No contact number 7 is saved; it may have been deleted."


def test_settings_that_cannot_be_saved_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    (path / "in the way").mkdir(parents=True)
    with pytest.raises(SettingsError) as caught:
        save_settings(Settings(), path)
    assert str(caught.value) == f"The settings could not be saved to {path}: Is a directory"


def test_an_unreadable_draft_reads_as_before(tmp_path: Path) -> None:
    folder = DraftFolder(tmp_path)
    folder.path_for(3).parent.mkdir(parents=True, exist_ok=True)
    folder.path_for(3).write_text('{"version": 2, "contact_id": 4}', encoding="utf-8")
    with pytest.raises(DraftError) as caught:
        folder.load(3)
    [aside] = tmp_path.rglob("contact-3.json.unreadable-*")
    assert str(caught.value) == (
        f"The saved draft {folder.path_for(3)} could not be read (it belongs to another "
        f"contact); it was kept as {aside.name} in the same folder."
    )


def test_a_data_folder_error_is_still_an_os_error_that_reads_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RAPPORT_CONFIG", str(tmp_path))
    paths.data_dir_pointer().write_text('{"data_folder": "somewhere"}', encoding="utf-8")
    with pytest.raises(OSError) as caught:
        paths.chosen_data_dir()
    assert isinstance(caught.value, DataFolderError)
    assert caught.value.filename == str(paths.data_dir_pointer())
    assert caught.value.strerror == (
        'The record of your data folder holds no full path under "data_folder"; '
        "fix or delete this file"
    )
