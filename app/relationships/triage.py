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
from typing import TYPE_CHECKING, Any, Literal

from app.contacts import DEFAULT_GROUPS, Contact
from app.languages import DEFAULT_LANGUAGE
from app.message_catalog import say
from app.relationships.places import Places, shipped_places
from app.settings import Settings
from app.store import RequestAction

if TYPE_CHECKING:
    from app.checker import Checker

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
    explain_in: str | None = None,
) -> Suggestion:
    """The suggested answer to `contact`'s request carrying `note` (pass the contact's
    `incoming_note` when that is where it is kept). `places` defaults to the shipped lists.
    The reply is in `language`, else the contact's, else the note's, else the user's; so
    are the reasons, unless `explain_in` names the language the user reads them in (the
    window's)."""
    reading = _read_note(note, settings, checker)
    answer = language or contact.language or reading.language or settings.my_language
    why = _Reasons(contact, explain_in or answer)

    def _suggestion(action: Action, reasons: list[str]) -> Suggestion:
        return Suggestion(action, tuple(reasons), in_language(TEMPLATES[action], answer), answer)

    note_reason = why.note(reading)
    known = why.known(settings)
    if known:
        reasons = [*known, note_reason]
        if reading.kind == "stock":
            reasons.append(why.say("stock_from_known"))
        return _suggestion(Action.ACCEPT_AND_THANK, reasons)
    recruiter = why.recruiter(settings)
    if recruiter:
        reasons = [recruiter, why.say("recruiter_costs_nothing")]
        if reading.kind == "personal":
            reasons += [note_reason, why.say("recruiter_no_reply_needed")]
        return _suggestion(Action.ACCEPT, reasons)
    stranger = why.stranger()
    if reading.kind != "personal":
        return _suggestion(Action.DECLINE, [stranger, note_reason, why.say("decline_closing")])
    reasons = [stranger, note_reason, why.say("deserves_answer")]
    coffee, where = why.coffee(settings, places or shipped_places())
    return _suggestion(Action.REPLY_COFFEE if coffee else Action.REPLY_FOLLOW, [*reasons, where])


def in_language(template: str | None, language: str) -> str | None:
    """The built-in template's name in `language`: "thanks-for-connecting.de"."""
    if template is None or language == DEFAULT_LANGUAGE:
        return template
    return f"{template}.{language}"


@dataclass(frozen=True)
class _NoteReading:
    """The note as "none", "stock" or "personal", with what the checker read in it: its
    cues ("your post"), whether it pitches, whether it is stock text, and its language
    (None without a note)."""

    kind: NoteKind
    text: str
    cues: tuple[str, ...] = ()
    pitch: bool = False
    boilerplate: bool = False
    language: str | None = None


def _read_note(note: str, settings: Settings, checker: Checker) -> _NoteReading:
    if not note.strip():
        return _NoteReading("none", note)
    # Imported with the first note read: the window imports this module for the composer's
    # suggestion, and the checker's patterns would add a tenth of a second to its start.
    from app.checker.note_reading import read_note

    reading = read_note(checker, note, settings.my_name, settings.my_location)
    stock = any(finding.code == "boilerplate" for finding in reading.report.findings)
    kind: NoteKind = "personal" if reading.personal else "stock"
    return _NoteReading(kind, note, reading.cues, reading.pitch, stock, reading.report.language)


