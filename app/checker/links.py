"""How a message ties the writer to the reader: a moment they shared, something of theirs
the writer refers to, an offer, a pointed question, an answer to what they wrote.

`details.py` finds the specific things a message mentions; this module finds how they are
put to the reader. The patterns live in `patterns.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from app.checker import patterns
from app.checker.details import Details
from app.checker.signals import Signal
from app.checker.spans import Positions
from app.checker.text import Analysis

_REFERENCE_STARTS = frozenset({"your", "the", "that", "those", "same"})
# Words that end the phrase a reference word opens: verbs, conjunctions, pronouns.
_PHRASE_BREAKS = frozenset(patterns.CLAUSE_WORDS.split("|"))
# A noun phrase rarely runs longer: "your talk to the Norwich actuarial society on ...".
_PHRASE_LENGTH = 9
# How far after a name its verb may come: "Ewa on my team built ...".
_STORY_REACH = 4
_PUNCTUATION = re.compile(r"[,.;:!?()\[\]\"]")


def find_links(analysis: Analysis, details: Details) -> tuple[Signal, ...]:
    shared = _matches(analysis, patterns.SHARED, "shared")
    signals = list(shared)
    signals += _matches(analysis, patterns.OFFER, "offer")
    signals += _matches(analysis, patterns.STORY, "story")
    signals += _matches(analysis, patterns.KIN, "story")
    # A thing of theirs that worked for the writer is theirs, and its deed a story.
    theirs = _matches(analysis, patterns.THEIRS_DID, "theirs")
    signals += theirs + [Signal("story", s.start, s.end) for s in theirs]
    signals += _named_stories(analysis, details)
    signals += _together(analysis, details, Positions(signal.start for signal in shared))
    signals += _terms(analysis, details)
    signals += _replies(analysis, details)
    signals += _thanks(analysis, details)
    signals += _references(analysis, details)
    signals += _pointed_questions(analysis, details)
    return tuple(signals)


def _matches(analysis: Analysis, pattern: re.Pattern[str], kind: str) -> list[Signal]:
    return [Signal(kind, *analysis.flat_span(*m.span())) for m in pattern.finditer(analysis.flat)]


def _named_stories(analysis: Analysis, details: Details) -> list[Signal]:
    """A named person's or thing's past deed: "Ewa on my team built our attrition model"."""
    found: list[Signal] = []
    words = analysis.words
    for name in details.names:
        first = analysis.word_at(name.end - 1) + 1
        for index in range(first, min(first + _STORY_REACH, len(words))):
            if _breaks_phrase(analysis, index):
                break
            if patterns.PAST_WORD.fullmatch(words[index].lower):
                found.append(Signal("story", name.start, words[index].end))
                break
    return found


def _together(analysis: Analysis, details: Details, shared: Positions) -> list[Signal]:
    """Something done with the reader, where the rest of its sentence holds a detail
    other than a day; once, where no shared moment (at `shared`) is already seen."""
    found: list[Signal] = []
    placed = _placed(details)
    firsts = [sentence.first for sentence in analysis.sentences]
    for match in _matches(analysis, patterns.TOGETHER_AT, "shared"):
        if shared.any_between(match.start, match.end):
            continue
        _, end = _sentence_span(analysis, firsts, match.end - 1)
        if placed.any_between(match.end, end):
            found.append(Signal("shared", match.start, end))
    return found


def _terms(analysis: Analysis, details: Details) -> list[Signal]:
    """The writer's own terms in a sentence that names a detail other than a day: one
    per sentence."""
    found: list[Signal] = []
    placed = _placed(details)
    firsts = [sentence.first for sentence in analysis.sentences]
    for match in _matches(analysis, patterns.TERMS, "terms"):
        start, end = _sentence_span(analysis, firsts, match.start)
        if found and found[-1].start == start:
            continue
        if placed.any_between(start, end):
            found.append(Signal("terms", start, end))
    return found


def _placed(details: Details) -> Positions:
    """Where the details other than days start: a day alone places nothing."""
    return Positions(signal.start for signal in details.all() if signal.kind != "date")


def _sentence_span(analysis: Analysis, firsts: list[int], char: int) -> tuple[int, int]:
    """The characters of the sentence holding character `char` (a greeting before the
    first sentence goes with it); `firsts`: each sentence's first word."""
    index = analysis.word_at(char)
    sentences = analysis.sentences
    number = bisect_right(firsts, index) - 1
    if number < 0:
        return analysis.span_of(0, sentences[0].last if sentences else index)
    return analysis.span_of(firsts[number], sentences[number].last)


