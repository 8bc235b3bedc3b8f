"""Whatever bytes arrive, the parsers answer with records or an ImportFileError, never
another exception; and what the export formats write, they read back unchanged."""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.importers import ImportFileError
from app.importers.dates import parse_date, parse_moment
from app.importers.files import SourceText, decode
from app.importers.linkedin_files import read_connections, read_invitations, read_messages
from app.importers.table import read_table, sniff_delimiter
from app.importers.vcard import card_contact
from app.importers.vcard_syntax import read_cards
from tests.imports.builders import (
    CONNECTIONS_HEADER,
    INVITATIONS_HEADER,
    MESSAGES_HEADERS,
    ConnectionRow,
    connections_csv,
    fold,
    vcard_escape,
)

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Bytes that look enough like the files to get past the first checks.
_pieces = st.sampled_from(
    [
        ",",
        '"',
        "\n",
        "\r\n",
        "\r",
        ";",
        ":",
        "\\",
        "=",
        " ",
        "Notes:",
        ",".join(CONNECTIONS_HEADER),
        ",".join(INVITATIONS_HEADER),
        ",".join(MESSAGES_HEADERS[3]),
        "08 Feb 2026",
        "1/29/26, 2:37 PM",
        "2025-06-01 14:03:22 UTC",
        "OUTGOING",
        "INCOMING",
        "https://www.linkedin.com/in/ada",
        "BEGIN:VCARD",
        "END:VCARD",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3",
        "FN:",
        "item1.URL;TYPE=linkedin:",
        "X-SOCIALPROFILE;type=linkedin;x-user=a:",
        "ADR:;;a;b;c;d;e",
        "é",
        "🚀",
    ]
)
_blobs = st.one_of(
    st.binary(max_size=400),
    st.lists(_pieces, max_size=40).map(lambda parts: "".join(parts).encode()),
    st.lists(st.one_of(_pieces, st.text(max_size=5)), max_size=40).map(
        lambda parts: "".join(parts).encode("utf-8", "surrogatepass")
    ),
)


def _read_everything(data: bytes) -> None:
    text = decode("f", data)
    source = SourceText("f", text)
    for reader in (read_connections, read_invitations, read_messages):
        with contextlib.suppress(ImportFileError):
            reader(source, lambda lines: None)
    with contextlib.suppress(ImportFileError):
        table = read_table(source, (), search_header=False, delimiter=sniff_delimiter(text))
        list(table.rows())
    for card in read_cards("f", text):
        card_contact(source, card)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_blobs)
def test_any_bytes_give_records_or_an_import_file_error(data: bytes) -> None:
    try:
        _read_everything(data)
    except ImportFileError as error:
        assert error.problem
        assert error.line is None or error.line >= 1


_cell = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff"),
    max_size=20,
).map(str.strip)
_days = st.dates(min_value=date(2003, 1, 1), max_value=date(2069, 12, 31))


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(
        st.tuples(_cell, _cell, _cell, _cell, _cell, _cell, _days, st.booleans()), max_size=8
    ),
    crlf=st.booleans(),
    bom=st.booleans(),
)
def test_connections_read_back_as_written(
    rows: list[tuple[str, str, str, str, str, str, date, bool]], crlf: bool, bom: bool
) -> None:
    written = [
        ConnectionRow(
            first,
            last,
            url,
            email,
            company,
            position,
            f"{day.day:02d} {_MONTHS[day.month - 1]} {day.year}"
            if long
            else day.strftime("%m/%d/%y"),
        )
        for first, last, url, email, company, position, day, long in rows
    ]
    data = connections_csv(written, bom=bom, crlf=crlf, final_newline=True)
    parsed = read_connections(SourceText("c", decode("c", data)), lambda lines: None)

    named = [row for row in rows if " ".join(f"{row[0]} {row[1]}".split())]
    assert [
        (c.first_name, c.url, c.email, c.company, c.position, c.connected_on)
        for c in parsed.records
    ] == [
        (first, url, email, company, position, day)
        for first, _, url, email, company, position, day, _ in named
    ]


_text = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff"),
        min_size=1,
        max_size=40,
    )
    .map(lambda t: " ".join(t.split()))
    .filter(bool)
)


@settings(max_examples=150, deadline=None)
@given(given_name=_text, family=_text, company=_text, title=_text, note=st.lists(_text, max_size=3))
def test_a_vcard_reads_back_as_written(
    given_name: str, family: str, company: str, title: str, note: list[str]
) -> None:
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{vcard_escape(family)};{vcard_escape(given_name)};;;",
        f"ORG:{vcard_escape(company)};Department",
        f"TITLE:{vcard_escape(title)}",
        f"NOTE:{vcard_escape(chr(10).join(note))}",
        "END:VCARD",
    ]
    text = fold("\r\n".join(lines))
    [card] = read_cards("v", text)
    contact = card_contact(SourceText("v", text), card)

    assert contact is not None
    assert (
        contact.name == " ".join(f"{given_name} {family}".split())
        or not (given_name + family).strip()
    )
    assert (contact.first_name, contact.company, contact.title) == (
        given_name.strip(),
        company.strip(),
        title.strip(),
    )
    assert contact.notes == "\n".join(note).strip()


@given(moment=st.datetimes(min_value=datetime(2003, 1, 1), max_value=datetime(2069, 12, 31)))
def test_the_export_time_forms_read_back(moment: datetime) -> None:
    minute = moment.replace(second=0, microsecond=0)
    hour = minute.hour % 12 or 12
    half = "PM" if minute.hour >= 12 else "AM"
    us_form = f"{minute.month}/{minute.day}/{minute:%y}, {hour}:{minute:%M} {half}"
    assert parse_moment(us_form) == minute.astimezone()
    utc_form = f"{moment:%Y-%m-%d %H:%M:%S} UTC"
    parsed = parse_moment(utc_form)
    assert parsed is not None and parsed.replace(tzinfo=None) == moment.replace(microsecond=0)
    assert (
        parse_date(f"{moment.day:02d} {_MONTHS[moment.month - 1]} {moment.year}") == moment.date()
    )
