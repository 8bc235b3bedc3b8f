"""Which template fits this person, and why, in a short line the composer shows.

The rules, strongest first (the first tier that has a fitting template wins):

1. They wrote to the user and nobody answered yet: the reply triage suggests
   (app/relationships/triage.py), "Rui wrote to you: reply".
2. Someone introduced them; or they are a former colleague.
3. The user met them (`how_met`); or knows a piece of their work (`their_work`).
4. They live in the user's area.

Within a tier, the template whose recorded invitations were accepted most often wins
(counted from the store's tallies, with one imagined acceptance and one refusal added so
that two sends out of two do not beat forty out of fifty); equal records keep the order
above. A contact that none of the rules fits gets the read-their-work invite, whose
missing detail is the question that makes a message personal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.contacts import Contact
from app.library.templates import TemplateLibrary
from app.relationships.places import Places
from app.relationships.triage import Suggestion, in_language
from app.settings import Settings
from app.store import Store

INTRODUCED = "invite-introduced-by"
FORMER_COLLEAGUE = "invite-former-colleague"
MET = "invite-met-at-event"
THEIR_WORK = "invite-read-their-work"
SAME_CITY = "invite-same-city"
FORMER_COLLEAGUES_GROUP = "former colleagues"
# The most of a contact's own words a reason quotes ("you met at PyData Lisbon"): a
# paragraph pasted into "their work" must not become a paragraph of reason.
QUOTED = 60

Triage = Callable[[Contact, str], Suggestion]


class Because(StrEnum):
    """Why a template fits this person, the rule that chose it."""

    WROTE_TO_YOU = "wrote_to_you"
    INTRODUCED = "introduced"
    FORMER_COLLEAGUE = "former_colleague"
    MET = "met"
    THEIR_WORK = "their_work"
    SAME_AREA = "same_area"
    CAUGHT_YOUR_EYE = "caught_your_eye"
    FIRST_TEMPLATE = "first_template"


@dataclass(frozen=True)
class Record:
    """How a template's invitations fared: accepted (replied ones included) of decided."""

    accepted: int
    decided: int

    @property
    def estimate(self) -> float:
        return (self.accepted + 1) / (self.decided + 2)


@dataclass(frozen=True)
class TemplateChoice:
    """A template for this person, why (`because`, with the contact's own words it quotes:
    who introduced them, how they met, their work, their place, or their given name), and
    whether it is a reply to a note they sent (the composer then shows the note beside the
    message). `record` is given when the template's record chose it among several that fit.
    `why` is the reason in English; the window words `because` itself."""

    template: str
    because: Because
    quoted: str = ""
    reply: bool = False
    record: Record | None = None

    @property
    def why(self) -> str:
        return because_text(self.because, self.quoted, self.record)


def because_text(because: Because, quoted: str, record: Record | None) -> str:
    """The reason in a few English words: "you met at PyData Lisbon"."""
    match because:
        case Because.WROTE_TO_YOU:
            why = f"{quoted} wrote to you: reply"
        case Because.INTRODUCED:
            why = f"introduced by {quoted}"
        case Because.FORMER_COLLEAGUE:
            why = "a former colleague"
        case Because.MET:
            why = f"you met {quoted}"
        case Because.THEIR_WORK:
            why = f"you know their work: {quoted}"
        case Because.SAME_AREA:
            why = f"you are both in {quoted}"
        case Because.CAUGHT_YOUR_EYE:
            why = f"say what of {quoted}'s caught your eye"
        case Because.FIRST_TEMPLATE:
            why = "the first template"
    if record is not None:
        why += f" (accepted {record.accepted} of {record.decided} times)"
    return why


def template_records(store: Store) -> dict[str, Record]:
    """Each template's invitations as the store's tallies count them (pending ones aside)."""
    rows = store.query(
        "SELECT template, outcome, sum(n) FROM tally_by_template WHERE kind = 'invite'"
        " AND outcome <> 'pending' GROUP BY template, outcome"
    )
    counts: dict[str, list[int]] = {}
    for template, outcome, count in rows:
        pair = counts.setdefault(template, [0, 0])
        pair[1] += count
        if outcome in ("accepted", "replied"):
            pair[0] += count
    return {name: Record(accepted, decided) for name, (accepted, decided) in counts.items()}


