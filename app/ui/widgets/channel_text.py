"""The channels a message goes out on, as the window names them in the user's language.

The core names channels in English for the command line (`Channel.label`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.channels import Channel, limit_for
from app.ui.widgets.locale_text import count_text


def channel_text(channel: Channel) -> str:
    """ "LinkedIn message", "LinkedIn-Nachricht"…"""
    if channel is Channel.LINKEDIN_NOTE:
        return QCoreApplication.translate("ChannelText", "LinkedIn connection note")
    if channel is Channel.LINKEDIN_MESSAGE:
        return QCoreApplication.translate("ChannelText", "LinkedIn message")
    if channel is Channel.INMAIL:
        return QCoreApplication.translate("ChannelText", "LinkedIn InMail")
    return QCoreApplication.translate("ChannelText", "E-mail")


def channel_limit_text(channel: Channel, note_limit: int) -> str:
    """The channel with its hard limit when it has one: "LinkedIn InMail (up to 1,900
    characters)"; `note_limit` is the user's LinkedIn note limit setting."""
    limit = limit_for(channel, note_limit).hard
    if limit is None:
        return channel_text(channel)
    return QCoreApplication.translate("ChannelText", "{channel} (up to {limit} characters)").format(
        channel=channel_text(channel), limit=count_text(limit)
    )
