"""People already saved are recognised by profile address, then e-mail, then name, and
only their empty fields are filled in; what the user typed is never overwritten."""

from __future__ import annotations

from pathlib import Path

from app.contacts import Contact
from app.importers import import_csv, import_linkedin
from app.store import Store
from tests.imports.builders import ConnectionRow, connections_csv, write_folder


def _import(store: Store, folder: Path, *rows: ConnectionRow) -> None:
    import_linkedin(store, write_folder(folder, {"Connections.csv": connections_csv(rows)}))


def test_a_saved_contact_is_found_by_address_however_it_is_written(
    store: Store, tmp_path: Path
) -> None:
    saved = store.add_contact(
        Contact(
            name="Ada L.", company="", title="Countess", profile_url="ca.linkedin.com/in/Ada%2DL/"
        )
    )
    _import(
        store,
        tmp_path / "x",
        ConnectionRow(
            "Ada",
            "Lovelace",
            "https://www.linkedin.com/in/ada-l?trk=abc",
            "",
            "Engines",
            "Mathematician",
        ),
    )

    [ada] = store.contacts()
    assert ada.id == saved.id
    # The name and title the user typed stay; the empty company and date are filled in.
    assert (ada.name, ada.title, ada.company, ada.connected_on) == (
        "Ada L.",
        "Countess",
        "Engines",
        "2026-02-08",
    )


def test_then_by_email_ignoring_case_then_by_name(store: Store, tmp_path: Path) -> None:
    by_email = store.add_contact(Contact(name="Grace B. Hopper", email="Grace@Navy.example"))
    by_name = store.add_contact(Contact(name="alan  TURING", notes="met at Bletchley"))
    _import(
        store,
        tmp_path / "x",
        ConnectionRow("Grace", "Hopper", "https://www.linkedin.com/in/grace", "grace@navy.example"),
        ConnectionRow("Alan", "Turing", "https://www.linkedin.com/in/alan", "", "NPL"),
    )

    people = {c.id: c for c in store.contacts()}
    assert set(people) == {by_email.id, by_name.id}
    assert people[by_email.id].profile_url == "https://www.linkedin.com/in/grace"
    assert (people[by_name.id].company, people[by_name.id].notes) == ("NPL", "met at Bletchley")


def test_a_namesake_with_another_address_is_another_person(store: Store, tmp_path: Path) -> None:
    store.add_contact(Contact(name="Sam Lee", profile_url="https://www.linkedin.com/in/sam-lee-1"))
    _import(
        store, tmp_path / "x", ConnectionRow("Sam", "Lee", "https://www.linkedin.com/in/sam-lee-2")
    )
    assert sorted(c.profile_url for c in store.contacts()) == [
        "https://www.linkedin.com/in/sam-lee-1",
        "https://www.linkedin.com/in/sam-lee-2",
    ]


def test_a_person_twice_in_one_file_is_one_contact_and_reported(
    store: Store, tmp_path: Path
) -> None:
    file = tmp_path / "people.csv"
    file.write_text(
        "Name,E-mail,Company,Title\n"
        "Ada Lovelace,ada@example.com,,\n"
        "Ada Lovelace,ADA@example.com,Engines,Countess\n",
        encoding="utf-8",
    )
    summary = import_csv(
        store, file, {"name": "Name", "email": "E-mail", "company": "Company", "title": "Title"}
    )

    [ada] = store.contacts()
    assert (ada.company, ada.title) == ("Engines", "Countess")
    assert summary.contacts_added == 1
    assert [(row.line, str(row.reason)) for row in summary.skipped] == [
        (3, "the same person as line 2")
    ]


def test_filling_in_counts_as_updated_and_the_rest_as_unchanged(
    store: Store, tmp_path: Path
) -> None:
    store.add_contact(Contact(name="Ada Lovelace", first_name="Ada", company="Engines"))
    store.add_contact(Contact(name="Alan Turing"))
    rows = (
        ConnectionRow("Ada", "Lovelace", "", "", "Engines", "", ""),
        ConnectionRow("Alan", "Turing", "", "", "NPL", "", ""),
    )
    folder = write_folder(tmp_path / "x", {"Connections.csv": connections_csv(rows)})
    summary = import_linkedin(store, folder)
    assert (summary.contacts_added, summary.contacts_updated, summary.contacts_unchanged) == (
        0,
        1,
        1,
    )
