"""The monthly quota of personalised notes, counted from a real SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.composing.note_quota import NoteQuota, QuotaState, month_start, note_quota
from app.contacts import Contact
from app.settings import Settings
from app.store import Store

LISBON = ZoneInfo("Europe/Lisbon")
# Lisbon is on summer time (UTC+1) from the last Sunday of March.
NOW = datetime(2025, 4, 15, 12, 0, tzinfo=LISBON)


def record(store: Store, when: datetime, channel: str = "linkedin_note") -> None:
    contact = store.add_contact(Contact(name="Someone"))
    store.record_message(
        contact, template="t", kind="invite", channel=channel, text="Hi", sent_at=when
    )


def test_the_month_starts_at_local_midnight_on_the_first() -> None:
    assert month_start(NOW) == datetime(2025, 3, 31, 23, 0, tzinfo=UTC)
    # March 1st was still on winter time (UTC+0) in Lisbon.
    assert month_start(datetime(2025, 3, 30, 12, tzinfo=LISBON)) == datetime(2025, 3, 1, tzinfo=UTC)


def test_without_a_time_zone_the_month_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        month_start(datetime(2025, 4, 15))


def test_system_local_month_start_is_in_the_past_and_this_month() -> None:
    start = month_start()
    local_now = datetime.now().astimezone()
    assert start <= local_now
    assert start.astimezone().day == 1 and start.astimezone().month == local_now.month


def test_only_this_months_connection_notes_count(store: Store) -> None:
    record(store, datetime(2025, 4, 1, 0, 30, tzinfo=LISBON))  # just inside April
    record(store, datetime(2025, 4, 10, tzinfo=LISBON))
    record(store, datetime(2025, 3, 31, 23, 30, tzinfo=LISBON))  # March, in Lisbon
    record(store, datetime(2025, 4, 12, tzinfo=LISBON), channel="email")

    quota = note_quota(store, Settings(note_quota_per_month=5), NOW)

    assert quota == NoteQuota(used=2, allowed=5)
    assert quota.state is QuotaState.OPEN


def test_the_last_note_is_announced_and_one_past_the_quota_warned(store: Store) -> None:
    settings = Settings(note_quota_per_month=2)
    record(store, NOW - timedelta(days=1))
    last = note_quota(store, settings, NOW)
    assert last.remaining == 1 and not last.exhausted
    assert last.state is QuotaState.LAST_ONE

    record(store, NOW - timedelta(hours=1))
    over = note_quota(store, settings, NOW)
    assert over.exhausted
    assert over.state is QuotaState.USED_UP

    record(store, NOW - timedelta(minutes=5))
    past = note_quota(store, settings, NOW)
    assert past.state is QuotaState.PAST and past.exhausted


def test_premium_accounts_have_no_quota(store: Store) -> None:
    for hours in range(8):
        record(store, NOW - timedelta(hours=hours))
    quota = note_quota(store, Settings(linkedin_account="premium"), NOW)
    assert quota.allowed is None and not quota.exhausted
    assert quota.state is QuotaState.UNLIMITED


def test_a_quota_of_zero_warns_about_every_note(store: Store) -> None:
    quota = note_quota(store, Settings(note_quota_per_month=0), NOW)
    assert quota.exhausted and quota.state is QuotaState.USED_UP
