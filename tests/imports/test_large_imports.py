"""An export of thousands of connections is written in bulk (its rows' empty fields
written once into the statement, the contacts' indexes built again afterwards), and what
it saves is exactly what saving each of those contacts on its own would have saved."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from app.contacts import Contact
from app.importers import import_linkedin
from app.store import Store
from app.store.rows import NewContact
from tests.imports.builders import ConnectionRow, connections_csv, write_folder

# Past the size from which the store writes contacts in bulk.
COUNT = 1500
_FIRSTS = ("Élodie", "Zoë", "Ana", "Дмитрий", "अनन्या", "伟", "Noe\u0308l", "O'Neil")
_LASTS = ("Lefèvre", "Ångström", "Smith", "Петрова", "शर्मा", "王", "O'Brien", "Núñez")


def _rows(count: int) -> list[ConnectionRow]:
    return [
        ConnectionRow(
            first=_FIRSTS[i % len(_FIRSTS)],
            last=f"{_LASTS[i % len(_LASTS)]} {i}",
            # Every 97th person hid their address; slugs in several scripts, some encoded.
            url=""
            if i % 97 == 0
            else f"https://www.linkedin.com/in/{_FIRSTS[i % 3].lower()}-{i}"
            if i % 5
            else f"https://ca.linkedin.com/in/ana%C3%AFs-{i}/?trk=x",
            email=f"Person{i}@Example.com " if i % 10 == 0 else "",
            company="Café Ünïcode GmbH" if i % 3 else "Smith & O'Brien, Inc.",
            position="" if i % 7 == 0 else "Engineer",
            connected_on=f"{1 + i % 28:02d} Feb {2012 + i % 14}",
        )
        for i in range(count)
    ]


def _rows_of(path: Path) -> list[tuple[object, ...]]:
    """Every contact's stored columns but the times it was written, in id order."""
    connection = sqlite3.connect(path)
    try:
        cursor = connection.execute("SELECT * FROM contacts ORDER BY id")
        names = [column[0] for column in cursor.description]
        kept = [i for i, name in enumerate(names) if name not in ("created_at", "updated_at")]
        return [tuple(row[i] for i in kept) for row in cursor]
    finally:
        connection.close()


def _indexes(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).fetchall()
    finally:
        connection.close()


def test_a_large_import_saves_each_contact_as_saving_it_alone_would(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    export = write_folder(tmp_path / "export", {"Connections.csv": connections_csv(_rows(COUNT))})

    summary = import_linkedin(store, export)

    assert summary.contacts_added == COUNT
    imported = store.contacts()
    with Store.open(tmp_path / "by-hand.sqlite3") as by_hand:
        by_hand.add_contacts(c.replace(id=None) for c in sorted(imported, key=lambda c: c.id or 0))
    assert _rows_of(db_path) == _rows_of(tmp_path / "by-hand.sqlite3")
    # Searching and sorting read the derived columns: an accent typed either way is found.
    noels = len(range(_FIRSTS.index("Noe\u0308l"), COUNT, len(_FIRSTS)))
    assert len(store.contacts("NOËL")) == noels
    assert store.contacts()[0].name.startswith("Ana ")


def test_a_large_import_into_an_empty_database_leaves_its_indexes_as_they_were(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    before = _indexes(db_path)
    export = write_folder(tmp_path / "export", {"Connections.csv": connections_csv(_rows(COUNT))})

    import_linkedin(store, export)

    assert _indexes(db_path) == before
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM contacts ORDER BY name_key, id"
        ).fetchall()
    finally:
        connection.close()
    assert "contacts_by_name" in str(plan)  # the contact list is read in its order


def test_importing_the_large_export_again_adds_nobody(store: Store, tmp_path: Path) -> None:
    export = write_folder(tmp_path / "export", {"Connections.csv": connections_csv(_rows(COUNT))})
    import_linkedin(store, export)

    again = import_linkedin(store, export)

    assert (again.contacts_added, again.contacts_unchanged) == (0, COUNT)
    assert store.contact_count() == COUNT


def test_an_imported_contact_holds_every_field_a_contact_has() -> None:
    # NewContact repeats Contact's fields for speed; a field added to one only would be
    # lost on import without any error.
    expected = tuple(field.name for field in dataclasses.fields(Contact) if field.name != "id")
    assert NewContact._fields == expected
