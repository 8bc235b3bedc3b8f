"""What to do with an incoming connection request, and why, in words a person reads.

Deliberate networkers answer a request the way they would in person: someone they know is
accepted and thanked; a recruiter is accepted; a stranger who wrote a personal note gets a
reply (an invitation to follow, or a coffee when they live nearby); a stranger with a stock
note, or none, is declined without a reply. Who counts as known, which titles mark a
recruiter and whether to offer coffee are the user's settings.

When several rules apply, the first of these wins:

1. Known (a group the user counts as known, or strength at or closer than the threshold):
   accept and thank, whatever the note. A stock note from a friend is still a friend.
2. Recruiter (a recruiter word in the title, or the group "Recruiters"): accept. No reply
   is needed, so a personal note from a recruiter changes nothing but the reasons.
3. A stranger's note written for the user: a reply. The checker reads it with the user as
   the reader (app/checker/note_reading.py): a note that mentions the user's post, talk,
   panel, podcast, article, project or city, or a meeting, is personal; a sales pitch is
   not, however specific it sounds. Coffee only when coffee is on and
   both locations name the same area; an unset or unreadable location on either side
   ("Remote", "Canada", nothing) gives the follow reply, since a coffee offer to someone
   who may live far away reads as a form letter.
4. A stranger with a stock note, or an empty or blank one: decline without a reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from app.checker import Checker
from app.checker.note_reading import read_note
from app.contacts import STRENGTH_LABELS, Contact
from app.languages import DEFAULT_LANGUAGE
from app.relationships.places import Places, shipped_places
from app.settings import Settings
from app.store import RequestAction

# The store records what the user did with a request in the same five words.
Action = RequestAction

# The built-in templates (templates/) each reply is drafted from; None: no message.
TEMPLATES: dict[Action, str | None] = {
    Action.ACCEPT_AND_THANK: "thanks-for-connecting",
    Action.ACCEPT: None,
    Action.REPLY_COFFEE: "decline-offer-coffee",
    Action.REPLY_FOLLOW: "decline-follow-instead",
    Action.DECLINE: None,
}

LABELS: dict[Action, str] = {
    Action.ACCEPT_AND_THANK: "Accept and send a thank-you note",
    Action.ACCEPT: "Accept",
    Action.REPLY_COFFEE: "Reply and offer a coffee",
    Action.REPLY_FOLLOW: "Reply and invite them to follow you",
    Action.DECLINE: "Decline without a reply",
}

RECRUITER_GROUP = "Recruiters"
NoteKind = Literal["none", "stock", "personal"]
# Long enough to recognise the note in a list of reasons, short enough to stay one line.
_QUOTE_LENGTH = 70


@dataclass(frozen=True)
class Suggestion:
    action: Action
    reasons: tuple[str, ...]
    template: str | None
    # The language to answer in (app.languages): the template is the one in it.
    language: str = "en"

    @property
    def label(self) -> str:
        return LABELS[self.action]

    def to_json(self) -> dict[str, Any]:
        return {
            "action": str(self.action),
            "reasons": list(self.reasons),
            "template": self.template,
            "lang": self.language,
        }


def suggest(
    contact: Contact,
    note: str,
    settings: Settings,
    checker: Checker,
    places: Places | None = None,
    language: str | None = None,
) -> Suggestion:
    """The suggested answer to `contact`'s request carrying `note` (pass the contact's
    `incoming_note` when that is where it is kept). `places` defaults to the shipped lists.
    The reply is in `language`, else the contact's, else the note's, else the user's."""
    who = contact.given_name
    note_kind, note_reason, note_language = _read_note(who, note, settings, checker)
    answer = language or contact.language or note_language or settings.my_language

    def _suggestion(action: Action, reasons: list[str]) -> Suggestion:
        return Suggestion(action, tuple(reasons), in_language(TEMPLATES[action], answer), answer)

    known = _known(contact, settings)
    if known:
        reasons = [*known, note_reason]
        if note_kind == "stock":
            reasons.append("A stock note is no reason to hold back with someone you know.")
        return _suggestion(Action.ACCEPT_AND_THANK, reasons)
    recruiter = _recruiter(contact, settings)
    if recruiter:
        reasons = [recruiter, "Accepting recruiters costs nothing and keeps offers coming."]
        if note_kind == "personal":
            reasons += [note_reason, "Accepting is answer enough; write back if you want to."]
        return _suggestion(Action.ACCEPT, reasons)
    stranger = _stranger(contact)
    if note_kind != "personal":
        closing = "You keep your network to people you know, and nothing here calls for a reply."
        return _suggestion(Action.DECLINE, [stranger, note_reason, closing])
    reasons = [
        stranger,
        note_reason,
        f"A note written for you deserves an answer, even if you do not connect with {who}.",
    ]
    coffee, where = _coffee(contact, settings, places or shipped_places())
    return _suggestion(Action.REPLY_COFFEE if coffee else Action.REPLY_FOLLOW, [*reasons, where])