class _Reasons:
    """The sentences that explain a suggestion about `contact`, in `language`."""

    def __init__(self, contact: Contact, language: str) -> None:
        self.contact = contact
        self.language = language
        self.who = contact.given_name

    def say(self, key: str, **values: object) -> str:
        return say(self.language, f"triage.{key}", who=self.who, **values)

    def group(self) -> str:
        """The contact's group as this language names it: Rapport's own groups, stored in
        English, translated; the user's own as they wrote them."""
        group = self.contact.group.strip()
        if group in DEFAULT_GROUPS:
            return self.say("group_" + group.lower().replace(" ", "_"))
        return group

    def known(self, settings: Settings) -> list[str]:
        """Why the user knows this person; empty when they do not."""
        contact = self.contact
        reasons = []
        if contact.group.strip() and any(_same(contact.group, g) for g in settings.known_groups):
            reasons.append(self.say("marked_as", group=self.group()))
        if contact.strength <= settings.known_strength:
            threshold = settings.known_strength
            known = (
                self.say("known_one")
                if threshold == 1
                else self.say("known_range", strength=threshold)
            )
            reasons.append(
                self.say(
                    "rated_known",
                    strength=contact.strength,
                    strength_label=self.say(f"strength_{contact.strength}"),
                    known=known,
                )
            )
        return reasons

    def stranger(self) -> str:
        contact = self.contact
        # 5 is every contact's strength until the user rates them: not a rating to quote.
        if contact.strength == 5:
            rated = self.say("never_met")
        else:
            label = self.say(f"strength_{contact.strength}")
            rated = self.say("rated_stranger", strength=contact.strength, strength_label=label)
        if contact.group.strip():
            return self.say("stranger_in_group", group=self.group(), rated=rated)
        return self.say("stranger_no_group", rated=rated)

    def recruiter(self, settings: Settings) -> str:
        """Why this person is a recruiter; empty when they are not."""
        contact = self.contact
        if _same(contact.group, RECRUITER_GROUP):
            return self.say("marked_as", group=self.group())
        for word in settings.recruiter_words:
            if word.strip() and _mentions(contact.title, word):
                return self.say("recruiter_title", title=self.quoted(contact.title.strip()))
        return ""

    def note(self, reading: _NoteReading) -> str:
        """A sentence saying what the note is, quoting it."""
        if reading.kind == "none":
            return self.say("no_note")
        flat = _shortened(reading.text)
        # The quotation ends the sentence: a full stop after it unless it has its own.
        quote = self.quoted(flat) + ("" if flat.endswith((".", "!", "?", "…")) else ".")
        if reading.kind == "personal":
            if reading.cues:
                cues = self.listed([self.cue(cue) for cue in reading.cues])
                return self.say("note_for_you_mentions", cues=cues, quote=quote)
            return self.say("note_for_you", quote=quote)
        if reading.pitch:
            return self.say("note_pitch", quote=quote)
        if reading.boilerplate:
            return self.say("note_stock", quote=quote)
        return self.say("note_nothing_personal", quote=quote)

    def cue(self, cue: str) -> str:
        """A cue of app.checker.note_reading ("your post", "a meeting", "your city") in
        this language; a piece of work is quoted as the note names it."""
        if cue == "a meeting":
            return self.say("cue_meeting")
        if cue == "your city":
            return self.say("cue_city")
        return self.say("cue_work", work=cue.removeprefix("your "))

    def coffee(self, settings: Settings, places: Places) -> tuple[bool, str]:
        """Whether to offer a coffee, and the sentence that says why or why not."""
        follow = self.say("follow_instead")
        if not settings.offer_coffee:
            return False, self.say("coffee_off", follow=follow)
        mine, theirs = settings.my_location.strip(), self.contact.location.strip()
        if not mine:
            return False, self.say("my_location_unset", follow=follow)
        if not places.read(mine).precise:
            return False, self.say("my_location_vague", mine=self.quoted(mine), follow=follow)
        if not theirs:
            return False, self.say("their_location_unset", follow=follow)
        if not places.read(theirs).precise:
            quoted = self.quoted(theirs)
            return False, self.say("their_location_vague", theirs=quoted, follow=follow)
        if places.same_area(mine, theirs):
            return True, self.say("near_you", theirs=theirs, mine=mine)
        return False, self.say("not_near_you", theirs=theirs, mine=mine, follow=follow)

    def quoted(self, text: str) -> str:
        return self.say("quote", text=text)

    def listed(self, items: list[str]) -> str:
        if len(items) == 1:
            return items[0]
        return ", ".join(items[:-1]) + self.say("and") + items[-1]


def _same(first: str, second: str) -> bool:
    return first.strip().casefold() == second.strip().casefold()


def _mentions(title: str, word: str) -> bool:
    """Whether `word` is in `title` as whole words: "sourcer", not "outsourcer"."""
    phrase = r"\s+".join(re.escape(part) for part in word.split())
    return re.search(rf"(?<!\w){phrase}(?!\w)", title, re.IGNORECASE) is not None


def _shortened(text: str) -> str:
    """The text on one line, cut at a word near `_QUOTE_LENGTH` characters, ending as a
    sentence does."""
    flat = " ".join(text.split())
    if len(flat) > _QUOTE_LENGTH:
        cut = flat[:_QUOTE_LENGTH].rsplit(" ", 1)[0] or flat[:_QUOTE_LENGTH]
        flat = cut.rstrip(",;:") + "…"
    return flat
