"""A message split into words and sentences, with every character position kept.

Each rule reads the same `Analysis`, built once per check, so a keystroke costs one pass
of tokenising however many rules there are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import NamedTuple

# Typographic apostrophes become plain ones; every replacement is one character for one,
# so positions in the cleaned text are positions in what the user typed.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# A word starts and ends with a letter or digit and may hold ' & / . + - inside:
# "I'd", "S/4HANA", "e-bike", "2.3", "AT&T".
_WORD = re.compile(r"[^\W_](?:[\w'&/.+-]*[^\W_])?")
_DIGIT = re.compile(r"\d")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_GREETINGS = frozenset(
    {"hi", "hello", "hey", "dear", "hiya", "greetings", "howdy", "good"}
    # The openings of the other languages people network in.
    | {"hallo", "servus", "grüezi", "guten", "moin", "liebe", "lieber", "sehr", "bonjour"}
    | {"salut", "cher", "chère", "hola", "buenos", "buenas", "estimado", "estimada", "olá"}
    | {"oi", "bom", "boa", "prezado", "prezada", "caro", "cara", "ciao", "buongiorno", "hoi"}
)
_GREETING_FILLERS = frozenset(
    {"morning", "afternoon", "evening", "there", "all", "everyone"}
    | {"tag", "morgen", "geehrte", "geehrter", "herr", "frau", "dr", "prof", "monsieur"}
    | {"madame", "días", "tardes", "noches", "sr", "sra", "señor", "señora", "dia", "tarde"}
)
# "Good morning Anna Maria," is as long as an opening gets.
_MAX_GREETING_WORDS = 4
_SENTENCE_ENDS = frozenset(".!?;:\n")
# Skipped when looking back from a word for what ends the sentence before it.
_SKIPPED_BEFORE_WORD = " \t\r\n\"'()[]*-\u2013\u2014\u201c\u201d¡¿«»"
_PAUSES = frozenset(",!.:;")

_CONTRACTIONS = {
    "let's": ("let", "us"),
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "shan't": ("shall", "not"),
}
_SUFFIXES = {"'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "'m": "am"}
_IS_CONTRACTED = frozenset({"it", "that", "here", "there", "what", "who", "he", "she", "where"})


# Named tuples rather than frozen dataclasses: a 20,000-character draft makes thousands of
# words and terms per keystroke, and a frozen dataclass is several times slower to build.
class Word(NamedTuple):
    """One word as written. `initial`: it opens a sentence, so its capital says nothing.
    `capitalised`: it starts with a capital (or a digit and holds one: "3M");
    `acronym`: two letters or more, all capitals."""

    text: str
    start: int
    end: int
    lower: str
    initial: bool
    greeting: bool
    has_digit: bool
    capitalised: bool
    acronym: bool


class Term(NamedTuple):
    """A normalised piece of a word for phrase matching; `word` indexes `Analysis.words`."""

    stem: str
    plain: str
    word: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """The indices of a sentence's first and last words; the greeting is in none."""

    first: int
    last: int


