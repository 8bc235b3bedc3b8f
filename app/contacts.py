"""Contacts: what the user knows about a person, and the fields templates can use."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import filterfalse
from typing import Any, Literal

from app.languages import LANGUAGES, REGISTERS, language_code
from app.sentences import QT_TRANSLATE_NOOP, SaidError

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


class ContactError(SaidError, ValueError):
    """Values no contact can have, said so that the window can say it in its language; a
    ValueError still, for the callers that catch one."""


NEEDS_NAME = QT_TRANSLATE_NOOP("ContactError", "A contact needs a name.")

# Fields any mail merge fills in: a message that personalises only with these is still
# generic. The checker relies on this list.
MAIL_MERGE_FIELDS: frozenset[str] = frozenset(
    {"name", "first_name", "last_name", "company", "title", "location", "industry"}
)


FieldKind = Literal["line", "text", "list", "choice", "number", "date"]


@dataclass(frozen=True)
class FieldInfo:
    """What one contact field is, for everything that shows, fills or reads it: its label
    in forms and dialogs, the kind of editor it takes, a hint shown in an empty editor, the
    column headers other programs write it under (reduced: lower case, letters and digits
    only), a value for trial renders, and whether templates see it as a variable."""

    name: str
    label: str
    kind: FieldKind = "line"
    hint: str = ""
    headers: tuple[str, ...] = ()
    example: Any = ""
    variable: bool = True


def _about(label: str, **info: Any) -> dict[str, Any]:
    """A field's FieldInfo, less its name, as dataclass field metadata."""
    return {"label": label, **info}


