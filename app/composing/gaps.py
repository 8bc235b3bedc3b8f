"""Filling gaps: contact fields a message needs and the contact lacks, typed in for
that one message (and saved to the contact only if the user asks).

A template that needs "how you met" for someone whose record does not say stops with a
MissingFields error; rather than leave the user there, the composer asks for the
missing fields beside the message and renders with what they type.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.contacts import FIELD_LABELS, Contact, split_list, template_fields
from app.rendering.renderer import used_names

# Fields every contact has a value for (the name, the first name taken from it, the
# strength) can never be missing, so are never asked for.
GAP_FIELDS: tuple[str, ...] = tuple(
    name for name in FIELD_LABELS if name not in ("name", "first_name", "strength")
)
_LIST_FIELDS = ("shared_interests", "mutual_contacts")


def gap_fields(
    source: str, contact: Contact | None, missing: Iterable[str], asked: Iterable[str]
) -> list[str]:
    """The contact fields to ask for: those rendering reported `missing`, plus those
    already `asked` for while the draft still uses them and the contact still lacks
    them. Once typed in, a field is no longer missing, and must not vanish from under
    the user's cursor."""
    if contact is None:
        return []
    known = template_fields(contact)
    used = used_names(source)
    wanted = dict.fromkeys([*asked, *missing])
    return [name for name in wanted if name in GAP_FIELDS and name in used and name not in known]


def fill_gaps(contact: Contact, values: Mapping[str, str]) -> Contact:
    """The contact with the values typed for a message filled in; blank ones change
    nothing. Lists are split at commas, and a last name completes the name."""
    changes: dict[str, object] = {}
    for name, value in values.items():
        text = value.strip()
        if not text or name not in GAP_FIELDS:
            continue
        if name == "last_name":
            changes["name"] = f"{contact.name.strip()} {text}"
        elif name in _LIST_FIELDS:
            changes[name] = split_list(text)
        else:
            changes[name] = text
    return contact.replace(**changes) if changes else contact
