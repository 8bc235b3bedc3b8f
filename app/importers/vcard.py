"""Importing vCard files, as Google Contacts, Apple Contacts and phones export them.

Read into a contact: the name (FN, else N), the first name (N's given name), company
(ORG), title (TITLE), e-mail (EMAIL, the preferred one first), location (the city,
region and country of ADR), notes (NOTE), and the LinkedIn profile from X-SOCIALPROFILE
or a URL (Apple groups a URL with its label as `item1.URL` + `item1.X-ABLabel`).

A card that cannot be read (a line that is not vCard syntax, a value that is not text)
is left out and listed with its line, and the others imported; a file none of whose
cards can be read is refused. A group card (`KIND:group` in 4.0, Apple's
`X-ADDRESSBOOKSERVER-KIND:group`) names a list of people, not a person: left out too.
"""

from __future__ import annotations

from pathlib import Path

from app.contacts import Contact
from app.importers.errors import ImportFileError
from app.importers.files import SourceText, read_text_file
from app.importers.plan import Candidate, ImportPlan, ImportSummary
from app.importers.progress import Cancel, Progress, ProgressCallback
from app.importers.table import SkippedRow
from app.importers.vcard_syntax import Card, Property, read_cards, structured_value, text_value
from app.importers.writer import write_plan
from app.profile_urls import profile_key
from app.sentences import QT_TRANSLATE_NOOP
from app.store import Store
from app.store.rows import NewContact


def import_vcard(
    store: Store,
    path: Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: Cancel | None = None,
) -> ImportSummary:
    """Import every card in the vCard file at `path` as a contact, in one transaction."""
    source = read_text_file(path)
    cards = read_cards(source.name, source.text)
    tracker = Progress(2 * len(cards), progress, cancel)
    plan = ImportPlan(source.name)
    broken: list[ImportFileError] = []
    for number, card in enumerate(cards, start=1):
        tracker.at(number)
        try:
            if card.problem is not None:
                raise card.problem
            contact = None if _is_group(card) else card_contact(source, card)
        except ImportFileError as error:
            broken.append(error)
            plan.skipped.append(SkippedRow(source.name, error.line or card.line, error.problem))
            continue
        if contact is not None:
            plan.add_candidate(Candidate(NewContact.of(contact), source.name, card.line))
        elif _is_group(card):
            group = _text(source.name, card.first("FN"))
            reason = (
                QT_TRANSLATE_NOOP("SkippedRow", "a group card (“{group}”), not a person")(
                    group=group
                )
                if group
                else QT_TRANSLATE_NOOP("SkippedRow", "a group card")()
            )
            plan.skipped.append(SkippedRow(source.name, card.line, reason))
        else:
            plan.skipped.append(
                SkippedRow(
                    source.name,
                    card.line,
                    QT_TRANSLATE_NOOP("SkippedRow", "the card has no name")(),
                )
            )
    if broken and len(broken) == len(cards):
        raise broken[0]
    return write_plan(store, plan, tracker)


def _is_group(card: Card) -> bool:
    kinds = [*card.all("KIND"), *card.all("X-ADDRESSBOOKSERVER-KIND")]
    return any(prop.value.strip().casefold() == "group" for prop in kinds)


def card_contact(source: SourceText, card: Card) -> Contact | None:
    """The contact a card describes; None when it names nobody."""
    name = source.name
    n = _structured(name, card.first("N"))
    family, given, additional = [*n, "", "", ""][:3]
    org = _structured(name, card.first("ORG"))
    company = org[0].strip() if org else ""
    full = _text(name, card.first("FN")) or " ".join((given, additional, family))
    full = " ".join(full.split()) or company
    if not full:
        return None
    address = _structured(name, _preferred(card.all("ADR")))
    place = [address[i].strip() for i in (3, 4, 6) if i < len(address)]
    return Contact(
        name=full,
        first_name=given.strip(),
        company=company,
        title=_text(name, card.first("TITLE")),
        location=", ".join(part for part in place if part),
        email=_text(name, _preferred(card.all("EMAIL"))),
        profile_url=_linkedin(name, card),
        notes="\n".join(_text(name, note) for note in card.all("NOTE")).strip(),
    )


def _linkedin(name: str, card: Card) -> str:
    """The LinkedIn profile address the card gives, if any."""
    labels = {
        prop.group: (_text(name, prop) or "").casefold()
        for prop in card.all("X-ABLABEL")
        if prop.group
    }
    for prop in card.all("X-SOCIALPROFILE"):
        value = _text(name, prop)
        if "linkedin.com" in value.casefold():
            return value
        user = (prop.param("X-USER") or [""])[0]
        if prop.has_type("linkedin") and user:
            return f"https://www.linkedin.com/in/{user}"
    for prop in card.all("URL"):
        value = _text(name, prop)
        said = prop.has_type("linkedin") or "linkedin" in labels.get(prop.group, "")
        if "linkedin.com" in value.casefold() or (said and profile_key(value)):
            return value
    return ""


def _preferred(properties: list[Property]) -> Property | None:
    """The one marked preferred (TYPE=pref in 3.0, PREF=1 in 4.0), else the first."""
    for prop in properties:
        if prop.has_type("pref") or prop.param("PREF") == ["1"]:
            return prop
    return properties[0] if properties else None


def _text(name: str, prop: Property | None) -> str:
    if prop is None:
        return ""
    return (text_value(name, prop) or "").strip()


def _structured(name: str, prop: Property | None) -> list[str]:
    if prop is None:
        return []
    return structured_value(name, prop) or []
