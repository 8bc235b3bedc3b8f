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
_PREPOSITIONS = "at|in|on|by|near|outside|behind|inside|beside|under|after|during|before|next"
_SCENE = re.compile(
    rf"\b(?:{_PREPOSITIONS}|next to) the (?=((?:[a-z][a-z'-]* ){{0,2}}[a-z][a-z'-]*)\b)"
)
# A past moment of the writer's life: "when I was sick", "while we were in Lyon".
_PAST_MOMENT = re.compile(r"\b(?:when|while) (?:i|we) (?:was|were)\b")
# Where the noun phrase stops: a clause word (as in `patterns`), another preposition or
# a possessive.
_BREAKS = frozenset(
    f"{CLAUSE_WORDS}|{_PREPOSITIONS}|to|of|for|with|from|my|your|our|their".split("|")
)


def find_scenes(analysis: Analysis, recipient: Recipient) -> tuple[Signal, ...]:
    """Places and occasions named as known to both, and past moments of the writer's."""
    flat = analysis.flat
    found: list[Signal] = []
    for match in _SCENE.finditer(flat):
        words = _noun_phrase(match.group(1).split())
        if words and not any(_vague(word, recipient) for word in words):
            start = match.start()
            end = match.start(1) + len(" ".join(words))
            found.append(Signal("scene", *analysis.flat_span(start, end)))
    found += [Signal("date", *analysis.flat_span(*m.span())) for m in _PAST_MOMENT.finditer(flat)]
    return tuple(found)


def _noun_phrase(words: list[str]) -> list[str]:
    """The words up to the first that starts another phrase."""
    kept: list[str] = []
    for word in words:
        if word in _BREAKS:
            break
        kept.append(word)
    return kept


def _vague(word: str, recipient: Recipient) -> bool:
    bare = word.removesuffix("'s")
    return bare in _VAGUE or bare in PRAISE_WORDS or bare in recipient.merge_words
