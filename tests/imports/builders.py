"""Builders of import files in the real formats, with their quirks, for tests and bench/.

LinkedIn's export, as it has looked over the years (headers, preamble, quoting, date forms
checked against descriptions of real exports; the people are invented):
- Connections.csv: the 2022+ "Notes:" preamble, a URL column since mid-2023, rows that
  hold only a date for members who hid their profile, no newline after the last row.
- Invitations.csv: 5 columns, and 7 with profile addresses since late 2023.
- messages.csv: the 9-, 11- and 13-column headers; since 2026 every field quoted.
And vCards as Google (3.0, escaped colons), Apple (3.0, itemN groups, X-SOCIALPROFILE),
4.0 exporters and Android (2.1, quoted-printable) write them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    'https://www.linkedin.com/psettings/privacy/email."\n'
    "\n"
)
CONNECTIONS_HEADER = (
    "First Name",
    "Last Name",
    "URL",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
INVITATIONS_HEADER = (
    "From",
    "To",
    "Sent At",
    "Message",
    "Direction",
    "inviterProfileUrl",
    "inviteeProfileUrl",
)
# The three shapes of messages.csv: up to early 2023, 2023-2024, and 2025 on.
MESSAGES_HEADERS: dict[int, tuple[str, ...]] = {
    1: (
        "CONVERSATION ID",
        "CONVERSATION TITLE",
        "FROM",
        "SENDER PROFILE URL",
        "TO",
        "DATE",
        "SUBJECT",
        "CONTENT",
        "FOLDER",
    ),
    2: (
        "CONVERSATION ID",
        "CONVERSATION TITLE",
        "FROM",
        "SENDER PROFILE URL",
        "TO",
        "RECIPIENT PROFILE URLS",
        "DATE",
        "SUBJECT",
        "CONTENT",
        "FOLDER",
        "ATTACHMENTS",
    ),
}
# 2025 on: the 2023 shape with two draft flags at the end.
MESSAGES_HEADERS[3] = (*MESSAGES_HEADERS[2], "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")
OWNER = "Jordan Pike"
OWNER_URL = "https://www.linkedin.com/in/jordanpike"


@dataclass(frozen=True)
class ConnectionRow:
    first: str
    last: str
    url: str = ""
    email: str = ""
    company: str = ""
    position: str = ""
    connected_on: str = "08 Feb 2026"


@dataclass(frozen=True)
class InvitationRow:
    """An invitation; `other` is the invitee of an outgoing one, the inviter otherwise."""

    other: str
    other_url: str
    sent_at: str
    message: str = ""
    outgoing: bool = True


@dataclass(frozen=True)
class MessageRow:
    sender: str
    sender_url: str
    date: str
    content: str
    recipient: str = OWNER
    recipient_url: str = OWNER_URL
    draft: bool = False
    folder: str = "INBOX"


def _csv(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    crlf: bool = False,
    quote_all: bool = False,
    final_newline: bool = True,
) -> str:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        lineterminator="\r\n" if crlf else "\n",
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    return text if final_newline else text.rstrip("\r\n")


def _bytes(text: str, bom: bool) -> bytes:
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


def connections_csv(
    rows: Iterable[ConnectionRow],
    *,
    preamble: bool = True,
    urls: bool = True,
    bom: bool = False,
    crlf: bool = False,
    final_newline: bool = False,
) -> bytes:
    """Connections.csv; `urls=False` and `preamble=False` give the pre-2023 shape."""
    header = [h for h in CONNECTIONS_HEADER if urls or h != "URL"]
    cells = []
    for row in rows:
        values = [row.first, row.last, row.url, row.email, row.company, row.position]
        if not urls:
            del values[2]
        cells.append([*values, row.connected_on])
    text = _csv(header, cells, crlf=crlf, final_newline=final_newline)
    head = PREAMBLE.replace("\n", "\r\n") if crlf else PREAMBLE
    return _bytes((head if preamble else "") + text, bom)


def invitations_csv(
    rows: Iterable[InvitationRow], *, urls: bool = True, bom: bool = False, crlf: bool = False
) -> bytes:
    """Invitations.csv; `urls=False` gives the 5-column shape from before late 2023."""
    header = INVITATIONS_HEADER if urls else INVITATIONS_HEADER[:5]
    cells = []
    for row in rows:
        sender, receiver = (OWNER, row.other) if row.outgoing else (row.other, OWNER)
        sender_url, receiver_url = (
            (OWNER_URL, row.other_url) if row.outgoing else (row.other_url, OWNER_URL)
        )
        direction = "OUTGOING" if row.outgoing else "INCOMING"
        values = [sender, receiver, row.sent_at, row.message, direction, sender_url, receiver_url]
        cells.append(values if urls else values[:5])
    return _bytes(_csv(header, cells, crlf=crlf), bom)


def messages_csv(
    rows: Iterable[MessageRow],
    *,
    version: int = 3,
    bom: bool = False,
    crlf: bool = False,
    quote_all: bool = False,
) -> bytes:
    """messages.csv in one of its three header versions (see MESSAGES_HEADERS)."""
    header = MESSAGES_HEADERS[version]
    cells = []
    for number, row in enumerate(rows):
        values = {
            "CONVERSATION ID": f"2-conversation-{number}==",
            "CONVERSATION TITLE": "",
            "FROM": row.sender,
            "SENDER PROFILE URL": row.sender_url,
            "TO": row.recipient,
            "RECIPIENT PROFILE URLS": row.recipient_url,
            "DATE": row.date,
            "SUBJECT": "",
            "CONTENT": row.content,
            "FOLDER": row.folder,
            "ATTACHMENTS": "",
            "IS MESSAGE DRAFT": "Yes" if row.draft else "No",
            "IS CONVERSATION DRAFT": "No",
        }
        cells.append([values[column] for column in header])
    return _bytes(_csv(header, cells, crlf=crlf, quote_all=quote_all), bom)


def write_folder(folder: Path, files: Mapping[str, bytes]) -> Path:
    """The files written into `folder` (created); names may include a subfolder."""
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def write_zip(path: Path, files: Mapping[str, bytes], subfolder: str = "") -> Path:
    """A zip as LinkedIn sends it: the files at the top, or inside `subfolder`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{subfolder}/{name}" if subfolder else name, data)
    return path


