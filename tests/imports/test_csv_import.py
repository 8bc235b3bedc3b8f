"""Any spreadsheet's CSV, with the columns mapped to contact fields: a proposed mapping,
its problems named, and rows a person mistyped left out with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers import (
    ImportFileError,
    csv_headers,
    import_csv,
    mapping_problems,
    parse_mapping,
    propose_mapping,
)
from app.store import Store
from tests.imports.conftest import snapshot

GOOGLE_HEADERS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Nickname",
    "Organization Name",
    "Organization Title",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "Website 1 - Value",
    "Notes",
]
OUTLOOK_HEADERS = [
    "Title",  # Mr., Dr.: not the job
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "E-mail Address",
    "Business City",
]


def test_a_mapping_is_proposed_from_common_headers() -> None:
    assert propose_mapping(GOOGLE_HEADERS) == {
        "first_name": "First Name",
        "last_name": "Last Name",
        "company": "Organization Name",
        "title": "Organization Title",
        "profile_url": "Website 1 - Value",  # kept only where it is a LinkedIn address
        "email": "E-mail 1 - Value",
        "notes": "Notes",
    }
    assert propose_mapping(OUTLOOK_HEADERS) == {
        "first_name": "First Name",
        "last_name": "Last Name",
        "company": "Company",
        "title": "Job Title",
        "location": "Business City",
        "email": "E-mail Address",
    }
    linkedin = [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    assert propose_mapping(linkedin)["profile_url"] == "URL"
    assert propose_mapping(linkedin)["connected_on"] == "Connected On"
    assert propose_mapping(["full_name", "firstName", "Surname"]) == {
        "name": "full_name",
        "first_name": "firstName",
        "last_name": "Surname",
    }


def test_each_problem_with_a_mapping_is_named() -> None:
    headers = ["First", "Last", "E-mail"]
    assert mapping_problems({"first_name": "First", "email": "e-mail"}, headers) == []
    problems = mapping_problems({"compnay": "First", "email": "Emial"}, headers)
    assert problems[0].startswith("“compnay” is not a contact field; the fields are name, ")
    assert (
        problems[1] == "the file has no column “Emial”; its columns are “First”, “Last”, “E-mail”."
    )
    assert problems[2].startswith("no column gives the name")


def test_a_mapping_written_on_the_command_line() -> None:
    assert parse_mapping("first_name=First, email=E-mail Address,") == {
        "first_name": "First",
        "email": "E-mail Address",
    }
    with pytest.raises(ValueError, match="“first_name” is not field=column"):
        parse_mapping("first_name")


def test_rows_become_contacts_and_mistyped_rows_are_reported(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    # Semicolons, as European Excel writes CSV; a trailing empty cell dropped on row 4.
    path.write_bytes(
        "\ufeffVorname;Nachname;Firma;Stärke;Verbunden;Interessen\r\n"
        'Jürgen;Müller;"Acme; GmbH";2;08 Feb 2026;Segeln, Jazz\r\n'
        "Ada;;;viel;;\r\n"
        "Grace;Hopper;Navy;3\r\n"
        ";;Nobody Inc;;;\r\n"
        "Alan;Turing;NPL;;someday;\r\n".encode()
    )
    mapping = {
        "first_name": "Vorname",
        "last_name": "Nachname",
        "company": "Firma",
        "strength": "Stärke",
        "connected_on": "Verbunden",
        "shared_interests": "Interessen",
    }
    assert csv_headers(path) == list(mapping.values())

    summary = import_csv(store, path, mapping)

    people = {c.name: c for c in store.contacts()}
    assert set(people) == {"Jürgen Müller", "Grace Hopper"}
    jurgen = people["Jürgen Müller"]
    assert (jurgen.company, jurgen.strength, jurgen.connected_on) == ("Acme; GmbH", 2, "2026-02-08")
    assert jurgen.shared_interests == ("Segeln", "Jazz")
    assert [(row.line, str(row.reason)) for row in summary.skipped] == [
        (3, "Relationship strength must be a whole number from 1 to 5."),
        (5, "no name"),
        (
            6,
            "the connection date “someday” is not a date Rapport can read; write it like "
            "“08 Feb 2026”, “2/8/26” or “2026-02-08”",
        ),
    ]


def test_a_mapping_that_does_not_fit_the_file_writes_nothing(
    store: Store, tmp_path: Path, db_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nAda Lovelace,ada@example.com\n", encoding="utf-8")
    before = snapshot(db_path)
    with pytest.raises(
        ImportFileError, match="the column mapping does not fit: the file has no column “E-mail”"
    ):
        import_csv(store, path, {"name": "Name", "email": "E-mail"})
    assert snapshot(db_path) == before
