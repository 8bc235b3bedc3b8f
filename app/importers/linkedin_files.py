"""The three files of LinkedIn's data export that Rapport reads, as plain records.

Columns are found by name, ignoring case and spacing, so every header version seen in
real exports reads the same way:
- Connections.csv: since 2022 a "Notes:" preamble of three lines comes before the header;
  before mid-2023 there is no URL column. Members who hid their profile leave rows that
  hold only a date.
- Invitations.csv: `From,To,Sent At,Message,Direction`, and since late 2023 also
  `inviterProfileUrl,inviteeProfileUrl`.
- messages.csv: 9 to 13 columns over the years (RECIPIENT PROFILE URLS, ATTACHMENTS,
  IS MESSAGE DRAFT, IS CONVERSATION DRAFT come and go); CONTENT may span lines.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from operator import itemgetter
from typing import Generic, NamedTuple, TypeVar

from app.importers.dates import (
    CONNECTED_ON,
    MESSAGE_DATE,
    SENT_AT,
    parse_date,
    parse_moment,
    unreadable,
)
from app.importers.errors import ImportFileError
from app.importers.files import SourceText
from app.importers.progress import REPORT_EVERY
from app.importers.table import SkippedRow, Table, read_table
from app.importers.titles import without_title
from app.profile_urls import profile_key
from app.sentences import QT_TRANSLATE_NOOP, Wording

CONNECTIONS = "Connections.csv"
INVITATIONS = "Invitations.csv"
MESSAGES = "messages.csv"

Record = TypeVar("Record")
# Called with the number of lines read so far in the file being parsed.
LineCallback = Callable[[int], None]


# Records are named tuples: a 30,000-row file makes 30,000 of them, and a tuple is built
# several times faster than a frozen dataclass.
class Connection(NamedTuple):
    line: int
    name: str
    first_name: str
    url: str
    email: str
    company: str
    position: str
    connected_on: date | None


class Invitation(NamedTuple):
    line: int
    outgoing: bool
    sender: str
    recipient: str
    sent_at: datetime
    note: str
    sender_url: str
    recipient_url: str

    @property
    def other_name(self) -> str:
        """The person on the other side: the invitee of an outgoing invitation."""
        return self.recipient if self.outgoing else self.sender

    @property
    def other_url(self) -> str:
        return self.recipient_url if self.outgoing else self.sender_url


# A connection from its fields in order, put together in C: the named tuple's own
# constructor is a Python function, called for each of an export's thousands of rows.
_connection = partial(tuple.__new__, Connection)


class InboxMessage(NamedTuple):
    """Who sent a message and when: all that deciding "they replied" needs."""

    line: int
    sender: str
    sender_url: str
    sent_at: datetime


@dataclass
class Parsed(Generic[Record]):
    file: str = ""
    records: list[Record] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    # Messages read that name no sender (LinkedIn's own, deleted members): no reply to
    # anything, but counted, so the summary adds up.
    without_sender: int = 0


def read_connections(source: SourceText, on_lines: LineCallback) -> Parsed[Connection]:
    """Every connection of the file at once (a small one: imports read `connection_chunks`)."""
    parsed: Parsed[Connection] = Parsed(source.name)
    for chunk in connection_chunks(source, on_lines, sys.maxsize):
        parsed.records.extend(chunk.records)
        parsed.skipped.extend(chunk.skipped)
    return parsed


def connection_chunks(
    source: SourceText, on_lines: LineCallback, size: int
) -> Iterator[Parsed[Connection]]:
    """The connections of the file, `size` at a time as the file is read; rows left out
    are in the chunk of the row after them, or the last one."""
    table = read_table(source, ("First Name", "Last Name", "Connected On"), allow_empty=True)
    pick = _picker(
        table,
        ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
    )
    parsed: Parsed[Connection] = Parsed(source.name)
    # Thousands of connections share a few thousand dates: each is read once.
    days: dict[str, date | None] = {}
    for count, (line, cells) in enumerate(table.rows()):
        if count % REPORT_EVERY == 0:
            on_lines(table.lines_read)
        first, last, url, email, company, position, connected = pick(cells)
        name = " ".join(f"{first} {last}".split())
        if not name:
            parsed.skipped.append(
                SkippedRow(
                    source.name,
                    line,
                    QT_TRANSLATE_NOOP(
                        "SkippedRow", "no name (a member who hid or closed their profile)"
                    )(),
                )
            )
            continue
        if connected in days:
            connected_on = days[connected]
        else:
            connected_on = days[connected] = _date(source, line, CONNECTED_ON, connected)
        if " " in first:  # a title needs a name after it; checked here, once per row
            first = without_title(first)
        parsed.records.append(
            _connection((line, name, first, url, email, company, position, connected_on))
        )
        if len(parsed.records) >= size:
            parsed.skipped.extend(table.skipped)
            table.skipped.clear()
            yield parsed
            parsed = Parsed(source.name)
    parsed.skipped.extend(table.skipped)
    yield parsed


def read_invitations(source: SourceText, on_lines: LineCallback) -> Parsed[Invitation]:
    table = read_table(source, ("From", "To", "Sent At", "Direction"), allow_empty=True)
    pick = _picker(
        table,
        ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"),
    )
    parsed: Parsed[Invitation] = Parsed(source.name)
    for count, (line, cells) in enumerate(table.rows()):
        if count % REPORT_EVERY == 0:
            on_lines(table.lines_read)
        sender, recipient, sent, note, direction, sender_url, recipient_url = pick(cells)
        sender_url, recipient_url = _address(sender_url), _address(recipient_url)
        if direction.upper() not in ("OUTGOING", "INCOMING"):
            reason = QT_TRANSLATE_NOOP(
                "SkippedRow", "the direction “{direction}” is neither OUTGOING nor INCOMING"
            )(direction=direction)
            parsed.skipped.append(SkippedRow(source.name, line, reason))
            continue
        outgoing = direction.upper() == "OUTGOING"
        if not (recipient if outgoing else sender):
            parsed.skipped.append(
                SkippedRow(
                    source.name,
                    line,
                    QT_TRANSLATE_NOOP("SkippedRow", "the other person has no name")(),
                )
            )
            continue
        sent_at = _moment(source, line, SENT_AT, sent)
        if sent_at is None:
            parsed.skipped.append(
                SkippedRow(
                    source.name, line, QT_TRANSLATE_NOOP("SkippedRow", "no “Sent At” time")()
                )
            )
            continue
        # An invitation's note is the message: keep its line breaks, one kind of them.
        note = note.replace("\r\n", "\n")
        parsed.records.append(
            Invitation(line, outgoing, sender, recipient, sent_at, note, sender_url, recipient_url)
        )
    parsed.skipped.extend(table.skipped)
    return parsed


def read_messages(source: SourceText, on_lines: LineCallback) -> Parsed[InboxMessage]:
    table = read_table(source, ("From", "Date"), allow_empty=True)
    pick = _picker(table, ("From", "Sender Profile URL", "Date", "Is Message Draft"))
    parsed: Parsed[InboxMessage] = Parsed(source.name)
    for count, (line, cells) in enumerate(table.rows()):
        if count % REPORT_EVERY == 0:
            on_lines(table.lines_read)
        sender, sender_url, when, draft = pick(cells)
        sender_url = _address(sender_url)
        if draft.casefold() == "yes":
            continue  # never sent, so never a reply
        sent_at = _moment(source, line, MESSAGE_DATE, when)
        if not (sender or sender_url):
            parsed.without_sender += 1
            continue
        if sent_at is None:
            continue  # nothing to match a reply on; the file holds no contacts to lose
        parsed.records.append(InboxMessage(line, sender, sender_url, sent_at))
    parsed.skipped.extend(table.skipped)
    return parsed


def _address(url: str) -> str:
    """The profile address, or "" for one that names no profile (the bare
    `https://www.linkedin.com/in` of late-2023 exports), so the person is found by name."""
    return url if not url or profile_key(url) else ""


def _picker(table: Table, columns: tuple[str, ...]) -> Callable[[list[str]], Iterable[str]]:
    """A function giving a row's stripped cells in the named columns (two or more), ""
    for a column the file does not have (older exports lack some)."""
    positions = [table.position(column) for column in columns]
    if None in positions:
        return lambda cells: [cells[p].strip() if p is not None else "" for p in positions]
    # The usual case, and a row of a large file: picked and stripped in C.
    cells_at = itemgetter(*positions)
    return lambda cells: map(str.strip, cells_at(cells))


def _date(source: SourceText, line: int, what: Wording, text: str) -> date | None:
    try:
        return parse_date(text)
    except ValueError:
        raise ImportFileError(source.name, unreadable(what, text, with_time=False), line) from None


def _moment(source: SourceText, line: int, what: Wording, text: str) -> datetime | None:
    try:
        return parse_moment(text)
    except ValueError:
        raise ImportFileError(source.name, unreadable(what, text), line) from None