def big_connections_csv(count: int) -> bytes:
    """A current-format Connections.csv of `count` distinct people (for bench/)."""
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return connections_csv(
        ConnectionRow(
            first=f"Person{i}",
            last=f"Example-{i}",
            url=f"https://www.linkedin.com/in/person-example-{i}",
            email=f"person{i}@example.com" if i % 10 == 0 else "",
            company=f"Company {i % 700}, Inc.",
            position="Engineer",
            connected_on=f"{1 + i % 28:02d} {months[i % 12]} {2012 + i % 14}",
        )
        for i in range(count)
    )


# vCards


def vcard_escape(text: str) -> str:
    """A text value escaped as vCard 3.0/4.0 require."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(card: str, width: int = 75) -> str:
    """Each line folded at `width` octets as RFC 6350 says, never inside a character."""
    out: list[str] = []
    for line in card.split("\r\n"):
        first = True
        while True:
            budget = width if first else width - 1
            encoded = line.encode()
            if len(encoded) <= budget:
                out.append(("" if first else " ") + line)
                break
            cut = budget
            while cut and (encoded[cut] & 0xC0) == 0x80:  # a UTF-8 continuation byte
                cut -= 1
            out.append(("" if first else " ") + encoded[:cut].decode())
            line = encoded[cut:].decode()
            first = False
    return "\r\n".join(out)


def google_vcard(
    given: str,
    family: str,
    *,
    email: str = "",
    company: str = "",
    title: str = "",
    url: str = "",
    note: str = "",
    city: str = "",
) -> str:
    """One card as Google Contacts exports it (3.0; URLs with an escaped colon)."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{vcard_escape(f'{given} {family}'.strip())}",
        f"N:{vcard_escape(family)};{vcard_escape(given)};;;",
    ]
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET;TYPE=HOME:{email}")
    if city:
        lines.append(f"ADR;TYPE=HOME:;;1 Main St;{vcard_escape(city)};;;")
    if company:
        lines.append(f"ORG:{vcard_escape(company)}")
    if title:
        lines.append(f"TITLE:{vcard_escape(title)}")
    if url:
        lines += [f"item1.URL:{url.replace(':', chr(92) + ':')}", "item1.X-ABLabel:PROFILE"]
    if note:
        lines.append(f"NOTE:{vcard_escape(note)}")
    lines.append("END:VCARD")
    return fold("\r\n".join(lines)) + "\r\n"


# A realistic export. In current_export(): 5 named connections and 2 hidden rows; 6
# invitations sent (4 accepted, 2 of them answered; 2 pending, one to a namesake of a
# connection); 2 received (one from a connection); addresses written in every variant.
INES = "https://www.linkedin.com/in/ines-okafor-l-3b2a91"
TOMAS = "https://www.linkedin.com/in/tomasreyes"
ZOE = "https://www.linkedin.com/in/zoe-smith"
LI_NA = "https://www.linkedin.com/in/li-na-88"
SAM = "https://www.linkedin.com/in/sam-lee-1"

