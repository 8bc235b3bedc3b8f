"""The monthly quota of personalised connection notes on a free LinkedIn account.

LinkedIn lets free accounts add a note to only a few invitations a month (the user sets
how many: `Settings.note_quota_per_month`); past that, the invitation goes out without
its note, or not at all. Premium accounts have no such quota. The month is the user's
calendar month, in their local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.settings import Settings
from app.store import Store


class QuotaState(StrEnum):
    """Where the month's notes stand: no quota (Premium), notes to spare, the last one
    left, none left (the next note will not go through), or more recorded than allowed."""

    UNLIMITED = "unlimited"
    OPEN = "open"
    LAST_ONE = "last_one"
    USED_UP = "used_up"
    PAST = "past"


@dataclass(frozen=True)
class NoteQuota:
    """Notes recorded this month, against the monthly allowance (None: no limit)."""

    used: int
    allowed: int | None

    @property
    def remaining(self) -> int | None:
        return None if self.allowed is None else max(0, self.allowed - self.used)

    @property
    def exhausted(self) -> bool:
        """True when one more note would be past the quota."""
        return self.remaining == 0

    @property
    def state(self) -> QuotaState:
        """Where this month stands, for the window to word."""
        if self.allowed is None:
            return QuotaState.UNLIMITED
        if self.used > self.allowed:
            return QuotaState.PAST
        left = self.allowed - self.used
        if left == 0:
            return QuotaState.USED_UP
        return QuotaState.LAST_ONE if left == 1 else QuotaState.OPEN


def month_start(now: datetime | None = None) -> datetime:
    """Midnight on the first day of the month, as UTC: of the system's local month when
    `now` is None, else of `now`'s month in its own time zone.

    A time zone with daylight saving (a ZoneInfo) gets the offset the first of the month
    had; the system's local time does too, because a naive time is converted with the
    rules in force on that date.
    """
    if now is None:
        first = datetime.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        return first.astimezone(UTC)
    if now.tzinfo is None:
        raise ValueError("`now` needs a time zone to tell which month it is.")
    first = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return first.astimezone(UTC)


def allowed_notes(settings: Settings) -> int | None:
    """The month's allowance for the user's account; None for Premium (no quota)."""
    return None if settings.linkedin_account == "premium" else settings.note_quota_per_month


def note_quota(store: Store, settings: Settings, now: datetime | None = None) -> NoteQuota:
    """Notes recorded since the start of the month (see `month_start`), against the user's
    allowance."""
    return NoteQuota(store.notes_sent_since(month_start(now)), allowed_notes(settings))
