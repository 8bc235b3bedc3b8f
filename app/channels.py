"""Channels a message goes out on, and the length limit each one has."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Channel(StrEnum):
    LINKEDIN_NOTE = "linkedin_note"
    LINKEDIN_MESSAGE = "linkedin_message"
    INMAIL = "inmail"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Channel.LINKEDIN_NOTE: "LinkedIn connection note",
    Channel.LINKEDIN_MESSAGE: "LinkedIn message",
    Channel.INMAIL: "LinkedIn InMail",
    Channel.EMAIL: "E-mail",
}

# LinkedIn's connection note: 200 characters on free accounts, 300 on Premium.
FREE_NOTE_LIMIT = 200
PREMIUM_NOTE_LIMIT = 300
# An InMail body allows about 1,900 characters.
INMAIL_LIMIT = 1900
# Past these, a message is much longer than the ones that get answers.
SOFT_LIMITS = {
    Channel.LINKEDIN_NOTE: None,
    Channel.LINKEDIN_MESSAGE: 800,
    Channel.INMAIL: 1000,
    Channel.EMAIL: 1200,
}


@dataclass(frozen=True)
class ChannelLimit:
    """`hard`: the channel refuses longer text. `soft`: longer text rarely gets read."""

    hard: int | None
    soft: int | None


def limit_for(channel: Channel, note_limit: int = FREE_NOTE_LIMIT) -> ChannelLimit:
    """The limit of a channel; `note_limit` is the user's LinkedIn note limit setting."""
    if channel is Channel.LINKEDIN_NOTE:
        return ChannelLimit(hard=note_limit, soft=None)
    if channel is Channel.INMAIL:
        return ChannelLimit(hard=INMAIL_LIMIT, soft=SOFT_LIMITS[channel])
    return ChannelLimit(hard=None, soft=SOFT_LIMITS[channel])