class Analysis:
    """The words, sentences and normalised terms of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.plain = text.translate(_APOSTROPHES)
        self.words = _words(self.plain, [m.span() for m in _URL.finditer(self.plain)])
        self.sentences = _sentences(self.words)

    @cached_property
    def shouting(self) -> bool:
        """Written mostly in capitals, so a capital says nothing about names."""
        letters = "".join(filter(str.isalpha, self.plain))
        return len(letters) > 10 and sum(map(str.isupper, letters)) > 0.6 * len(letters)

    @cached_property
    def terms(self) -> tuple[Term, ...]:
        """Words lower-cased, contractions spelt out, hyphenated words split, stemmed."""
        return tuple(
            tuple.__new__(Term, (stemmed, piece, index))
            for index, word in enumerate(self.words)
            for stemmed, piece in _stemmed_pieces(word.text)
        )

    @cached_property
    def flat(self) -> str:
        """The plain terms joined by single spaces: what `patterns` run over."""
        return " ".join(term.plain for term in self.terms)

    @cached_property
    def _flat_starts(self) -> tuple[int, ...]:
        lengths = (len(term.plain) + 1 for term in self.terms)
        return (0, *accumulate(lengths))[: len(self.terms)]

    def flat_span(self, start: int, end: int) -> tuple[int, int]:
        """The characters of the message that a stretch [start, end) of `flat` came from."""
        first = bisect_right(self._flat_starts, start) - 1
        last = bisect_right(self._flat_starts, max(start, end - 1)) - 1
        return self.words[self.terms[first].word].start, self.words[self.terms[last].word].end

    def word_at(self, char: int) -> int:
        """The index of the last word starting at or before character `char`."""
        return max(0, bisect_right(self._word_starts, char) - 1)

    @cached_property
    def _word_starts(self) -> tuple[int, ...]:
        return tuple(word.start for word in self.words)

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        """Character span from word `first` to word `last`, both included."""
        return self.words[first].start, self.words[last].end


# Both are pure and see the same few thousand words over and over while someone types.
@lru_cache(maxsize=8192)
def expand(lower: str) -> tuple[str, ...]:
    """Spell out a contraction ("i'd" -> "i would") and split hyphens and slashes."""
    if lower in _CONTRACTIONS:
        return _CONTRACTIONS[lower]
    if lower.endswith("n't") and len(lower) > 3:
        return (lower[:-3], "not")
    for suffix, full in _SUFFIXES.items():
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return (lower[: -len(suffix)], full)
    if lower.endswith("'s"):
        base = lower[:-2]
        return (base, "is") if base in _IS_CONTRACTED else (base,)
    pieces = re.split(r"[-/]", lower.replace("'", ""))
    return tuple(piece for piece in pieces if piece)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A light, consistent stem: "networking", "networks" and "network" meet at "network".

    Both the phrase lists and the text go through it, so it only has to be consistent,
    not linguistically right.
    """
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if len(word) > 5 and word.endswith("ing"):
        word = _undoubled(word[:-3])
    elif len(word) > 4 and word.endswith("ied"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ed"):
        word = _undoubled(word[:-2])
    elif len(word) > 5 and word.endswith("ly"):
        word = word[:-2]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _undoubled(word: str) -> str:
    """Undo a doubled consonant: "planning" -> "plan", but "calling" keeps "call" and
    "adding" keeps "add"."""
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "aeioudflsz":
        return word[:-1]
    return word


def possessive_free(lower: str) -> str:
    return lower[:-2] if lower.endswith("'s") else lower


@lru_cache(maxsize=8192)
def _stemmed_pieces(text: str) -> tuple[tuple[str, str], ...]:
    """(stem, piece) for each piece of a word as written: a long draft repeats its words."""
    return tuple((stem(piece), piece) for piece in expand(text.lower()))


@lru_cache(maxsize=8192)
def _shape(text: str) -> tuple[str, bool, bool, bool]:
    """A word's lower-case form without a possessive, and whether it holds a digit, is
    capitalised and is an acronym: the same for every place the word is written."""
    first = text[0]
    capitalised = first.isupper() or (first.isdigit() and any(c.isupper() for c in text))
    letters = [c for c in text if c.isalpha()]
    acronym = len(letters) >= 2 and all(c.isupper() for c in letters)
    digit = _DIGIT.search(text) is not None
    return possessive_free(text.lower()), digit, capitalised, acronym


def _words(plain: str, urls: list[tuple[int, int]]) -> tuple[Word, ...]:
    """The words of `plain` outside the `urls` (spans in order, none overlapping)."""
    words: list[Word] = []
    links = iter(urls)
    link = next(links, None)
    greeting_open = False
    # What the characters since the previous match (or the text's start) say about the
    # next word: worked out once per distinct gap, and gaps are mostly " " and ", ".
    gaps: dict[tuple[str, bool], tuple[bool, bool]] = {}
    previous_end = -1
    for match in _WORD.finditer(plain):
        start, end = match.span()
        if previous_end >= 0 and start == previous_end + 1 and plain[previous_end] == " ":
            gap = _ONE_SPACE  # most words: no dictionary look-up
        else:
            key = (
                plain[previous_end:start] if previous_end >= 0 else plain[:start],
                previous_end < 0,
            )
            gap = gaps.get(key) or gaps.setdefault(key, _after_gap(*key))
        previous_end = end
        while link is not None and start >= link[1]:
            link = next(links, None)
        if link is not None and start >= link[0]:
            continue
        text = match.group()
        lower, digit, capitalised, acronym = _shape(text)
        initial = not words or gap[0]
        if not words:
            greeting_open = lower in _GREETINGS
        elif greeting_open:
            greeting_open = _continues_greeting(gap[1], text, len(words))
            initial = initial or not greeting_open
        # tuple.__new__ skips the named tuple's own __new__, a Python call per word.
        fields = (text, start, end, lower, initial, greeting_open, digit, capitalised, acronym)
        words.append(tuple.__new__(Word, fields))
    return tuple(words)


# What one space after a word says about the next: no new sentence, no pause.
_ONE_SPACE = (False, False)


def _continues_greeting(after_pause: bool, text: str, position: int) -> bool:
    """Whether a word still belongs to an opening like "Hi Sarah," or "Good morning all"."""
    if position >= _MAX_GREETING_WORDS or after_pause:
        return False
    lower = text.lower()
    if lower == "i" or lower.startswith("i'"):
        return False
    return text[0].isupper() or lower in _GREETING_FILLERS


def _after_gap(gap: str, at_start: bool) -> tuple[bool, bool]:
    """Whether a word after `gap` opens a sentence, and whether it follows a pause. The
    spaces, quotes and dashes at the gap's end are skipped; when nothing else is left, the
    character before is the previous word's last letter or digit, or none `at_start`."""
    kept = gap.rstrip(_SKIPPED_BEFORE_WORD)
    newline = "\n" in gap[len(kept) :]
    previous_word = "" if at_start else "a"
    before = kept[-1] if kept else previous_word
    opens = newline or before == "" or before in _SENTENCE_ENDS
    return opens, newline or before in _PAUSES


def _sentences(words: tuple[Word, ...]) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    first: int | None = None
    for index, word in enumerate(words):
        if word.greeting:
            continue
        if first is None:
            first = index
        elif word.initial:
            sentences.append(Sentence(first, index - 1))
            first = index
    if first is not None:
        sentences.append(Sentence(first, len(words) - 1))
    return tuple(sentences)