def in_language(template: str | None, language: str) -> str | None:
    """The built-in template's name in `language`: "thanks-for-connecting.de"."""
    if template is None or language == DEFAULT_LANGUAGE:
        return template
    return f"{template}.{language}"


def _same(first: str, second: str) -> bool:
    return first.strip().casefold() == second.strip().casefold()


def _known(contact: Contact, settings: Settings) -> list[str]:
    """Why the user knows this person; empty when they do not."""
    who = contact.given_name
    reasons = []
    if contact.group.strip() and any(_same(contact.group, g) for g in settings.known_groups):
        reasons.append(f"You marked {who} as {contact.group.strip()}.")
    if contact.strength <= settings.known_strength:
        reasons.append(
            f"You rated {who} {contact.strength}, {STRENGTH_LABELS[contact.strength]}; "
            f"you count {_up_to(settings.known_strength)} as people you know."
        )
    return reasons


def _up_to(strength: int) -> str:
    return "1" if strength == 1 else f"1 to {strength}"


def _stranger(contact: Contact) -> str:
    who = contact.given_name
    # 5 is every contact's strength until the user rates them: not a rating to quote.
    if contact.strength == 5:
        rated = "nothing says you have met them"
    else:
        rated = f"you rated them {contact.strength}, {STRENGTH_LABELS[contact.strength]}"
    if contact.group.strip():
        return (
            f"You marked {who} as {contact.group.strip()}, not a group you count as known, "
            f"and {rated}."
        )
    return f"{who} is in none of your groups, and {rated}."


def _recruiter(contact: Contact, settings: Settings) -> str:
    """Why this person is a recruiter; empty when they are not."""
    who = contact.given_name
    if _same(contact.group, RECRUITER_GROUP):
        return f"You marked {who} as {contact.group.strip()}."
    for word in settings.recruiter_words:
        if word.strip() and _mentions(contact.title, word):
            return f"{who}'s title, “{contact.title.strip()}”, marks a recruiter."
    return ""


def _mentions(title: str, word: str) -> bool:
    """Whether `word` is in `title` as whole words: "sourcer", not "outsourcer"."""
    phrase = r"\s+".join(re.escape(part) for part in word.split())
    return re.search(rf"(?<!\w){phrase}(?!\w)", title, re.IGNORECASE) is not None


def _read_note(
    who: str, note: str, settings: Settings, checker: Checker
) -> tuple[NoteKind, str, str | None]:
    """The note as "none", "stock" or "personal", a sentence saying so, and the language
    it is written in (None without a note)."""
    if not note.strip():
        return "none", f"{who} sent no note.", None
    reading = read_note(checker, note, settings.my_name, settings.my_location)
    kind: NoteKind
    if reading.personal:
        kind, says = "personal", "reads as written for you"
        if reading.cues:
            says += f" (it mentions {_listed(reading.cues)})"
    elif reading.pitch:
        kind, says = "stock", "is a sales pitch, however specific it sounds"
    elif any(finding.code == "boilerplate" for finding in reading.report.findings):
        kind, says = "stock", "is stock text that could have gone to anyone"
    else:
        kind, says = "stock", "says nothing about you in particular"
    return kind, f"{who}'s note {says}: {_quoted(note)}", reading.report.language


def _listed(cues: tuple[str, ...]) -> str:
    return cues[0] if len(cues) == 1 else ", ".join(cues[:-1]) + " and " + cues[-1]


def _quoted(text: str) -> str:
    """The text in quotation marks on one line, cut at a word near `_QUOTE_LENGTH`
    characters, as the end of a sentence."""
    flat = " ".join(text.split())
    if len(flat) > _QUOTE_LENGTH:
        cut = flat[:_QUOTE_LENGTH].rsplit(" ", 1)[0] or flat[:_QUOTE_LENGTH]
        flat = cut.rstrip(",;:") + "…"
    return f"“{flat}”" + ("" if flat.endswith((".", "!", "?", "…")) else ".")


def _coffee(contact: Contact, settings: Settings, places: Places) -> tuple[bool, str]:
    """Whether to offer a coffee, and the sentence that says why or why not."""
    who = contact.given_name
    follow = f"so the reply invites {who} to follow you."
    if not settings.offer_coffee:
        return False, f"Coffee offers are off in your settings, {follow}"
    mine, theirs = settings.my_location.strip(), contact.location.strip()
    if not mine:
        return False, f"Your own location is not set: Rapport cannot tell who is near you, {follow}"
    if not places.read(mine).precise:
        return False, f"Your location, “{mine}”, does not name a city or area, {follow}"
    if not theirs:
        return False, f"{who}'s location is not known, {follow}"
    if not places.read(theirs).precise:
        return False, f"{who}'s location, “{theirs}”, does not name a city or area, {follow}"
    if places.same_area(mine, theirs):
        return True, f"{who} is in {theirs}, near you ({mine}), so the reply offers a coffee."
    return False, f"{who} is in {theirs}, not near you ({mine}), {follow}"
