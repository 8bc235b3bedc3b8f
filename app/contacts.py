"""Contacts: what the user knows about a person, and the fields templates can use."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse
from typing import Any

DEFAULT_GROUPS: tuple[str, ...] = (
    "Friends",
    "Former colleagues",
    "Clients",
    "Recruiters",
    "Vendors",
    "Met once",
    "Never met",
)

STRENGTH_LABELS: dict[int, str] = {
    1: "Close",
    2: "Know well",
    3: "Know a little",
    4: "Met once",
    5: "Never met",
}

# Ten years: past that a reminder means nothing.
MAX_CADENCE_DAYS = 3650

# Fields any mail merge fills in: a message that personalises only with these is still
# generic. The checker relies on this list.
MAIL_MERGE_FIELDS: frozenset[str] = frozenset(
    {"name", "first_name", "last_name", "company", "title", "location", "industry"}
)


@dataclass(frozen=True)
class Contact:
    """A person the user writes to. Empty strings and empty tuples mean "not known"."""

    name: str
    first_name: str = ""
    company: str = ""
    title: str = ""
    location: str = ""
    industry: str = ""
    profile_url: str = ""
    email: str = ""
    group: str = ""
    strength: int = 5
    how_met: str = ""
    met_when: str = ""
    introduced_by: str = ""
    their_work: str = ""
    shared_interests: tuple[str, ...] = field(default_factory=tuple)
    mutual_contacts: tuple[str, ...] = field(default_factory=tuple)
    notes: str = ""
    incoming_note: str = ""
    # Days between interactions the user wants to keep to; None means no reminder.
    cadence_days: int | None = None
    # When the user and this person connected on LinkedIn (ISO date), from an import.
    connected_on: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("A contact needs a name.")
        if self.strength not in STRENGTH_LABELS:
            raise ValueError("Relationship strength runs from 1 (close) to 5 (never met).")
        if self.cadence_days is not None and not 1 <= self.cadence_days <= MAX_CADENCE_DAYS:
            raise ValueError(
                f"Keep in touch every 1 to {MAX_CADENCE_DAYS} days, or leave it empty."
            )

    @property
    def given_name(self) -> str:
        """The first name as written, or the first word of the full name."""
        return self.first_name.strip() or self.name.split()[0]

    @property
    def family_name(self) -> str:
        parts = self.name.split()
        return " ".join(parts[1:]) if len(parts) > 1 else ""

    def replace(self, **changes: Any) -> Contact:
        return dataclasses.replace(self, **changes)


# What each template variable means, in the order forms show them. Templates may use any
# of these names; `first_name` and `last_name` are derived from `name` when not set.
FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "first_name": "First name",
    "last_name": "Last name",
    "company": "Company",
    "title": "Title",
    "location": "Location",
    "industry": "Industry",
    "profile_url": "Profile URL",
    "email": "E-mail",
    "group": "Group",
    "strength": "Relationship strength",
    "how_met": "How you met",
    "met_when": "When you met",
    "introduced_by": "Introduced by",
    "their_work": "Their work that matters",
    "shared_interests": "Shared interests",
    "mutual_contacts": "Mutual contacts",
    "notes": "Notes",
    "incoming_note": "Their note to you",
}

CONTACT_FIELDS: frozenset[str] = frozenset(FIELD_LABELS)


def template_fields(contact: Contact) -> dict[str, Any]:
    """The contact as template variables, with every empty field left out.

    Leaving empty fields out (rather than passing "" or None) is what lets the renderer
    report a field the template needs and the contact lacks, by name.
    """
    values: dict[str, Any] = {
        "name": contact.name.strip(),
        "first_name": contact.given_name,
        "last_name": contact.family_name,
        "company": contact.company,
        "title": contact.title,
        "location": contact.location,
        "industry": contact.industry,
        "profile_url": contact.profile_url,
        "email": contact.email,
        "group": contact.group,
        "strength": contact.strength,
        "how_met": contact.how_met,
        "met_when": contact.met_when,
        "introduced_by": contact.introduced_by,
        "their_work": contact.their_work,
        "shared_interests": list(contact.shared_interests),
        "mutual_contacts": list(contact.mutual_contacts),
        "notes": contact.notes,
        "incoming_note": contact.incoming_note,
    }
    return {key: _clean(value) for key, value in values.items() if not _is_empty(value)}


def _clean(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _is_empty(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return not value
    return value is None


# What `filled` may take from another record; the name identifies, strength has a rule.
_FILLABLE = tuple(
    f.name for f in dataclasses.fields(Contact) if f.name not in ("name", "id", "strength")
)


def filled(base: Contact, extra: Contact) -> Contact:
    """`base` with its empty fields taken from `extra`, never overwriting one; `base`
    itself when `extra` adds nothing. Strength is taken only when `base` has the default
    (5, never met) and `extra` says more. Imports merge what they learn with this."""
    changes: dict[str, Any] = {}
    for name in _FILLABLE:
        new = getattr(extra, name)
        if _is_empty(new):  # the usual case: an import knows a few fields of many
            continue
        if _is_empty(getattr(base, name)):
            changes[name] = new
    if base.strength == 5 and extra.strength != 5:
        changes["strength"] = extra.strength
    return base.replace(**changes) if changes else base


def split_list(text: str) -> tuple[str, ...]:
    """Parse a comma- or semicolon-separated list as typed in a form."""
    parts = text.replace(";", ",").split(",")
    return tuple(part.strip() for part in parts if part.strip())


def sort_key(name: str) -> str:
    """A name reduced for ordering: case and accents ignored, so "Émile" sorts with "E".

    Only ordering uses this; searching stays accent-sensitive, because in many scripts
    a combining mark changes the word rather than decorating it.
    """
    if name.isascii():  # most names: nothing to decompose
        return name.casefold()
    # Word by word, because names share their words (given names, family names), and
    # an import of thousands of names needs each word's key once. Decomposing never
    # joins characters across a space, so the words' keys make the name's.
    return " ".join(map(_word_sort_key, name.split(" ")))


@lru_cache(maxsize=16384)
def _word_sort_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(filterfalse(unicodedata.combining, decomposed)).casefold()


def contact_from_mapping(data: Mapping[str, Any]) -> Contact:
    """Build a contact from loose data (JSON from the command line, a form, an import).

    Unknown keys are refused so that a typo ("compnay") is not silently dropped.
    """
    allowed = {f.name for f in dataclasses.fields(Contact)} | {"last_name"}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ValueError(f"Unknown contact field(s): {', '.join(unknown)}.")
    values = dict(data)
    last_name = str(values.pop("last_name", "") or "").strip()
    if not str(values.get("name", "") or "").strip():
        first = str(values.get("first_name", "") or "").strip()
        values["name"] = f"{first} {last_name}".strip()
    for key in ("shared_interests", "mutual_contacts"):
        if key in values:
            values[key] = _as_tuple(values[key])
    if "strength" in values:
        try:
            values["strength"] = int(values["strength"])
        except (TypeError, ValueError):
            raise ValueError("Relationship strength must be a whole number from 1 to 5.") from None
    if values.get("cadence_days") in ("", None):
        values["cadence_days"] = None
    else:
        try:
            values["cadence_days"] = int(values["cadence_days"])
        except (TypeError, ValueError):
            raise ValueError("Keep-in-touch days must be a whole number.") from None
    for key, value in list(values.items()):
        if key not in ("shared_interests", "mutual_contacts", "strength", "cadence_days", "id"):
            values[key] = "" if value is None else str(value)
    return Contact(**values)


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return split_list(value)
    if isinstance(value, Iterable):
        return tuple(str(item).strip() for item in value if str(item).strip())
    raise ValueError("Expected a list of names or interests.")
