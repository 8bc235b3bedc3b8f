"""The shapes LinkedIn's files have had: preamble or not, BOM or not, CRLF, quoted and
multi-line cells, every messages.csv header, file names in any case, macOS zip clutter."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers import ImportFileError, import_linkedin
from app.importers.files import SourceText
from app.importers.linkedin_files import read_connections, read_invitations, read_messages
from app.store import Outcome, Store
from tests.imports.builders import (
    CONNECTIONS,
    INVITATIONS,
    MESSAGES,
    ConnectionRow,
    connections_csv,
    invitations_csv,
    messages_csv,
    write_folder,
    write_zip,
)


def _source(data: bytes, name: str = "file.csv") -> SourceText:
    return SourceText(name, data.decode("utf-8-sig"))


def _ignore(lines: int) -> None:
    return None


@pytest.mark.parametrize("preamble", [True, False])
@pytest.mark.parametrize("bom", [True, False])
@pytest.mark.parametrize("crlf", [True, False])
def test_connections_read_alike_in_every_shape(preamble: bool, bom: bool, crlf: bool) -> None:
    data = connections_csv(CONNECTIONS, preamble=preamble, bom=bom, crlf=crlf)
    parsed = read_connections(_source(data), _ignore)

    assert [c.name for c in parsed.records] == [
        "Ines Okafor-Lindqvist",
        "Tomás Reyes",
        "Zoë 🚀 Smith, PhD",
        "娜 李",
        "Sam Lee",
    ]
    ines = parsed.records[0]
    assert (ines.company, ines.position) == ("Northwind Analytics, Inc.", "Director of People Ops")
    assert parsed.records[1].position == "Engineer, Platform"
    # The hidden members' rows are reported with the line they are on in the file.
    first_row = 5 if preamble else 2
    assert [row.line for row in parsed.skipped] == [first_row + 2, first_row + 6]


def test_the_old_connections_file_has_no_addresses() -> None:
    parsed = read_connections(_source(connections_csv(CONNECTIONS, urls=False)), _ignore)
    assert {c.url for c in parsed.records} == {""}
    assert parsed.records[1].email == "tomas.reyes@example.org"


@pytest.mark.parametrize("version", [1, 2, 3])
@pytest.mark.parametrize("quote_all", [True, False])
def test_every_messages_header_version_reads_the_same(version: int, quote_all: bool) -> None:
    data = messages_csv(MESSAGES, version=version, crlf=True, bom=True, quote_all=quote_all)
    parsed = read_messages(_source(data), _ignore)

    # The owner's draft is left out: a message never sent is never a reply (only the
    # newest header says which are drafts).
    senders = [m.sender for m in parsed.records]
    expected = 6 if version < 3 else 5
    assert len(senders) == expected
    assert senders[0] == "Ines Okafor-Lindqvist"
    assert parsed.records[1].line == 4  # Ines's message spans lines 2 and 3


def test_invitations_keep_their_notes_line_breaks_and_both_directions() -> None:
    parsed = read_invitations(_source(invitations_csv(INVITATIONS, crlf=True)), _ignore)

    assert [i.outgoing for i in parsed.records] == [True] * 6 + [False] * 2
    li_na = parsed.records[2]
    assert li_na.note == "Hello Na,\nwe met at the Berlin type meetup. Keep in touch?"
    assert parsed.records[6].sender == "Rita Recruiter"


def test_file_names_are_found_in_any_case_and_macos_clutter_is_ignored(
    store: Store, tmp_path: Path
) -> None:
    files = {
        "CONNECTIONS.CSV": connections_csv(CONNECTIONS),
        "invitations.csv": invitations_csv(INVITATIONS),
        "__MACOSX/._Connections.csv": b"\x00\x05\x16\x07 Mac resource fork",
        "._Invitations.csv": b"\x00\x05\x16\x07",
    }
    summary = import_linkedin(store, write_zip(tmp_path / "export.zip", files, "Export"))
    assert (summary.contacts_added, summary.invitations_added) == (7, 6)


def test_a_file_at_the_top_wins_over_a_copy_deeper_down(store: Store, tmp_path: Path) -> None:
    files = {
        "Connections.csv": connections_csv([ConnectionRow("Ada", "Lovelace")]),
        "older/Connections.csv": connections_csv(CONNECTIONS),
    }
    import_linkedin(store, write_folder(tmp_path / "export", files))
    assert [c.name for c in store.contacts()] == ["Ada Lovelace"]


def test_a_message_from_an_invitee_before_the_export_url_changed_still_counts(
    store: Store, tmp_path: Path
) -> None:
    files = {
        "Connections.csv": connections_csv(CONNECTIONS),
        "Invitations.csv": invitations_csv(INVITATIONS),
        # The 9-column file has sender addresses but no recipient addresses.
        "messages.csv": messages_csv(MESSAGES, version=1),
    }
    import_linkedin(store, write_folder(tmp_path / "export", files))
    outcomes = {m.contact_name: m.outcome for m in store.messages()}
    assert outcomes["Ines Okafor-Lindqvist"] is Outcome.REPLIED


def test_one_file_of_the_export_can_be_chosen_on_its_own(store: Store, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "export", {"Connections.csv": connections_csv(CONNECTIONS)})
    summary = import_linkedin(store, folder / "Connections.csv")
    assert (summary.contacts_added, summary.invitations_added) == (5, 0)


def test_files_buried_deep_in_a_folder_are_not_searched_for(store: Store, tmp_path: Path) -> None:
    files = {"a/b/c/Connections.csv": connections_csv(CONNECTIONS)}
    with pytest.raises(ImportFileError, match="holds none of the files"):
        import_linkedin(store, write_folder(tmp_path / "home", files))
