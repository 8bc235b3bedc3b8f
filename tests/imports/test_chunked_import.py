"""A LinkedIn export is read, matched and written a chunk of rows at a time, inside its
one transaction; what it saves and reports does not depend on where the chunks break.

Three rows to a chunk here, so that a repeated person, two namesakes, a person filled in
from a later row and a saved contact found by e-mail all fall in different chunks."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.contacts import Contact
from app.importers import import_linkedin
from app.store import Store
from tests.imports.builders import (
    ConnectionRow,
    InvitationRow,
    connections_csv,
    invitations_csv,
    write_folder,
)

# Columns that hold when a row was written, which two imports cannot share.
_WRITTEN_AT = {"created_at", "updated_at", "imported_at"}

FIRST = (
    ConnectionRow("Maria", "Silva", "", "", "Acme", "Engineer", "01 Jan 2020"),
    ConnectionRow("Ana", "Lima", "", "", "Globex", "Analyst", "03 Feb 2021"),
    ConnectionRow("Carl", "Berg", "", "carl@example.com", "", "", "04 Apr 2022"),
    # Chunk 2: Ana again (the same row: a duplicate), Maria's namesake (another company
    # and date: another person), Dana, saved before the import, found by e-mail.
    ConnectionRow("Ana", "Lima", "", "", "Globex", "Analyst", "03 Feb 2021"),
    ConnectionRow("Maria", "Silva", "", "", "Initech", "Designer", "05 Mar 2021"),
    ConnectionRow("Dana", "Fox", "", "DANA@example.com", "Hooli", "Lead", "06 Jun 2022"),
    # Chunk 3: Carl again by e-mail, with the company his first row lacked.
    ConnectionRow("Carl", "Berg", "", "carl@example.com", "Wayne", "Chemist", "04 Apr 2022"),
    ConnectionRow("Eve", "Stone", "https://www.linkedin.com/in/eve-stone", "", "Soylent", "", ""),
)
INVITATIONS = (
    # To one of the two Marias, by name alone: the one who connected after it was sent.
    InvitationRow("Maria Silva", "", "6/1/20, 9:00 AM", "Hi Maria, about your talk"),
    InvitationRow("Eve Stone", "https://www.linkedin.com/in/eve-stone/", "1/1/19, 9:00 AM"),
    InvitationRow("Ana Lima", "", "1/2/21, 9:00 AM", "Hello Ana", outgoing=False),
)
# A later export: Ana moved to another company, Eve repeated.
SECOND = (
    ConnectionRow("Eve", "Stone", "https://www.linkedin.com/in/eve-stone", "", "Soylent", "", ""),
    ConnectionRow("Ana", "Lima", "", "", "Umbrella", "Head of Data", "03 Feb 2021"),
    ConnectionRow("Bo", "Chen", "", "", "Stark", "", "07 Jul 2025"),
    ConnectionRow("Eve", "Stone", "https://www.linkedin.com/in/eve-stone", "", "Soylent", "", ""),
)


def _exports(root: Path) -> tuple[Path, Path]:
    first = write_folder(
        root / "Basic_LinkedInDataExport_01-15-2026",
        {
            "Connections.csv": connections_csv(FIRST, urls=True),
            "Invitations.csv": invitations_csv(INVITATIONS),
        },
    )
    second = write_folder(
        root / "Basic_LinkedInDataExport_03-01-2026",
        {"Connections.csv": connections_csv(SECOND)},
    )
    return first, second


def _saved(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, but the times rows were written."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        saved = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in _WRITTEN_AT]
            saved[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
        return saved
    finally:
        connection.close()


def _import_both(database: Path, exports: tuple[Path, Path], chunk_rows: int) -> list[Any]:
    with Store.open(database) as store:
        store.add_contact(Contact(name="Dana Fox", email="dana@example.com"))
        return [
            import_linkedin(store, export, chunk_rows=chunk_rows).to_json() for export in exports
        ]


def test_an_export_read_in_chunks_saves_and_reports_what_one_chunk_does(
    tmp_path: Path,
) -> None:
    exports = _exports(tmp_path / "exports")

    whole = _import_both(tmp_path / "whole.sqlite3", exports, chunk_rows=10_000)
    chunked = _import_both(tmp_path / "chunked.sqlite3", exports, chunk_rows=3)

    assert chunked == whole
    assert _saved(tmp_path / "chunked.sqlite3") == _saved(tmp_path / "whole.sqlite3")
    # What the chunks had to carry from one to the next, each seen in the result.
    first, second = whole
    assert first["contacts"] == {"added": 5, "updated": 1, "unchanged": 0}
    assert [row["line"] for row in first["skipped"]] == [8, 11]  # Ana and Carl again
    namesakes = [(row["file"].rsplit("/", 1)[-1], row["line"]) for row in first["namesakes"]]
    assert namesakes == [("Connections.csv", 9)]
    assert first["requests_added"] == 1
    assert [change["new"]["company"] for change in second["changed"]] == ["Umbrella"]
    with Store.open(tmp_path / "chunked.sqlite3") as store:
        carl = next(c for c in store.contacts() if c.name == "Carl Berg")
        dana = next(c for c in store.contacts() if c.name == "Dana Fox")
        to_maria = next(m for m in store.messages() if m.contact_name == "Maria Silva")
        maria = store.get_contact(to_maria.contact_id or 0)
    assert (carl.company, carl.title) == ("Wayne", "Chemist")  # filled from chunk 3
    assert dana.company == "Hooli"
    assert maria.company == "Initech"
