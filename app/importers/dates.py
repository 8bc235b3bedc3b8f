"""Dates and times as LinkedIn's exports and spreadsheets write them.

Seen in real exports: `08 Feb 2026` (Connections), `1/29/26, 2:37 PM` (Invitations, US
order, no time zone), `2025-06-01 14:03:22 UTC` (messages), `2024/02/01 15:02:55 UTC`,
and `8-Feb-26` once a spreadsheet has re-saved the file. Month names are read in English
here rather than with `strptime`, whose `%b` follows the process locale (which Qt sets
from the desktop's), and which is slow enough to matter over 30,000 rows.

A time without a zone is the user's local time on that day. A date column that holds a
time as well (2018 exports write Connected On as `1/8/18, 6:14 PM`) gives the date as
written.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache

from app.sentences import QT_TRANSLATE_NOOP, Sentence, Wording

DATE_EXAMPLES = QT_TRANSLATE_NOOP("ImportFileError", "“08 Feb 2026”, “2/8/26” or “2026-02-08”")
MOMENT_EXAMPLES = QT_TRANSLATE_NOOP(
    "ImportFileError", "“08 Feb 2026”, “2/8/26, 2:37 PM” or “2026-02-08 14:37:00 UTC”"
)


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_DATE_FORMS = tuple(
    re.compile(pattern)
    for pattern in (
        # 08 Feb 2026, 8-Feb-26
        r"(?P<d>\d{1,2})[ -](?P<mon>[A-Za-z]{3,9})\.?[ -](?P<y>\d{4}|\d{2})",
        # Feb 8, 2026
        r"(?P<mon>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? (?P<y>\d{4})",
        # 2026-02-08, 2024/02/01
        r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})",
        # 2/8/26, 02/08/2026: LinkedIn writes the US order
        r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})",
    )
)
_MOMENT = re.compile(
    r"(?P<date>.+?)"
    r"(?:,? ?[ T](?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
    r"(?: ?(?P<ampm>[AaPp])\.?[Mm]\.?)?)?"
    r"(?: ?(?P<zone>UTC|GMT|Z|[+-]\d{2}:?\d{2}))?"
)
# Java's Date.toString(), seen in other files of the same export: Sat Sep 05 08:12:14 UTC 2026
_JAVA = re.compile(
    r"[A-Za-z]{3} (?P<mon>[A-Za-z]{3}) (?P<d>\d{1,2})"
    r" (?P<hh>\d{1,2}):(?P<mm>\d{2}):(?P<ss>\d{2}) (?P<zone>UTC|GMT) (?P<y>\d{4})"
)
# A clock time in a cell: two digits after a colon.
_HAS_TIME = re.compile(r"\d:\d\d")
# \s covers the no-break and narrow no-break spaces some locales put before "PM".
_SPACES = re.compile(r"\s+")
# No date is longer; refusing longer text early keeps a garbage cell from being slow.
_MAX_LENGTH = 64


def parse_date(text: str) -> date | None:
    """The calendar date in `text`; None for an empty cell; ValueError if unreadable."""
    return _parse_date(text.strip())


def parse_moment(text: str) -> datetime | None:
    """The moment in `text`, with a time zone; None for an empty cell; ValueError if
    unreadable. A date alone is midnight; a time without a zone is local time."""
    return _parse_moment(text.strip())


# The columns whose dates an import reads, as its messages name them.
CONNECTION_DATE = QT_TRANSLATE_NOOP("ImportFileError", "connection date")
CONNECTED_ON = QT_TRANSLATE_NOOP("ImportFileError", "“Connected On” date")
SENT_AT = QT_TRANSLATE_NOOP("ImportFileError", "“Sent At” time")
MESSAGE_DATE = QT_TRANSLATE_NOOP("ImportFileError", "“DATE”")


_UNREADABLE = QT_TRANSLATE_NOOP(
    "ImportFileError",
    "the {column} “{value}” is not a date Rapport can read; write it like {examples}.",
)
# The same as the reason a row was skipped, which, as every such reason, has no full stop.
_UNREADABLE_CELL = QT_TRANSLATE_NOOP(
    "SkippedRow",
    "the {column} “{value}” is not a date Rapport can read; write it like {examples}",
)


def unreadable(
    column: Wording, value: str, *, with_time: bool = True, in_row: bool = False
) -> Sentence:
    """The message for a date (`with_time` False) or a moment that cannot be read; with
    `in_row`, as the reason a row is skipped."""
    shown = value if len(value) <= 40 else value[:37] + "..."
    examples = MOMENT_EXAMPLES if with_time else DATE_EXAMPLES
    wording = _UNREADABLE_CELL if in_row else _UNREADABLE
    return wording(column=column(), value=shown, examples=examples())


@lru_cache(maxsize=4096)
def _parse_date(text: str) -> date | None:
    if not text:
        return None
    if len(text) > _MAX_LENGTH:
        raise ValueError(text)
    day = _connections_date(text)
    if day is not None:
        return day
    spaced = _SPACES.sub(" ", text)
    try:
        return _date_in(spaced)
    except ValueError:
        if not _HAS_TIME.search(spaced):
            raise
    moment = _parse_moment(spaced)
    # The day as written: a moment without a zone is local, one with a zone keeps it.
    return None if moment is None else moment.date()


def _connections_date(text: str) -> date | None:
    """The date of "08 Feb 2026", the form of every date in Connections.csv, read
    without the patterns (which take longer than the rest of a row); None for any other
    form, and for a month that is not one (the patterns then say what is wrong)."""
    if len(text) != 11 or text[2] != " " or text[6] != " ":
        return None
    day, month, year = text[:2], _MONTHS.get(text[3:6].casefold()), text[7:]
    if month is None or not (day.isdecimal() and year.isdecimal()):
        return None
    return date(int(year), month, int(day))  # ValueError for 31 Feb and the like


@lru_cache(maxsize=4096)
def _parse_moment(text: str) -> datetime | None:
    if not text:
        return None
    if len(text) > _MAX_LENGTH:
        raise ValueError(text)
    text = _SPACES.sub(" ", text)
    java = _JAVA.fullmatch(text)
    match = java or _MOMENT.fullmatch(text)
    if match is None:
        raise ValueError(text)
    day = _date_of(java) if java else _date_in(match["date"])
    clock = time()
    if match["hh"] is not None:
        clock = _time_of(match["hh"], match["mm"], match["ss"], match.groupdict().get("ampm"))
    moment = datetime.combine(day, clock)
    zone = match["zone"]
    if zone is None:
        try:
            return moment.astimezone()  # local time, with that day's offset (summer time)
        except (OverflowError, OSError):  # years the system clock cannot place
            raise ValueError(text) from None
    if zone in ("UTC", "GMT", "Z"):
        return moment.replace(tzinfo=UTC)
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.replace(tzinfo=timezone(sign * offset))


def _date_in(text: str) -> date:
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match is not None:
            return _date_of(match)
    raise ValueError(text)


def _date_of(match: re.Match[str]) -> date:
    groups = match.groupdict()
    year = int(groups["y"])
    if len(groups["y"]) == 2:
        year += 2000 if year < 70 else 1900
    if groups.get("mon"):
        month = _MONTHS.get(groups["mon"].casefold())
        if month is None:
            raise ValueError(groups["mon"])
    else:
        month = int(groups["m"])
    return date(year, month, int(groups["d"]))  # ValueError for 31 Feb and the like


def _time_of(hours: str, minutes: str, seconds: str | None, ampm: str | None) -> time:
    hour = int(hours)
    if ampm is not None:
        if not 1 <= hour <= 12:
            raise ValueError(hours)
        hour = hour % 12 + (12 if ampm in "Pp" else 0)
    return time(hour, int(minutes), int(seconds or 0))
