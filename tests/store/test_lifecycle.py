"""Opening, closing, and the one-thread rule."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.contacts import Contact
from app.store import Store, StoreError


def test_a_closed_store_says_so(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_contact(Contact(name="Ann"))
    with pytest.raises(StoreError, match="has been closed"):
        store.contacts()
    store.close()  # closing again is harmless


def test_a_store_used_from_another_thread_gives_a_store_error(store: Store) -> None:
    errors: list[BaseException] = []

    def use_it() -> None:
        try:
            store.contact_count()
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=use_it)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], StoreError)


def test_each_thread_can_open_its_own_store(store: Store, db_path: Path) -> None:
    counts: list[int] = []

    def add_from_worker() -> None:
        with Store.open(db_path) as own:
            own.add_contact(Contact(name="From a worker"))
            counts.append(own.contact_count())

    worker = threading.Thread(target=add_from_worker)
    worker.start()
    worker.join()
    assert counts == [1]
    assert [c.name for c in store.contacts()] == ["From a worker"]


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "rapport.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(folder)


def test_missing_folders_are_created(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new" / "place" / "rapport.sqlite3") as store:
        assert store.contact_count() == 0