def _replies(analysis: Analysis, details: Details) -> list[Signal]:
    found: list[Signal] = []
    for opening in _matches(analysis, patterns.REPLY, "reply"):
        last = _phrase_end(analysis, analysis.word_at(opening.end - 1))
        end = analysis.words[last].end
        if details.any_between(opening.end, end):
            found.append(Signal("reply", opening.start, end))
    return found


def _thanks(analysis: Analysis, details: Details) -> list[Signal]:
    """Thanks for a particular thing or deed: its sentence holds a detail ("the spare
    carabiner at Saturday's bouldering comp", "helping me carry the boxes up on Friday",
    "the soup when I was sick"), not "the great conversation"."""
    found: list[Signal] = []
    firsts = [sentence.first for sentence in analysis.sentences]
    for opening in _matches(analysis, patterns.THANKS, "thanks"):
        first = analysis.word_at(opening.end - 1) + 1
        if first >= len(analysis.words):
            continue
        last = _phrase_end(analysis, first)
        sentence = bisect_right(firsts, first) - 1
        if sentence >= 0:
            last = max(last, analysis.sentences[sentence].last)
        end = analysis.words[last].end
        if details.any_between(opening.end, end):
            found.append(Signal("thanks", opening.start, end))
    return found


def _references(analysis: Analysis, details: Details) -> list[Signal]:
    """A specific thing named as if the reader knows it ("your talk on longevity risk",
    "the rickshaw campaign in Lahore"), which is how people write about what they share.
    "your ..." points at something of theirs and counts for more."""
    found: list[Signal] = []
    # A scene is itself a place named with "the": it makes no reference of its own.
    named = Positions(signal.start for signal in details.all() if signal.kind != "scene")
    for index, word in enumerate(analysis.words):
        if word.lower not in _REFERENCE_STARTS or word.greeting:
            continue
        last = _phrase_end(analysis, index)
        end = analysis.words[last].end
        if _praises(analysis, index, last):
            continue
        if last > index and named.any_between(word.end, end):
            kind = "theirs" if word.lower == "your" else "reference"
            found.append(Signal(kind, word.start, end))
            # What the thing did: "that tip about proofing brioche worked".
            deeds = (w for w in analysis.words[index + 1 : last + 1])
            if any(patterns.PAST_WORD.fullmatch(w.lower) for w in deeds):
                found.append(Signal("story", word.start, end))
    return found


def _praises(analysis: Analysis, first: int, last: int) -> bool:
    """Whether the phrase from word `first` to `last` is "your" and their profile, or ends
    on a quality praised ("your entrepreneurial spirit"): a compliment, not a thing."""
    words = analysis.words
    if words[first].lower != "your":
        return False
    return words[last].lower in patterns.PRAISE_WORDS or (
        first + 1 <= last and words[first + 1].lower in patterns.PROFILE_WORDS
    )


def _pointed_questions(analysis: Analysis, details: Details) -> list[Signal]:
    """A question that carries a specific detail asks something only this reader can answer."""
    found: list[Signal] = []
    for sentence in analysis.sentences:
        start, end = analysis.span_of(sentence.first, sentence.last)
        if not analysis.plain[end : end + 3].lstrip(" )\"'").startswith("?"):
            continue
        if details.any_between(start, end):
            found.append(Signal("ask", start, end + 1))
    return found


def _phrase_end(analysis: Analysis, index: int) -> int:
    """The last word of the noun phrase after word `index` (a rough cut, no parser)."""
    last = index
    for follower in range(index + 1, min(index + 1 + _PHRASE_LENGTH, len(analysis.words))):
        if _breaks_phrase(analysis, follower):
            break
        last = follower
    return last


def _breaks_phrase(analysis: Analysis, index: int) -> bool:
    """Whether word `index` starts a new clause: punctuation before it, or a verb, a
    conjunction or a pronoun."""
    words = analysis.words
    between = analysis.plain[words[index - 1].end : words[index].start]
    return bool(_PUNCTUATION.search(between)) or words[index].lower in _PHRASE_BREAKS