def choose_template(
    contact: Contact,
    *,
    library: TemplateLibrary,
    settings: Settings,
    triage: Triage,
    places: Places,
    answered: bool = False,
    records: Mapping[str, Record] | None = None,
) -> TemplateChoice | None:
    """The template to start `contact`'s message from, in the contact's language (else the
    user's) and form of address (else the user's default) where the library has it; None
    when the library has none.
    `answered`: a message to them was recorded already, so their note needs no reply."""
    who = contact.given_name
    language = contact.language or settings.my_language
    register = contact.register or settings.default_register

    def local(name: str) -> str:
        return _localised(library, name, language, register)

    if contact.incoming_note.strip() and not answered:
        answer = triage(contact, contact.incoming_note)
        if answer.template is not None and answer.template in library:
            reply = in_register(library, answer.template, register)
            return TemplateChoice(reply, Because.WROTE_TO_YOU, who, reply=True)
    tiers: list[list[TemplateChoice]] = [[], [], []]
    if contact.introduced_by.strip():
        tiers[0].append(
            TemplateChoice(INTRODUCED, Because.INTRODUCED, _short(contact.introduced_by))
        )
    if contact.group.strip().casefold() == FORMER_COLLEAGUES_GROUP:
        tiers[0].append(TemplateChoice(FORMER_COLLEAGUE, Because.FORMER_COLLEAGUE))
    if contact.how_met.strip():
        tiers[1].append(TemplateChoice(MET, Because.MET, _short(contact.how_met)))
    if contact.their_work.strip():
        tiers[1].append(TemplateChoice(THEIR_WORK, Because.THEIR_WORK, _short(contact.their_work)))
    mine = settings.my_location.strip()
    if mine and contact.location.strip() and places.same_area(mine, contact.location):
        tiers[2].append(TemplateChoice(SAME_CITY, Because.SAME_AREA, _short(contact.location)))
    for tier in tiers:
        fitting = [
            dataclasses.replace(choice, template=local(choice.template))
            for choice in tier
            if local(choice.template) in library
        ]
        if fitting:
            return _best(fitting, records or {})
    if local(THEIR_WORK) in library:
        return TemplateChoice(local(THEIR_WORK), Because.CAUGHT_YOUR_EYE, who)
    first = starting_template(library, settings)
    return TemplateChoice(first, Because.FIRST_TEMPLATE) if first else None


def _localised(library: TemplateLibrary, name: str, language: str, register: str) -> str:
    """The built-in template `name` in `language` and `register` where the library has
    that version, else `name`."""
    translated = in_language(name, language)
    if not translated or translated not in library:
        return name
    return in_register(library, translated, register)


def in_register(library: TemplateLibrary, name: str, register: str) -> str:
    """`name` ("invite-met-at-event.de"), or its version in `register` ("formal",
    "informal"): a template named after it ("invite-met-at-event.de.du") whose front matter
    says that register. `name` itself when it is in that register, says none, or has no
    such version."""
    if library.get(name).register in (None, register):
        return name
    versions = (t for t in library.templates if t.name.startswith(name + "."))
    return next((t.name for t in versions if t.register == register), name)


def starting_template(library: TemplateLibrary, settings: Settings) -> str | None:
    """The template shown before anyone is picked: the read-their-work invite, the one
    that asks for what makes a note personal, in the user's language and default form of
    address; the first of the library without it."""
    if THEIR_WORK in library:
        return _localised(library, THEIR_WORK, settings.my_language, settings.default_register)
    return library.templates[0].name if library.templates else None


def _short(value: str) -> str:
    """A contact's words quoted in the reason, cut to keep the reason one short line."""
    words = " ".join(value.split())
    return words if len(words) <= QUOTED else words[: QUOTED - 1].rstrip() + "…"


def _best(fitting: list[TemplateChoice], records: Mapping[str, Record]) -> TemplateChoice:
    unknown = Record(0, 0)
    ranked = sorted(
        enumerate(fitting),
        key=lambda item: (-records.get(item[1].template, unknown).estimate, item[0]),
    )
    choice = ranked[0][1]
    record = records.get(choice.template)
    if len(fitting) > 1 and record is not None and record.decided and ranked[0][0] != 0:
        return dataclasses.replace(choice, record=record)
    return choice
