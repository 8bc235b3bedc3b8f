"""`rapport import` run as a script runs it: a summary for people, JSON for scripts, one
clear line and status 2 for a file that cannot be imported."""

from __future__ import annotations

import json
from pathlib import Path

from app.paths import database_path
from app.store import Store
from tests.cli.conftest import Run
from tests.imports.builders import current_export, google_vcard, write_zip


def test_a_linkedin_export_is_imported_and_summed_up(rapport: Run, tmp_path: Path) -> None:
    export = write_zip(tmp_path / "Basic_LinkedInDataExport_03-02-2026.zip", current_export())

    first = rapport("import", "linkedin", str(export))

    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"Imported {export}",
        "  Contacts: 7 added, 0 filled in, 0 already there",
        "  Invitations you sent: 6 added; in the export 4 were accepted, 2 of them then"
        " answered with a message",
        "  Requests you received: 2 added; 1 you accepted already (closed in the Inbox)",
        "  Messages read: 5, to tell who answered (0 name no sender)",
        "  Left out: 2 rows",
        f"    Connections.csv in {export.name}, lines 7, 11: no name (a member who hid or "
        "closed their profile)",
    ]
    again = rapport("import", "linkedin", str(export), "--json")
    summary = json.loads(again.stdout)
    assert summary["contacts"] == {"added": 0, "updated": 0, "unchanged": 7}
    # `accepted` and `replied` exclude each other, as in `rapport stats --json`.
    assert summary["invitations"] == {"added": 0, "accepted": 2, "replied": 2, "accepted_total": 4}
    assert summary["messages"] == {"read": 5, "without_sender": 0}
    assert (summary["requests_added"], summary["outcomes_updated"]) == (0, 0)
    with Store.open(database_path()) as store:
        assert store.contact_count() == 7


def test_vcard_and_csv_imports(rapport: Run, tmp_path: Path) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_text(google_vcard("Ada", "Lovelace", email="ada@example.com"), encoding="utf-8")
    table = tmp_path / "people.csv"
    table.write_text(
        "Full Name,Mail,Firm\nGrace Hopper,grace@navy.example,US Navy\n", encoding="utf-8"
    )

    vcard = rapport("import", "vcard", str(cards), "--json")
    mapped = rapport("import", "csv", str(table), "--map", "name=Full Name,email=Mail,company=Firm")
    guessed = rapport("import", "csv", str(table), "--json")

    assert json.loads(vcard.stdout)["contacts"]["added"] == 1
    assert mapped.returncode == 0, mapped.stderr
    assert "Columns: name ← Full Name, email ← Mail, company ← Firm" in mapped.stdout
    assert "Contacts: 1 added" in mapped.stdout
    assert json.loads(guessed.stdout)["mapping"] == {"name": "Full Name", "email": "Mail"}
    assert json.loads(guessed.stdout)["contacts"]["unchanged"] == 1


def test_a_file_that_cannot_be_imported_is_one_line_and_status_2(
    rapport: Run, tmp_path: Path
) -> None:
    bad = tmp_path / "contacts.vcf"
    bad.write_bytes(b"BEGIN:VCARD\nFN:Ada\n")
    table = tmp_path / "people.csv"
    table.write_text("Mail,Firm\nada@example.com,Engines\n", encoding="utf-8")

    for args, message in [
        (
            ("vcard", str(bad)),
            f"rapport import: {bad}, line 1: this card never ends (no END:VCARD).\n",
        ),
        (("linkedin", str(tmp_path / "missing.zip")), "no such file or folder."),
        (("csv", str(table), "--map", "email"), "--map: “email” is not field=column"),
        (("csv", str(table)), "no column gives the name: map one to name, or to first_name"),
    ]:
        result = rapport("import", *args)
        assert result.returncode == 2, args
        assert result.stdout == ""
        assert message in result.stderr
        assert len(result.stderr.splitlines()) == 1
        assert "Traceback" not in result.stderr
