"""The contact fields as the window names them, and the hints their empty editors show, in
the user's language.

The core declares each field once with an English label and hint (`app.contacts.FIELDS`)
for the command line and the CSV mapping; the contact form, the gap form and the CSV
mapping dialog show these instead. A test holds the two tables to the same fields.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication

from app.contacts import FIELDS


def _labels() -> dict[str, str]:
    return {
        "name": QCoreApplication.translate("FieldText", "Name"),
        "first_name": QCoreApplication.translate("FieldText", "First name"),
        "last_name": QCoreApplication.translate("FieldText", "Last name"),
        "company": QCoreApplication.translate("FieldText", "Company"),
        "title": QCoreApplication.translate("FieldText", "Title"),
        "location": QCoreApplication.translate("FieldText", "Location"),
        "industry": QCoreApplication.translate("FieldText", "Industry"),
        "profile_url": QCoreApplication.translate("FieldText", "Profile URL"),
        "email": QCoreApplication.translate("FieldText", "E-mail"),
        "group": QCoreApplication.translate("FieldText", "Group"),
        "strength": QCoreApplication.translate("FieldText", "Relationship strength"),
        "how_met": QCoreApplication.translate("FieldText", "How you met"),
        "met_when": QCoreApplication.translate("FieldText", "When you met"),
        "introduced_by": QCoreApplication.translate("FieldText", "Introduced by"),
        "their_work": QCoreApplication.translate("FieldText", "Their work that matters"),
        "shared_interests": QCoreApplication.translate("FieldText", "Shared interests"),
        "mutual_contacts": QCoreApplication.translate("FieldText", "Mutual contacts"),
        "notes": QCoreApplication.translate("FieldText", "Notes"),
        "incoming_note": QCoreApplication.translate("FieldText", "Their note to you"),
        "cadence_days": QCoreApplication.translate("FieldText", "Keep in touch every (days)"),
        "connected_on": QCoreApplication.translate("FieldText", "Connected on"),
        "language": QCoreApplication.translate("FieldText", "Language"),
        "register": QCoreApplication.translate("FieldText", "Form of address"),
    }


def _hints() -> dict[str, str]:
    return {
        "first_name": QCoreApplication.translate("FieldHint", "Taken from the name when empty"),
        "how_met": QCoreApplication.translate(
            "FieldHint", "e.g. at PyCon Lisbon; on the payments team at Stripe"
        ),
        "met_when": QCoreApplication.translate("FieldHint", "e.g. last week; in March 2025"),
        "introduced_by": QCoreApplication.translate(
            "FieldHint", "Who put you in touch (pick a contact or type a name)"
        ),
        "their_work": QCoreApplication.translate(
            "FieldHint", "Something they wrote or did that matters to you"
        ),
        "shared_interests": QCoreApplication.translate(
            "FieldHint", "Comma-separated, e.g. chess, climbing"
        ),
        "mutual_contacts": QCoreApplication.translate("FieldHint", "Comma-separated names"),
        "incoming_note": QCoreApplication.translate(
            "FieldHint", "The note they sent with their request"
        ),
        "language": QCoreApplication.translate("FieldHint", "en, de, fr, es or pt; empty: yours"),
        "register": QCoreApplication.translate(
            "FieldHint", "formal or informal; empty: your default"
        ),
    }


def field_label(name: str) -> str:
    """ "First name", "Vorname"…, for a field of the core's table."""
    return _labels()[name]


def field_hint(name: str) -> str:
    """The hint an empty editor of the field shows; "" for a field without one."""
    return _hints().get(name, "")


def field_labels(names: Collection[str] | None = None) -> dict[str, str]:
    """Field name → label for `names`, by default every field, in the order forms show them."""
    return {
        info.name: field_label(info.name) for info in FIELDS if names is None or info.name in names
    }
