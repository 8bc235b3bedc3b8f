"""Dates as LinkedIn's files and spreadsheets write them, and a clear word when they
cannot be read."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.importers.dates import CONNECTED_ON, SENT_AT, parse_date, parse_moment, unreadable


@pytest.mark.parametrize(
    "text",
    [
        "08 Feb 2026",
        "8 Feb 2026",
        "8-Feb-26",
        "Feb 8, 2026",
        "February 8 2026",
        "2026-02-08",
        "2026/02/08",
        "2/8/26",
        "02/08/2026",
        " 08  FEB  2026 ",
    ],
)
def test_dates_in_every_form_seen(text: str) -> None:
    assert parse_date(text) == date(2026, 2, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/29/26, 2:37 PM", datetime(2026, 1, 29, 14, 37).astimezone()),
        ("1/29/26 2:37 pm", datetime(2026, 1, 29, 14, 37).astimezone()),
        ("1/29/26, 2:37\u202fPM", datetime(2026, 1, 29, 14, 37).astimezone()),
        ("12/1/25, 12:05 AM", datetime(2025, 12, 1, 0, 5).astimezone()),
        ("12/1/25, 12:05 PM", datetime(2025, 12, 1, 12, 5).astimezone()),
        ("2023-01-05 14:02:11 UTC", datetime(2023, 1, 5, 14, 2, 11, tzinfo=UTC)),
        ("2024/02/01 15:02:55 UTC", datetime(2024, 2, 1, 15, 2, 55, tzinfo=UTC)),
        ("2026-01-29T14:37:00Z", datetime(2026, 1, 29, 14, 37, tzinfo=UTC)),
        (
            "2026-01-29T14:37:00+05:30",
            datetime(2026, 1, 29, 14, 37, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("Sat Sep 05 08:12:14 UTC 2026", datetime(2026, 9, 5, 8, 12, 14, tzinfo=UTC)),
        ("2026-02-09", datetime(2026, 2, 9).astimezone()),
    ],
)
def test_moments_in_every_form_seen(text: str, expected: datetime) -> None:
    assert parse_moment(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29 Feb 2024", date(2024, 2, 29)),
        ("08 feb 2026", date(2026, 2, 8)),
        ("31 Dec 1999", date(1999, 12, 31)),
    ],
)
def test_connections_dates_are_read_as_written(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31 Feb 2026", "29 Feb 2025", "00 Feb 2026", "08 Fib 2026"])
def test_a_day_that_does_not_exist_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_an_empty_cell_is_no_date() -> None:
    assert parse_date("  ") is None
    assert parse_moment("") is None


@pytest.mark.parametrize(
    "text", ["31 Feb 2026", "13/13/26", "Feb 2026", "1/29/26, 13:37 PM", "2026-02-08 25:00", "soon"]
)
def test_what_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_moment(text)


def test_a_date_written_with_a_time_gives_its_day() -> None:
    # Connections.csv of 2018 exports: "Connected On" with a time of day.
    assert parse_date("1/8/18, 6:14 PM") == date(2018, 1, 8)
    assert parse_date("2018-01-08 23:59:00 UTC") == date(2018, 1, 8)
    with pytest.raises(ValueError):
        parse_date("1/8/18, 26:14")


def test_a_refused_date_is_told_the_forms_of_a_date() -> None:
    assert str(unreadable(CONNECTED_ON, "8th of Jan", with_time=False)) == (
        "the “Connected On” date “8th of Jan” is not a date Rapport can read; write it like "
        "“08 Feb 2026”, “2/8/26” or “2026-02-08”."
    )


def test_the_message_shows_the_value_and_the_forms_that_work() -> None:
    assert str(unreadable(SENT_AT, "yesterday")) == (
        "the “Sent At” time “yesterday” is not a date Rapport can read; write it like "
        "“08 Feb 2026”, “2/8/26, 2:37 PM” or “2026-02-08 14:37:00 UTC”."
    )
