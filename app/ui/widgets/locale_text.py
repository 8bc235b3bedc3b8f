"""Dates, times and counts as the window's locale writes them.

The core's `app.wording` speaks English for the command line; the window speaks the user's
language, so it formats through QLocale (the default locale the application set at start-up)
and Qt's translations. "7.12.2026 18:40" in Germany, "12/7/2026 6:40 PM" in the United States.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from app.wording import days_between, local_time


def count_text(count: int) -> str:
    """A number with the locale's digit grouping: "1,204", "1.204", "1 204"."""
    return QLocale().toString(count)


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year: short formats write "26", which reads
    as a day in some orders."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def day_text(day: date) -> str:
    """A date as the locale writes it: "07.12.2026", "12/7/2026", "07/12/2026"."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _date_format(locale))


def long_day_text(day: date) -> str:
    """A date with the weekday and month written out: "Monday, November 3, 2025",
    "Montag, 3. November 2025"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime) -> str:
    """A local time of day as the locale writes it: "18:40", "6:40 PM"."""
    local = local_time(moment)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime) -> str:
    """A local date and time: "07.12.2026 18:40"."""
    return f"{day_text(local_time(moment).date())} {time_text(moment)}"


def relative_day(moment: datetime, now: datetime) -> str:
    """ "today", "yesterday", "3 days ago" (up to a week), else the date."""
    days = days_between(moment, now)
    if days <= 0:
        return QCoreApplication.translate("RelativeDay", "today")
    if days == 1:
        return QCoreApplication.translate("RelativeDay", "yesterday")
    if days < 7:
        return RelativeDay().days_ago(days)
    return day_text(local_time(moment).date())


def relative_moment(moment: datetime, now: datetime) -> str:
    """ "today 09:12", "yesterday 18:40", "3 days ago", or the date further back."""
    if days_between(moment, now) <= 1:
        return QCoreApplication.translate("RelativeDay", "{day} {time}").format(
            day=relative_day(moment, now), time=time_text(moment)
        )
    return relative_day(moment, now)


class RelativeDay(QObject):
    """The plural of `relative_day`: lupdate marks a plural only in `tr` (translate() with
    a variable count comes out as no plural), and `tr` finds it only on an object of
    exactly this class."""

    def days_ago(self, days: int) -> str:
        return self.tr("%n days ago", "", days)


def percent_text(share: float, *, sign: bool = True) -> str:
    """A share as a whole percentage the locale's way: 0.534 -> "53%", "53 %"; without
    the sign, only the number (the low end of "48–59%")."""
    number = QLocale().toString(round(share * 100))
    if not sign:
        return number
    return QCoreApplication.translate("PercentText", "{number}%").format(number=number)


def duration_text(hours: float) -> str:
    """How long something took, for people: "5 hours", "1.5 days", "12 days"."""
    return Duration().text(hours)


class Duration(QObject):
    """The plurals of `duration_text`: `tr` finds a plural only on an object of exactly
    this class."""

    def text(self, hours: float) -> str:
        if hours < 36:
            return self.tr("%Ln hours", "", round(hours))
        days = hours / 24
        if days < 10:  # one decimal, 1.5 and up: plural in every language Rapport speaks
            return self.tr("{days} days", "one decimal").format(
                days=QLocale().toString(days, "f", 1)
            )
        return self.tr("%Ln days", "", round(days))