CONNECTIONS = (
    ConnectionRow(
        "Ines",
        "Okafor-Lindqvist",
        INES,
        "",
        "Northwind Analytics, Inc.",
        "Director of People Ops",
        "08 Feb 2026",
    ),
    ConnectionRow(
        "Tomás",
        "Reyes",
        TOMAS,
        "tomas.reyes@example.org",
        "Contoso",
        "Engineer, Platform",
        "14 Nov 2019",
    ),
    ConnectionRow("", "", "", "", "", "", "07 Jun 2026"),
    ConnectionRow("Zoë 🚀", "Smith, PhD", ZOE, "", "Fabrikam", "Founder", "02 Mar 2026"),
    ConnectionRow("娜", "李", LI_NA, "", "Tailspin", "Designer", "15 Jan 2026"),
    ConnectionRow("Sam", "Lee", SAM, "", "Initech", "CTO", "20 Jan 2026"),
    ConnectionRow("", "", "", "", "", "", "01 Jan 2026"),
)
INVITATIONS = (
    InvitationRow(
        "Ines Okafor-Lindqvist",
        "http://linkedin.com/in/Ines-Okafor-L-3b2a91/?trk=people-guest",
        "2/1/26, 9:14 AM",
        "Hi Ines, your talk on hiring loops changed how we interview. Could we connect?",
    ),
    InvitationRow(
        "Zoë 🚀 Smith, PhD", "https://www.linkedin.com/in/zoe-smith/", "2/28/26, 5:02 PM"
    ),
    InvitationRow(
        "娜 李",
        "HTTPS://WWW.LINKEDIN.COM/in/li-na-88",
        "1/10/26, 11:30\u202fAM",
        "Hello Na,\nwe met at the Berlin type meetup. Keep in touch?",
    ),
    InvitationRow(
        "Grace Hopper", "https://www.linkedin.com/in/grace-h", "3/1/26, 8:00 AM", "Hi Grace"
    ),
    InvitationRow("Sam Lee", "https://www.linkedin.com/in/sam-lee-2", "1/5/26, 10:00 AM"),
    InvitationRow(
        "Tomás Reyes", "www.linkedin.com/in/tomasreyes", "2019-11-01 10:00:00 UTC", "¡Hola!"
    ),
    InvitationRow(
        "Rita Recruiter",
        "https://www.linkedin.com/in/rita-r",
        "2/20/26, 4:10 PM",
        "Hi Jordan, a role for you",
        outgoing=False,
    ),
    InvitationRow("Sam Lee", SAM, "1/19/26, 7:45 PM", outgoing=False),
)
MESSAGES = (
    MessageRow(
        "Ines Okafor-Lindqvist", INES, "2026-02-09 08:00:00 UTC", "Thanks Jordan!\r\nHappy to talk."
    ),
    MessageRow(OWNER, OWNER_URL, "2026-02-09 09:00:00 UTC", "Great", "Ines Okafor-Lindqvist", INES),
    MessageRow("娜 李", LI_NA, "2026-01-12 10:00:00 UTC", "你好, before we connected"),
    MessageRow("Tomás Reyes", TOMAS, "2019-11-20 12:00:00 UTC", "Gracias"),
    MessageRow(
        OWNER, OWNER_URL, "2026-03-03 09:00:00 UTC", "Draft", "Zoë 🚀 Smith, PhD", ZOE, True
    ),
    MessageRow(
        "LinkedIn Member", "", "2026-02-10 09:00:00 UTC", '<p class="spinmail">Hi %FIRSTNAME%</p>'
    ),
)


def current_export(*, bom: bool = True, crlf: bool = True) -> dict[str, bytes]:
    """The three files as a 2026 export writes them."""
    return {
        "Connections.csv": connections_csv(CONNECTIONS),
        "Invitations.csv": invitations_csv(INVITATIONS),
        "messages.csv": messages_csv(MESSAGES, bom=bom, crlf=crlf, quote_all=True),
    }


def old_export() -> dict[str, bytes]:
    """The same people as an export from before 2023 writes them: no preamble, no
    addresses anywhere but the message senders, the 9-column messages.csv."""
    return {
        "Connections.csv": connections_csv(CONNECTIONS, preamble=False, urls=False),
        "Invitations.csv": invitations_csv(INVITATIONS, urls=False),
        "messages.csv": messages_csv(MESSAGES, version=1),
    }
