"""Specific details in a message: names, numbers, dates and uncommon words that a mail merge
could not have filled in.

These say *that* the writer knows something particular; `links.py` finds how it is put
to the reader. Details in the writer's description of their own trade ("I'm a recruiter at
Hays in Manchester") are left out: they say nothing about the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.checker.lexicon import Lexicon
from app.checker.names import find_names
from app.checker.patterns import PRAISE_WORDS, SELF_TALK
from app.checker.recipient import Recipient
from app.checker.scenes import find_scenes
from app.checker.signals import Signal
from app.checker.spans import Positions, Spans
from app.checker.text import Analysis, expand, stem

# A number next to these is a boast or a sales figure, not a shared detail.
_COUNTED_THINGS = frozenset(
    {"connections", "connection", "followers", "mutual", "contacts", "people", "members"}
    | {"companies", "clients", "customers", "teams", "brands", "businesses", "founders"}
    | {"countries"}
)
_DURATIONS = frozenset({"minute", "minutes", "min", "mins", "hour", "hours", "hrs", "seconds"})
_MULTIPLIER = re.compile(r"^\d+(?:\.\d+)?x$", re.IGNORECASE)
_DURATION_WORD = re.compile(r"^\d+-(?:minute|min|hour)s?$", re.IGNORECASE)
# "up to 40%", "more than 30%": the hedged figures of a sales pitch.
_HEDGES = ("up to", "more than", "over")
# Moments in the past (or a fixed season) that anchor a shared memory.
_ANCHORS = re.compile(
    r"\b(?:yesterday|the other day|earlier today|this (?:morning|afternoon)"
    r"|last (?:week|month|year|night|weekend|summer|spring|autumn|fall|winter|quarter)"
    r"|(?:in|this|next|last) (?:spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
# The writer's own name at the end ("Best,\nJohn Smith", "Cheers, Ana") names nobody
# the reader cares about.
_SIGNATURE = re.compile(
    r"(?:\n|(?i:best|regards|cheers|thanks|sincerely|warmly|wishes)[,!.]?[ \t]+)"
    r"[ \t\-\u2013\u2014]*(?:[A-Z][\w.'-]*[ \t]*){1,3}[.!]?\s*\Z"
)
_CLAUSE_END = re.compile(r"[,;.!?\n]| but | so | and you", re.IGNORECASE)
# How far the checker looks for the end of a clause or for a signature: bounded, so that a
# long text without punctuation is not rescanned from every "I am a".
_CLAUSE_REACH = 300
_SIGNATURE_REACH = 120


@dataclass(frozen=True)
class Details:
    names: tuple[Signal, ...]
    numbers: tuple[Signal, ...]
    dates: tuple[Signal, ...]
    words: tuple[Signal, ...]
    scenes: tuple[Signal, ...] = ()
    _starts: Positions = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = Positions(signal.start for signal in self.all())
        object.__setattr__(self, "_starts", starts)

    def all(self) -> tuple[Signal, ...]:
        return self.names + self.numbers + self.dates + self.words + self.scenes

    def any_between(self, start: int, end: int) -> bool:
        return self._starts.any_between(start, end)


def find_details(
    analysis: Analysis,
    lexicon: Lexicon,
    recipient: Recipient,
    blanks: tuple[tuple[int, int], ...] = (),
) -> Details:
    """The details of a message, leaving out the writer's talk about themselves and the
    `blanks` (unfilled placeholders such as "[Name]", which name nobody)."""
    names, dates, claimed = find_names(analysis, lexicon, recipient)
    numbers = _numbers(analysis, recipient, claimed)
    anchors = tuple(Signal("date", m.start(), m.end()) for m in _ANCHORS.finditer(analysis.plain))
    taken = claimed | {i for i, word in enumerate(analysis.words) if word.has_digit}
    words = _uncommon_words(analysis, lexicon, recipient, taken)
    signature = _SIGNATURE.search(analysis.plain, _tail(analysis.plain))
    ignored = Spans(_self_talk(analysis) + blanks + ((signature.span(),) if signature else ()))

    def about_reader(signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
        return tuple(s for s in signals if not ignored.holds(s.start))

    return Details(
        about_reader(names),
        about_reader(numbers),
        about_reader(dates + anchors),
        about_reader(words),
        about_reader(find_scenes(analysis, recipient)),
    )


def _self_talk(analysis: Analysis) -> tuple[tuple[int, int], ...]:
    """Character spans where the writer describes their own trade, to the clause's end."""
    spans = []
    for match in SELF_TALK.finditer(analysis.flat):
        start, _ = analysis.flat_span(*match.span())
        reach = min(len(analysis.plain), start + _CLAUSE_REACH)
        end = _CLAUSE_END.search(analysis.plain, start + 1, reach)
        spans.append((start, end.start() if end else reach))
    return tuple(spans)


