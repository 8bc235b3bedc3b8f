"""Capitalised names a mail merge could not have filled in, and the dates among them.

"Rua das Flores", "Interop Tokyo", "S/4HANA" count; the recipient's own name, company,
title or town, job titles ("CEO"), sign-offs ("Best") and a capital that only opens a
sentence do not.
"""

from __future__ import annotations

import re

from app.checker.lexicon import Lexicon
from app.checker.recipient import Recipient
from app.checker.signals import Signal
from app.checker.text import Analysis, Word, possessive_free

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "sept"}
)
# Words that join the parts of one name: "Rua das Flores", "Bank of America".
_NAME_JOINERS = frozenset(
    {"of", "de", "da", "das", "do", "dos", "del", "la", "le", "van", "von", "der", "den", "du"}
    | {"di", "and", "&"}
)
# "Happy Friday" wishes nobody anything in particular.
_PLEASANTRIES = frozenset({"happy", "great", "nice", "good", "lovely", "wonderful", "fantastic"})
_PRONOUNS_AFTER_MAY = frozenset({"i", "we", "you"})


def find_names(
    analysis: Analysis, lexicon: Lexicon, recipient: Recipient
) -> tuple[tuple[Signal, ...], tuple[Signal, ...], frozenset[int]]:
    """Names, dates written as names ("Friday", "January"), and the indices of the words
    they took up."""
    words = () if analysis.shouting else analysis.words
    names: list[Signal] = []
    dates: list[Signal] = []
    claimed: set[int] = set()
    index = 0
    while index < len(words):
        if not words[index].capitalised or not _namelike(words[index]):
            index += 1
            continue
        last = _group_end(analysis.plain, words, index)
        members = range(index, last + 1)
        if any(_qualifies(words[i], lexicon, recipient) for i in members):
            names.append(Signal("name", *analysis.span_of(index, last)))
            claimed.update(members)
        else:
            for i in members:
                if _is_date(words, i):
                    dates.append(Signal("date", words[i].start, words[i].end))
                    claimed.add(i)
        index = last + 1
    return tuple(names), tuple(dates), frozenset(claimed)


def _namelike(word: Word) -> bool:
    # Most words have no capital: that test first.
    if not word.capitalised or word.greeting:
        return False
    return not (word.text == "I" or word.text.startswith("I'"))


def _qualifies(word: Word, lexicon: Lexicon, recipient: Recipient) -> bool:
    """Whether a capitalised word names something particular, not a field or a title."""
    pieces = [p for p in re.split(r"[-/]", word.text) if p and (p[0].isupper() or p[0].isdigit())]
    if not any(_specific(piece, lexicon, recipient) for piece in pieces):
        return False
    # A capital opening a sentence proves nothing, unless the word is written oddly
    # ("SAP", "iPhone", "S/4HANA").
    oddly_written = word.acronym or not word.text[1:].islower()
    return not word.initial or oddly_written


def _specific(piece: str, lexicon: Lexicon, recipient: Recipient) -> bool:
    lower = possessive_free(piece.lower())
    # "CFOs" is as generic as "CFO".
    singular = lower[:-1] if lower.endswith("s") and piece[:-1].isupper() else lower
    for form in (lower, singular):
        if form in lexicon.generic_capitalised or form in recipient.merge_words:
            return False
        if lexicon.vocabulary.is_foreign_word(form):
            return False
    return lower not in WEEKDAYS and lower not in MONTHS


def _group_end(text: str, words: tuple[Word, ...], first: int) -> int:
    """The last word of the run of capitalised words (and name joiners) from `first`."""
    last = first
    index = first + 1
    while index < len(words) and not text[words[index - 1].end : words[index].start].strip():
        word = words[index]
        if _namelike(word) and not word.initial:
            last = index
        elif word.lower not in _NAME_JOINERS:
            break
        index += 1
    return last


def _is_date(words: tuple[Word, ...], index: int) -> bool:
    word = words[index]
    if word.lower not in WEEKDAYS and word.lower not in MONTHS:
        return False
    before = words[index - 1].lower if index > 0 else ""
    if before in _PLEASANTRIES:
        return False
    if word.lower == "may":
        after = words[index + 1].lower if index + 1 < len(words) else ""
        return not word.initial and after not in _PRONOUNS_AFTER_MAY
    return True
