"""Every address-book file in tests/data (vCards other programs write, their CSV exports)
imports into the contacts its .expected.json lists, field by field, and leaves out the
cards or rows it lists, each with its line and reason.

The files are written for the tests in the shapes those programs write (invented
people); each expected file's `about` says which program and which quirks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.importers import ImportSummary, csv_headers, import_csv, import_vcard, propose_mapping
from app.store import Store

DATA = Path(__file__).parent.parent / "data"


def _import_csv(store: Store, path: Path) -> ImportSummary:
    return import_csv(store, path, propose_mapping(csv_headers(path)))


IMPORTERS: dict[str, Callable[[Store, Path], ImportSummary]] = {
    ".vcf": import_vcard,
    ".csv": _import_csv,
}
FILES = sorted(
    path
    for folder in ("vcard", "address-book-csv")
    if (DATA / folder).is_dir()
    for path in (DATA / folder).iterdir()
    if path.suffix in IMPORTERS
)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_each_address_book_file_yields_its_contacts(store: Store, path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))

    summary = IMPORTERS[path.suffix](store, path)

    assert [[row.line, str(row.reason)] for row in summary.skipped] == expected["skipped"]
    contacts = sorted(store.contacts(), key=lambda contact: contact.name)
    wanted = sorted(expected["contacts"], key=lambda fields: fields["name"])
    assert [contact.name for contact in contacts] == [fields["name"] for fields in wanted]
    for contact, fields in zip(contacts, wanted, strict=True):
        got = {key: getattr(contact, key) for key in fields}
        assert {key: list(v) if isinstance(v, tuple) else v for key, v in got.items()} == fields
