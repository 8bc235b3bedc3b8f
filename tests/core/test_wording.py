"""Counts and dates as people read them."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from app.wording import days_between, plural, relative_moment


@pytest.fixture
def in_sao_paulo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Sao_Paulo")  # UTC-3 all year: evenings cross UTC's day
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_one_of_a_thing_is_singular_and_every_other_count_plural() -> None:
    assert plural(1, "message") == "1 message"
    assert plural(0, "message") == "0 messages"
    assert plural(1204, "contact") == "1,204 contacts"
    assert plural(2, "person") == "2 people"
    assert plural(1, "person") == "1 person"


def test_yesterday_evening_is_yesterday_where_the_user_lives(in_sao_paulo: None) -> None:
    # 21:30 on 6 December in São Paulo is 00:30 UTC on the 7th: the same UTC day as now.
    sent = datetime(2026, 12, 7, 0, 30, tzinfo=UTC)
    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)  # 09:00 local on the 7th

    assert days_between(sent, now) == 1
    assert relative_moment(sent, now) == "yesterday 21:30"
    assert relative_moment(now, now) == "today 09:00"
    assert relative_moment(datetime(2026, 12, 3, 15, tzinfo=UTC), now) == "4 days ago"
    assert relative_moment(datetime(2026, 9, 28, 15, tzinfo=UTC), now) == "28 Sep 2026"
