"""A message split into words and sentences, with every character position kept.

Each rule reads the same `Analysis`, built once per check, so a keystroke costs one pass
of tokenising however many rules there are.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from app.checker.spans import Spans

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
_SKIPPED_BEFORE_WORD = frozenset(" \t\r\"'()[]*-\u2013\u2014\u201c\u201d¡¿«»")

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
    """One word as written. `initial`: it opens a sentence, so its capital says nothing."""

    text: str
    start: int
    end: int
    lower: str
    initial: bool
    greeting: bool
    has_digit: bool

    @property
    def capitalised(self) -> bool:
        first = self.text[0]
        return first.isupper() or (first.isdigit() and any(c.isupper() for c in self.text))

    @property
    def acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


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
        self.words = _words(self.plain, Spans(m.span() for m in _URL.finditer(self.plain)))
        self.sentences = _sentences(self.words)

    @cached_property
    def shouting(self) -> bool:
        """Written mostly in capitals, so a capital says nothing about names."""
        letters = [c for c in self.plain if c.isalpha()]
        return len(letters) > 10 and sum(c.isupper() for c in letters) > 0.6 * len(letters)

    @cached_property
    def terms(self) -> tuple[Term, ...]:
        """Words lower-cased, contractions spelt out, hyphenated words split, stemmed."""
        terms: list[Term] = []
        for index, word in enumerate(self.words):
            for piece in expand(word.text.lower()):
                terms.append(Term(stem(piece), piece, index))
        return tuple(terms)

    @cached_property
    def flat(self) -> str:
        """The plain terms joined by single spaces: what `patterns` run over."""
        return " ".join(term.plain for term in self.terms)

    @cached_property
    def _flat_starts(self) -> tuple[int, ...]:
        starts: list[int] = []
        position = 0
        for term in self.terms:
            starts.append(position)
            position += len(term.plain) + 1
        return tuple(starts)

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


def _words(plain: str, urls: Spans) -> tuple[Word, ...]:
    words: list[Word] = []
    greeting_open = False
    for match in _WORD.finditer(plain):
        start, end = match.span()
        if urls.holds(start):
            continue
        text = match.group()
        lower = text.lower()
        initial = not words or _opens_sentence(plain, start)
        if not words:
            greeting_open = lower in _GREETINGS
        elif greeting_open:
            greeting_open = _continues_greeting(plain, start, text, len(words))
            initial = initial or not greeting_open
        digit = _DIGIT.search(text) is not None
        words.append(Word(text, start, end, possessive_free(lower), initial, greeting_open, digit))
    return tuple(words)


def _continues_greeting(plain: str, start: int, text: str, position: int) -> bool:
    """Whether a word still belongs to an opening like "Hi Sarah," or "Good morning all"."""
    if position >= _MAX_GREETING_WORDS or _after_pause(plain, start):
        return False
    lower = text.lower()
    if lower == "i" or lower.startswith("i'"):
        return False
    return text[0].isupper() or lower in _GREETING_FILLERS


def _previous_char(plain: str, start: int) -> tuple[str, bool]:
    """The character before a word, skipping spaces, quotes and dashes; and whether a
    line break was skipped on the way."""
    index = start - 1
    newline = False
    while index >= 0 and (plain[index] in _SKIPPED_BEFORE_WORD or plain[index] == "\n"):
        newline = newline or plain[index] == "\n"
        index -= 1
    return (plain[index] if index >= 0 else ""), newline


def _opens_sentence(plain: str, start: int) -> bool:
    before, newline = _previous_char(plain, start)
    return newline or before == "" or before in _SENTENCE_ENDS


def _after_pause(plain: str, start: int) -> bool:
    before, newline = _previous_char(plain, start)
    return newline or before in {",", "!", ".", ":", ";"}


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
