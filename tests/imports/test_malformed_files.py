"""A file that cannot be imported gets one message naming the file, the line and the
problem, and the database keeps exactly what it held."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.contacts import Contact
from app.importers import ImportFileError, import_csv, import_linkedin, import_vcard
from app.importers.files import MAX_FILE_BYTES
from app.store import Store
from tests.imports.builders import (
    CONNECTIONS,
    INVITATIONS,
    PREAMBLE,
    connections_csv,
    invitations_csv,
    write_folder,
    write_zip,
)
from tests.imports.conftest import snapshot

GOOD_INVITATIONS = invitations_csv(INVITATIONS)


@pytest.fixture
def before(store: Store, db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Some data already saved, which no failed import may touch."""
    store.add_contact(Contact(name="Already Here", email="here@example.com"))
    return snapshot(db_path)


def _import_export(store: Store, folder: Path, connections: bytes) -> ImportFileError:
    files = {"Connections.csv": connections, "Invitations.csv": GOOD_INVITATIONS}
    with pytest.raises(ImportFileError) as caught:
        import_linkedin(store, write_folder(folder, files))
    return caught.value


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (
            connections_csv(CONNECTIONS).replace("Tomás".encode(), "Tomás".encode("cp1252")),
            6,
            "not in the UTF-8 encoding (byte 0xE1 at column 4)",
        ),
        (
            PREAMBLE.encode() + b"First Name,Last Name,URL,Company\nAda,Lovelace,,X\n",
            4,
            "missing the column(s) “Connected On”",
        ),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00garbage\x00\xff\xfe", 1, "not a text file"),
        (
            connections_csv(CONNECTIONS).replace(b'"Engineer, Platform"', b'"Engineer, Platform'),
            6,
            "not closed where it should be; the row runs on to line 8",
        ),
        (
            connections_csv(CONNECTIONS).replace(b"08 Feb 2026", b"31 Feb 2026"),
            5,
            "the “Connected On” date “31 Feb 2026” is not a date Rapport can read",
        ),
        (b"\n\n", None, "the file is empty"),
    ],
    ids=["wrong encoding", "missing column", "binary", "unclosed quote", "bad date", "empty"],
)
def test_a_malformed_connections_file_is_named_and_nothing_is_written(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    before: object,
    data: bytes,
    line: int | None,
    words: str,
) -> None:
    error = _import_export(store, tmp_path / "export", data)

    assert Path(error.file).name == "Connections.csv"
    assert error.line == line
    assert words in str(error.problem)
    assert str(error).startswith(f"{error.file}, line {line}: " if line else f"{error.file}: ")
    assert snapshot(db_path) == before


def test_header_only_files_are_refused(
    store: Store, db_path: Path, tmp_path: Path, before: object
) -> None:
    folder = write_folder(tmp_path / "export", {"Connections.csv": connections_csv([])})
    with pytest.raises(ImportFileError, match="column names but no rows"):
        import_linkedin(store, folder)
    vcf = tmp_path / "people.csv"
    vcf.write_text("First,Last,E-mail\n\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="column names but no rows"):
        import_csv(store, vcf, {"first_name": "First"})
    assert snapshot(db_path) == before


def test_a_file_over_the_size_limit_is_refused_unread(
    store: Store, db_path: Path, tmp_path: Path, before: object
) -> None:
    huge = tmp_path / "contacts.vcf"
    with huge.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space, nothing to read
    with pytest.raises(ImportFileError, match=r"too large to import \(128 MB; the limit is 128"):
        import_vcard(store, huge)
    assert snapshot(db_path) == before


def test_a_zip_entry_over_the_size_limit_is_refused(
    store: Store, db_path: Path, tmp_path: Path, before: object
) -> None:
    bomb = tmp_path / "export.zip"
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("Connections.csv", "w", force_zip64=True) as entry,
    ):
        block = b"\n" * (1 << 20)
        for _ in range(MAX_FILE_BYTES // len(block) + 1):
            entry.write(block)
    with pytest.raises(
        ImportFileError, match=r"Connections\.csv in export\.zip: the file is too large"
    ):
        import_linkedin(store, bomb)
    assert snapshot(db_path) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"this is just a text file", "neither a folder nor a zip file"),
        (b"PK\x03\x04 truncated download", "neither a folder nor a zip file"),
    ],
)
def test_something_that_is_not_an_export_is_named(
    store: Store, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        import_linkedin(store, path)


def test_a_folder_without_export_files_is_named(store: Store, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "photos", {"holiday.jpg": b"\xff\xd8\xff"})
    with pytest.raises(ImportFileError, match="holds none of the files of LinkedIn's data export"):
        import_linkedin(store, folder)


def test_a_damaged_zip_member_is_named(store: Store, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "export.zip", {"Connections.csv": connections_csv(CONNECTIONS)})
    data = bytearray(path.read_bytes())
    start = data.index(b"Connections.csv") + len("Connections.csv")
    data[start + 10 : start + 40] = b"\x00" * 30  # corrupt the compressed bytes
    path.write_bytes(bytes(data))
    with pytest.raises(
        ImportFileError, match=r"Connections\.csv in export\.zip: the zip file is damaged"
    ):
        import_linkedin(store, path)


def test_a_bad_date_in_invitations_names_its_line(
    store: Store, db_path: Path, tmp_path: Path, before: object
) -> None:
    files = {
        "Connections.csv": connections_csv(CONNECTIONS),
        "Invitations.csv": GOOD_INVITATIONS.replace(b"2/28/26, 5:02 PM", b"yesterday"),
    }
    with pytest.raises(ImportFileError) as caught:
        import_linkedin(store, write_folder(tmp_path / "export", files))
    assert caught.value.line == 3
    assert "the “Sent At” time “yesterday” is not a date Rapport can read" in str(caught.value)
    assert snapshot(db_path) == before
