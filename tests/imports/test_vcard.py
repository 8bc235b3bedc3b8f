"""vCards as Google, Apple, 4.0 exporters and old phones write them become contacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importers import ImportFileError, import_vcard
from app.store import Store
from tests.imports.builders import fold, google_vcard
from tests.imports.conftest import snapshot

APPLE = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//Apple Inc.//macOS 15.1//EN",
        "N:Okafor-Lindqvist;Ines;;;",
        "FN:Ines Okafor-Lindqvist",
        "ORG:Northwind Analytics\\, Inc.;People Ops;",
        "TITLE:Director of People Ops",
        "item1.EMAIL;type=INTERNET;type=pref:ines@northwind.example",
        "item1.X-ABLabel:_$!<Other>!$_",
        "EMAIL;type=INTERNET;type=WORK:ines.ol@work.example",
        "item2.ADR;type=HOME;type=pref:;;Storgatan 1;Malmö;Skåne;211 34;Sweden",
        "item2.X-ABADR:se",
        "item3.URL;type=pref:https://ines.example",
        "item3.X-ABLabel:_$!<HomePage>!$_",
        "X-SOCIALPROFILE;type=twitter;x-user=ines:http://twitter.com/ines",
        "X-SOCIALPROFILE;type=linkedin;x-user=ines-okafor-l-3b2a91:"
        "http://www.linkedin.com/in/ines-okafor-l-3b2a91",
        "NOTE:Met at the Malmö meetup; wants intros to recruiters\\nFollow up in May.",
        "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoH",
        "END:VCARD",
        "",
    ]
)

VERSION_4 = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "UID:urn:uuid:7b2c9d10-5c1a-4e5e-9a61-2f1d7c0a9b11",
        "FN:Tomás Reyes",
        "N:Reyes;Tomás;;;",
        "EMAIL;TYPE=work;PREF=1:tomas@contoso.example",
        "EMAIL;TYPE=home:tomas@home.example",
        'ADR;TYPE=work;LABEL="Floor 3: desk B":;;Calle 1;Madrid;;28001;Spain',
        "URL;TYPE=linkedin;VALUE=uri:https://www.linkedin.com/in/tomasreyes",
        "TITLE:Engineer\\, Platform",
        "END:VCARD",
    ]
)

# What Android's contacts app writes: vCard 2.1, quoted-printable with soft line breaks.
ANDROID = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E5=A8=9C;;;",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=A8=9C =E6=9D=8E",
        "TEL;CELL:+46 70 123 45 67",
        "EMAIL;HOME:na@example.com",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=B7=A5=E4=BD=9C=E5=9D=8A=EF=BC=8C=",
        "=E5=9C=A8Berlin=0D=0Asecond line",
        "END:VCARD",
    ]
)


def _import(store: Store, tmp_path: Path, text: str, *, bom: bool = False) -> Store:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    import_vcard(store, path)
    return store


def test_an_apple_card_gives_every_field_rapport_keeps(store: Store, tmp_path: Path) -> None:
    [ines] = _import(store, tmp_path, fold(APPLE)).contacts()
    assert ines.name == "Ines Okafor-Lindqvist"
    assert ines.first_name == "Ines"
    assert ines.company == "Northwind Analytics, Inc."
    assert ines.title == "Director of People Ops"
    assert ines.email == "ines@northwind.example"  # the preferred one, not the first
    assert ines.location == "Malmö, Skåne, Sweden"
    assert ines.profile_url == "http://www.linkedin.com/in/ines-okafor-l-3b2a91"
    assert ines.notes == "Met at the Malmö meetup; wants intros to recruiters\nFollow up in May."


def test_google_cards_with_escaped_colons_and_folded_lines(store: Store, tmp_path: Path) -> None:
    cards = google_vcard(
        "Zoë 🚀",
        "Smith, PhD",
        email="zoe@fabrikam.example",
        company="Fabrikam; Labs",
        title="Founder",
        url="https://www.linkedin.com/in/zoe-smith",
        note="Likes long walks, " * 8,
        city="Zürich",
    ) + google_vcard("Sam", "Lee", url="https://samlee.example")
    assert any(line.startswith(" ") for line in cards.split("\r\n"))  # folding happened

    zoe, sam = sorted(_import(store, tmp_path, cards, bom=True).contacts(), key=lambda c: c.name)[
        ::-1
    ]
    assert (zoe.name, zoe.first_name) == ("Zoë 🚀 Smith, PhD", "Zoë 🚀")
    assert zoe.company == "Fabrikam; Labs"
    assert zoe.profile_url == "https://www.linkedin.com/in/zoe-smith"
    assert zoe.location == "Zürich"
    assert zoe.notes == ("Likes long walks, " * 8).strip()
    assert sam.profile_url == ""  # a home page is not a LinkedIn profile


def test_version_4_and_android_2_1_cards(store: Store, tmp_path: Path) -> None:
    people = {c.name: c for c in _import(store, tmp_path, VERSION_4 + "\r\n" + ANDROID).contacts()}
    tomas = people["Tomás Reyes"]
    assert (tomas.email, tomas.title) == ("tomas@contoso.example", "Engineer, Platform")
    assert (tomas.location, tomas.profile_url) == (
        "Madrid, Spain",
        "https://www.linkedin.com/in/tomasreyes",
    )
    na = people["娜 李"]
    assert (na.first_name, na.email) == ("娜", "na@example.com")
    assert na.notes == "工作坊，在Berlin\nsecond line"


def test_importing_the_same_cards_again_changes_nothing(
    store: Store, tmp_path: Path, db_path: Path
) -> None:
    _import(store, tmp_path, APPLE + VERSION_4)
    before = snapshot(db_path)
    summary = import_vcard(store, tmp_path / "contacts.vcf")
    assert (summary.contacts_added, summary.contacts_updated, summary.contacts_unchanged) == (
        0,
        0,
        2,
    )
    assert snapshot(db_path) == before


def test_a_card_without_a_name_is_reported(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nTEL:555\nEND:VCARD\n" + VERSION_4, encoding="utf-8")
    summary = import_vcard(store, path)
    assert [(row.line, str(row.reason)) for row in summary.skipped] == [(1, "the card has no name")]
    assert summary.contacts_added == 1


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("First,Last\nAda,Lovelace\n", None, "not a vCard file"),
        ("BEGIN:VCARD\nFN:Ada\n", 1, "this card never ends"),
        ("BEGIN:VCARD\nFN:Ada\nthis line has no colon\nEND:VCARD\n", 3, "not a vCard property"),
        ("FN:Ada\nBEGIN:VCARD\nEND:VCARD\n", 1, "outside any card"),
        (
            "BEGIN:VCARD\nN;CHARSET=klingon;ENCODING=QUOTED-PRINTABLE:=C3\nEND:VCARD\n",
            2,
            "not valid text in the klingon encoding",
        ),
    ],
)
def test_a_malformed_vcard_file_names_the_line(
    store: Store, tmp_path: Path, db_path: Path, text: str, line: int | None, words: str
) -> None:
    before = snapshot(db_path)
    path = tmp_path / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_vcard(store, path)
    assert (caught.value.line, caught.value.file) == (line, str(path))
    assert words in str(caught.value.problem)
    assert snapshot(db_path) == before
