"""Groups as the window names them: Rapport's own (`DEFAULT_GROUPS`, kept in English in the
database and the settings) in the window's language, "Freunde" for "Friends"; the user's own
groups as they wrote them."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def group_text(group: str) -> str:
    """The name shown for the group stored as `group`."""
    return QCoreApplication.translate("GroupText", group) if group in _GROUPS else group


def stored_group(shown: str) -> str:
    """The group to store for a name shown or typed in the window: "Friends" for "Freunde"
    (so that a built-in group stays one group in every language), anything else as it is."""
    return {group_text(group): group for group in _GROUPS}.get(shown, shown)


# Marked for translation here: the names of app.contacts.DEFAULT_GROUPS (a test holds the
# two together). (Qt's stubs say the marker returns an object; it returns its text.)
_GROUPS = cast(
    tuple[str, ...],
    (
        QT_TRANSLATE_NOOP("GroupText", "Friends"),
        QT_TRANSLATE_NOOP("GroupText", "Former colleagues"),
        QT_TRANSLATE_NOOP("GroupText", "Clients"),
        QT_TRANSLATE_NOOP("GroupText", "Recruiters"),
        QT_TRANSLATE_NOOP("GroupText", "Vendors"),
        QT_TRANSLATE_NOOP("GroupText", "Met once"),
        QT_TRANSLATE_NOOP("GroupText", "Never met"),
    ),
)