def _tail(text: str) -> int:
    """Where a signature could start: shortly before the last visible character."""
    end = len(text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return max(0, end - _SIGNATURE_REACH)


def _numbers(
    analysis: Analysis, recipient: Recipient, claimed: frozenset[int]
) -> tuple[Signal, ...]:
    words = analysis.words
    found: list[Signal] = []
    for index, word in enumerate(words):
        if word.greeting or index in claimed or not word.has_digit:
            continue
        if word.lower not in recipient.merge_words and not _says_nothing(analysis, index):
            found.append(Signal("number", word.start, word.end))
    return tuple(found)


def _says_nothing(analysis: Analysis, index: int) -> bool:
    """Figures any pitch has: "500+ connections", "2x faster", "a 15-minute call",
    "10 years of experience", "up to 40%"."""
    words = analysis.words
    word = words[index]
    after = words[index + 1].lower if index + 1 < len(words) else ""
    before = words[index - 1].lower if index > 0 else ""
    if after in _COUNTED_THINGS or _MULTIPLIER.match(word.text):
        return True
    if after in {"years", "yrs"}:
        return not (index + 2 < len(words) and words[index + 2].lower == "ago")
    if (after in _DURATIONS or _DURATION_WORD.match(word.text)) and before not in {"from", "to"}:
        return True
    if analysis.plain[word.end : word.end + 1] == "%":
        preceding = " ".join(w.lower for w in words[max(0, index - 2) : index])
        return preceding.endswith(_HEDGES)
    return False


def _uncommon_words(
    analysis: Analysis, lexicon: Lexicon, recipient: Recipient, taken: frozenset[int]
) -> tuple[Signal, ...]:
    found: list[Signal] = []
    seen: set[str] = set()
    # A long text repeats its words: each is weighed once per check.
    weighed: dict[str, tuple[frozenset[str], bool]] = {}
    for index, word in enumerate(analysis.words):
        if word.greeting or index in taken:
            continue
        if word.lower not in weighed:
            weighed[word.lower] = _weigh(word.lower, lexicon, recipient)
        stems, rare = weighed[word.lower]
        if stems - seen:
            seen |= stems
            found.append(Signal("rare" if rare else "word", word.start, word.end))
    return tuple(found)


def _weigh(lower: str, lexicon: Lexicon, recipient: Recipient) -> tuple[frozenset[str], bool]:
    """The stems of a word's detail pieces, and whether one is rare ("gasket", "crampon"):
    a detail few messages could hold."""
    if lower in lexicon.generic_capitalised or lower in recipient.merge_words:
        return frozenset(), False
    pieces = [p for p in expand(lower) if _is_detail(p, lexicon, recipient)]
    rare = any(lexicon.vocabulary.is_rare(piece) for piece in pieces)
    return frozenset(stem(piece) for piece in pieces), rare


def _is_detail(piece: str, lexicon: Lexicon, recipient: Recipient) -> bool:
    if len(piece) < 3 or not piece.isalpha() or piece in PRAISE_WORDS:
        return False
    return not lexicon.is_common(piece) and piece not in recipient.merge_words
