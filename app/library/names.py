"""The one name a person sees for a template, on every page: "Invite met at event" for
the file name `invite-met-at-event`. Messages keep the file name, which commands take."""

from __future__ import annotations


def template_title(name: str) -> str:
    """'invite-met-at-event' -> 'Invite met at event'; "" stays "" (no template)."""
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]