def _field(default: Any, label: str, **info: Any) -> Any:
    """A Contact field declared once: its default and everything in FieldInfo."""
    meta = _about(label, **info)
    if isinstance(default, tuple):
        return field(default_factory=tuple, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class Contact:
    """A person the user writes to. Empty strings and empty tuples mean "not known".

    Each field is declared once, here, with its FieldInfo; FIELDS, the labels, the template
    variables, the contact form, the CSV mapping and the example contact are derived from
    these declarations. Adding a field is one line here plus a store migration.
    """

    name: str = field(
        metadata=_about(
            "Name", example="Alex Example",
            headers=("fullname", "displayname", "contactname", "person", "fn"),
        )
    )  # fmt: skip
    first_name: str = _field(
        "", "First name", hint="Taken from the name when empty",
        headers=("givenname", "first", "forename", "given"),
    )  # fmt: skip
    company: str = _field(
        "", "Company", example="Example Ltd",
        headers=("organization", "organisation", "org", "employer", "companyname",
                 "currentcompany", "organizationname", "organization1name"),
    )  # fmt: skip
    title: str = _field(
        "", "Title", example="Engineer",
        headers=("jobtitle", "position", "role", "organizationtitle", "organization1title"),
    )  # fmt: skip
    location: str = _field(
        "", "Location", example="Lisbon",
        headers=("city", "town", "address", "homecity", "businesscity", "geolocation",
                 "address1city"),
    )  # fmt: skip
    industry: str = _field("", "Industry", example="Software")
    profile_url: str = _field(
        "", "Profile URL", example="https://www.linkedin.com/in/example",
        headers=("url", "profile", "linkedin", "linkedinurl", "linkedinprofile",
                 "linkedinprofileurl", "publicprofileurl", "website1value", "webpage"),
    )  # fmt: skip
    email: str = _field(
        "", "E-mail", example="alex@example.com",
        headers=("emailaddress", "mail", "email1value", "emailaddress1", "primaryemail"),
    )  # fmt: skip
    group: str = _field(
        "", "Group", kind="choice", example="Met once",
        headers=("category", "categories", "groups", "list", "labels", "groupmembership"),
    )  # fmt: skip
    strength: int = _field(
        5, "Relationship strength", kind="choice", example=3,
        headers=("relationshipstrength", "closeness"),
    )  # fmt: skip
    how_met: str = _field(
        "", "How you met", example="at a meetup", headers=("howwemet", "howyoumet"),
        hint="e.g. at PyCon Lisbon; on the payments team at Stripe",
    )  # fmt: skip
    met_when: str = _field(
        "", "When you met", example="last week", headers=("whenmet", "datemet", "whenwemet"),
        hint="e.g. last week; in March 2025",
    )  # fmt: skip
    introduced_by: str = _field(
        "", "Introduced by", example="Sam Lee",
        headers=("referredby", "introducer", "introduction"),
        hint="Who put you in touch (pick a contact or type a name)",
    )  # fmt: skip
    their_work: str = _field(
        "", "Their work that matters", kind="text", example="your article on testing",
        hint="Something they wrote or did that matters to you",
    )  # fmt: skip
    shared_interests: tuple[str, ...] = _field(
        (), "Shared interests", kind="list", example=("chess", "jazz", "hiking"),
        headers=("interests",), hint="Comma-separated, e.g. chess, climbing",
    )  # fmt: skip
    mutual_contacts: tuple[str, ...] = _field(
        (), "Mutual contacts", kind="list", example=("Sam Lee", "Kim Park"),
        headers=("mutualconnections", "mutuals"), hint="Comma-separated names",
    )  # fmt: skip
    notes: str = _field(
        "", "Notes", kind="text", example="Likes short messages.",
        headers=("note", "comments", "comment", "description"),
    )  # fmt: skip
    incoming_note: str = _field(
        "", "Their note to you", kind="text", example="Hi, I enjoyed your talk.",
        headers=("theirnote", "invitationmessage"),
        hint="The note they sent with their request",
    )  # fmt: skip
    # Days between interactions the user wants to keep to; None means no reminder.
    cadence_days: int | None = _field(
        None, "Keep in touch every (days)", kind="number", variable=False, example=None,
        headers=("cadence", "keepintouch", "keepintouchdays"),
    )  # fmt: skip
    # When the user and this person connected on LinkedIn (ISO date), from an import.
    connected_on: str = _field(
        "", "Connected on", kind="date", variable=False,
        headers=("connected", "connectiondate", "dateconnected"),
    )  # fmt: skip
    # The language to write to them in (app.languages); empty: the user's own.
    language: str = _field(
        "", "Language", variable=False, example="",
        headers=("preferredlanguage", "lang"), hint="en, de, fr, es or pt; empty: yours",
    )  # fmt: skip
    # How to address them where the language has two ways (Sie/du, vous/tu, usted/tú,
    # o senhor/você): "formal" or "informal"; empty: the user's default register setting.
    register: str = _field(
        "", "Form of address", variable=False, example="",
        headers=("formofaddress", "register"), hint="formal or informal; empty: your default",
    )  # fmt: skip
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ContactError(NEEDS_NAME())
        if self.strength not in STRENGTH_LABELS:
            raise ContactError(
                QT_TRANSLATE_NOOP(
                    "ContactError", "Relationship strength runs from 1 (close) to 5 (never met)."
                )()
            )
        if self.cadence_days is not None and not 1 <= self.cadence_days <= MAX_CADENCE_DAYS:
            raise ContactError(
                QT_TRANSLATE_NOOP(
                    "ContactError", "Keep in touch every 1 to {most} days, or leave it empty."
                )(most=MAX_CADENCE_DAYS)
            )
        if self.language and self.language not in LANGUAGES:
            raise ContactError(
                QT_TRANSLATE_NOOP(
                    "ContactError", "Language is one of {codes}, or empty for yours."
                )(codes=", ".join(LANGUAGES))
            )
        if self.register and self.register not in REGISTERS:
            raise ContactError(
                QT_TRANSLATE_NOOP(
                    "ContactError",
                    "Form of address is formal or informal, or empty for your default.",
                )()
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


# Not stored: templates and spreadsheets may name it, and it is taken from `name`.
_LAST_NAME = FieldInfo("last_name", "Last name", headers=("familyname", "surname", "last"))


def field_table(contact_type: type[Contact] = Contact) -> tuple[FieldInfo, ...]:
    """Every field of `contact_type` with its FieldInfo, in the order forms show them,
    `last_name` after `first_name`. A subclass that declares a field adds it everywhere."""
    table = [
        FieldInfo(name=f.name, **f.metadata) for f in dataclasses.fields(contact_type) if f.metadata
    ]
    at = next(i for i, info in enumerate(table) if info.name == "first_name") + 1
    return (*table[:at], _LAST_NAME, *table[at:])


FIELDS: tuple[FieldInfo, ...] = field_table()
FIELD_INFO: dict[str, FieldInfo] = {info.name: info for info in FIELDS}

# What each template variable means, in the order forms show them. Templates may use any
# of these names; `first_name` and `last_name` are derived from `name` when not set.
FIELD_LABELS: dict[str, str] = {info.name: info.label for info in FIELDS if info.variable}

CONTACT_FIELDS: frozenset[str] = frozenset(FIELD_LABELS)

# Someone with every field filled, for trial renders (an imported template, the editor).
EXAMPLE_CONTACT = Contact(
    **{
        info.name: info.example
        for info in FIELDS
        if info.name not in ("first_name", "last_name") and info.example not in ("", None)
    }
)


def template_fields(contact: Contact) -> dict[str, Any]:
    """The contact as template variables, with every empty field left out.

    Leaving empty fields out (rather than passing "" or None) is what lets the renderer
    report a field the template needs and the contact lacks, by name.
    """
    values: dict[str, Any] = {}
    table = FIELDS if type(contact) is Contact else field_table(type(contact))
    for info in table:
        if not info.variable:
            continue
        if info.name == "name":
            value: Any = contact.name.strip()
        elif info.name == "first_name":
            value = contact.given_name
        elif info.name == "last_name":
            value = contact.family_name
        else:
            value = getattr(contact, info.name)
            if isinstance(value, tuple):
                value = list(value)
        if not _is_empty(value):
            values[info.name] = _clean(value)
    return values


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
        raise ContactError(
            QT_TRANSLATE_NOOP("ContactError", "Unknown contact field(s): {fields}.")(
                fields=", ".join(unknown)
            )
        )
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
            raise ContactError(
                QT_TRANSLATE_NOOP(
                    "ContactError", "Relationship strength must be a whole number from 1 to 5."
                )()
            ) from None
    if values.get("cadence_days") in ("", None):
        values["cadence_days"] = None
    else:
        try:
            values["cadence_days"] = int(values["cadence_days"])
        except (TypeError, ValueError):
            raise ContactError(
                QT_TRANSLATE_NOOP("ContactError", "Keep-in-touch days must be a whole number.")()
            ) from None
    if "id" in values:
        values["id"] = _contact_id(values["id"])
    if values.get("language"):
        values["language"] = language_code(values["language"]) or str(values["language"])
    if values.get("register"):
        values["register"] = str(values["register"]).strip().lower()
    for key, value in list(values.items()):
        if key not in ("shared_interests", "mutual_contacts", "strength", "cadence_days", "id"):
            values[key] = "" if value is None else str(value)
    return Contact(**values)


def _contact_id(value: Any) -> int | None:
    """A stored contact's id as loose data gives it: none, or a whole number SQLite keeps."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63:
        return value
    raise ContactError(
        QT_TRANSLATE_NOOP("ContactError", "A contact's id must be a whole number from 1 up.")()
    )


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return split_list(value)
    if isinstance(value, Iterable):
        return tuple(str(item).strip() for item in value if str(item).strip())
    raise ContactError(
        QT_TRANSLATE_NOOP("ContactError", "Expected a list of names or interests.")()
    )
