"""Counts and dates as a person reads them, the same on every page and in every command.

One helper for plurals ("1 message", "2 messages", "1 person") so no sentence says "1
messages"; dates in the user's time zone, relative to today where that reads better
("yesterday 18:40"), and otherwise in one format.
"""

from __future__ import annotations

from datetime import date, datetime

# Nouns whose plural is not the singular plus "s".
_IRREGULAR = {"person": "people", "reply": "replies", "was": "were", "is": "are", "has": "have"}


def plural_of(count: int, noun: str) -> str:
    """`noun` as it goes with `count`: "message" for 1, "messages" otherwise."""
    if count == 1:
        return noun
    return _IRREGULAR.get(noun, noun + "s")


def plural(count: int, noun: str) -> str:
    """The count and its noun: "1 message", "1,204 messages", "0 people"."""
    return f"{count:,} {plural_of(count, noun)}"


def local_time(moment: datetime) -> datetime:
    """`moment` in the user's time zone (stored times are UTC)."""
    return moment.astimezone()


def day_text(day: date) -> str:
    """A date in the one format Rapport shows: "7 Dec 2026"."""
    return f"{day.day} {day.strftime('%b %Y')}"


def moment_text(moment: datetime) -> str:
    """A date and time, local: "7 Dec 2026 18:40"."""
    local = local_time(moment)
    return f"{day_text(local.date())} {local.strftime('%H:%M')}"


def days_between(earlier: datetime, later: datetime) -> int:
    """Calendar days from one moment to the other where the user lives: a message sent
    yesterday at 23:50 was sent 1 day ago at 00:10 today, not 0."""
    return (local_time(later).date() - local_time(earlier).date()).days


def relative_day(moment: datetime, now: datetime) -> str:
    """ "today", "yesterday", "3 days ago" (up to a week), else the date."""
    days = days_between(moment, now)
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    return day_text(local_time(moment).date())


def relative_moment(moment: datetime, now: datetime) -> str:
    """ "today 09:12", "yesterday 18:40", "3 days ago", or "7 Dec 2026" further back."""
    days = days_between(moment, now)
    if days <= 1:
        return f"{relative_day(moment, now)} {local_time(moment).strftime('%H:%M')}"
    return relative_day(moment, now)
