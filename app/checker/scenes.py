"""Where and when something happened, told in everyday words: "in the queue at the bank",
"on the night shift", "after the game", "when I was sick".

Uncommon words are the checker's main sign that the writer knows something particular,
but people who know each other write plainly: a queue, a bank and a warehouse are
frequent words, yet "at the bank" places a moment as no mail merge can. A place or an
event named with "the", as if the reader knew which one, is such a scene; one that is a
field of work or a moment of courtesy ("in the healthcare space", "at the event", "in
the meantime") is not, and neither is the reader's own company, title or town.
"""

from __future__ import annotations

import re

from app.checker.patterns import CLAUSE_WORDS, PRAISE_WORDS
from app.checker.recipient import Recipient
from app.checker.signals import Signal
from app.checker.text import Analysis

# Nouns and adjectives that name a line of work, a courtesy or no place in particular:
# "the music industry", "the right people", "the years to come"; and the trade events
# that a mail merge follows up on by the hundred ("at the conference", "the webinar").
_VAGUE = frozenset(
    {"industry", "industries", "space", "sector", "field", "world", "scene", "market"}
    | {"community", "network", "area", "areas", "ecosystem", "landscape", "domain", "arena"}
    | {"conference", "summit", "webinar", "meetup", "expo", "fair", "forum", "seminar"}
    | {"session", "keynote", "networking", "event", "events", "future", "past", "meantime"}
    | {"moment", "end", "top", "way"}
    | {"years", "year", "months", "month", "weeks", "week", "days", "day", "time", "times"}
    | {"same", "latest", "right", "best", "next", "other", "whole", "new", "first", "last"}
    | {"loop", "know", "lookout", "process", "pipeline", "chance", "opportunity", "role"}
    | {"position", "job", "company", "team", "business", "platform", "linkedin", "site"}
    | {"inbox", "region", "country", "city", "town", "office", "organisation"}
    | {"organization", "department", "group", "people", "person", "professionals", "lines"}
    | {"fact", "hope", "spirit", "mood", "interest", "sense", "idea", "ideas", "topic"}
    | {"project", "projects", "work", "north", "south", "east", "west", "side", "front"}
    # Where people talk when they have not met: "on the phone", "on the call".
    | {"phone", "call", "calls", "line", "email", "video", "zoom", "chat", "thread"}
    # Praise says how the writer feels, not where: "the big projects", "the great session".
    | {"big", "great", "amazing", "exciting", "interesting", "important", "huge", "good"}
    | {"wonderful", "fantastic", "incredible", "inspiring", "impressive", "recent"}
)
# A place or an occasion: a preposition, "the", and up to three words of a noun phrase.
_PREPOSITIONS = frozenset(
    {"at", "in", "on", "by", "near", "outside", "behind", "inside", "beside", "under"}
    | {"after", "during", "before"}
)
_PHRASE_WORDS = 3
# A past moment of the writer's life: "when I was sick", "while we were in Lyon".
_PAST_MOMENT = re.compile(r"\b(?:when|while) (?:i|we) (?:was|were)\b")
# Where the noun phrase stops: a clause word (as in `patterns`), another preposition, a
# possessive, or punctuation.
_BREAKS = (
    frozenset(CLAUSE_WORDS.split("|"))
    | _PREPOSITIONS
    | {"next", "to", "of", "for", "with", "from", "my", "your", "our", "their"}
)
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]\"\n]")


def find_scenes(analysis: Analysis, recipient: Recipient) -> tuple[Signal, ...]:
    """Places and occasions named as known to both, and past moments of the writer's."""
    words = analysis.words
    found: list[Signal] = []
    for index in range(len(words) - 2):
        if words[index + 1].lower != "the" or not _opens_scene(analysis, index):
            continue
        last = index + 1
        while last + 1 < len(words) and last - index - 1 < _PHRASE_WORDS:
            if words[last + 1].lower in _BREAKS or _pause_before(analysis, last + 1):
                break
            last += 1
        phrase = words[index + 2 : last + 1]
        if phrase and not any(_vague(word.lower, recipient) for word in phrase):
            start = words[index - 1].start if words[index].lower == "to" else words[index].start
            found.append(Signal("scene", start, words[last].end))
    flat = analysis.flat
    found += [Signal("date", *analysis.flat_span(*m.span())) for m in _PAST_MOMENT.finditer(flat)]
    return tuple(found)


def _opens_scene(analysis: Analysis, index: int) -> bool:
    """Whether word `index` is a preposition of place or time ("at", "next to") that runs
    on into "the"."""
    words = analysis.words
    lower = words[index].lower
    if lower == "to":
        if index == 0 or words[index - 1].lower != "next":
            return False
    elif lower not in _PREPOSITIONS:
        return False
    return not _pause_before(analysis, index + 1)


def _pause_before(analysis: Analysis, index: int) -> bool:
    words = analysis.words
    return bool(_PUNCTUATION.search(analysis.plain, words[index - 1].end, words[index].start))


def _vague(word: str, recipient: Recipient) -> bool:
    bare = word.removesuffix("'s")
    return bare in _VAGUE or bare in PRAISE_WORDS or bare in recipient.merge_words
