"""LanguageTool's JSON answer as `GrammarMatch`es, minus the words the user knows are right."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import Any

from app.grammar.endpoint import Endpoint
from app.grammar.matches import GrammarMatch
from app.grammar.reasons import GrammarReason, Why, unavailable

# LanguageTool marks matches of its spelling rules (Morfologik, Hunspell) with this type.
# Its issueType is no guide: "their is" and "a error" are "misspelling" there too.
_SPELLING_TYPE = "UnknownWord"
_WORD_PIECES = re.compile(r"[^\W_]+")


def parse_answer(answer: Any, text: str, source: Endpoint) -> list[GrammarMatch]:
    """The matches in a /v2/check answer, with spans in Python string positions."""
    to_index = _code_point_index(text)
    try:
        matches = []
        for item in answer["matches"]:
            start = to_index(int(item["offset"]))
            end = to_index(int(item["offset"]) + int(item["length"]))
            if not 0 <= start <= end <= len(text):
                raise ValueError("match outside the text")
            rule = item["rule"]
            matches.append(
                GrammarMatch(
                    rule_id=str(rule["id"]),
                    category=str(rule["category"]["id"]),
                    message=str(item["message"]),
                    offset=start,
                    length=end - start,
                    replacements=tuple(str(r["value"]) for r in item.get("replacements", ())),
                    is_spelling=item.get("type", {}).get("typeName") == _SPELLING_TYPE,
                )
            )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        said = GrammarReason(Why.NOT_LANGUAGETOOL, server=source.server, host=source.host)
        raise unavailable(said) from exc
    return matches


def drop_known_words(
    matches: Iterable[GrammarMatch], text: str, known_words: Iterable[str]
) -> list[GrammarMatch]:
    """Drop spelling matches on words the user knows are right.

    `known_words` holds the contact's names, company and location and the user's own
    vocabulary; an entry of several words ("Jan van der Berg", "Smith-Jones") makes each
    of its words known, compared without regard to case.
    """
    known = _fold_known(known_words)
    return [
        match
        for match in matches
        if not (match.is_spelling and _is_known(text[match.offset : match.end], known))
    ]


def _fold_known(known_words: Iterable[str]) -> set[str]:
    known: set[str] = set()
    for entry in known_words:
        folded = _fold(entry)
        known.update(folded.split())  # "o'brien", "smith-jones"
        known.update(_WORD_PIECES.findall(folded))  # "o", "brien", "smith", "jones"
    return known


def _is_known(span: str, known: set[str]) -> bool:
    words = [_without_possessive(word) for word in _fold(span).split()]
    return bool(words) and all(word in known for word in words)


def _fold(words: str) -> str:
    return words.casefold().replace("\u2019", "'")


def _without_possessive(word: str) -> str:
    """Take a possessive off ("anna's", "jones'"): a name in the possessive is still the name."""
    if word.endswith("'s"):
        return word[:-2]
    return word.rstrip("'")


def _code_point_index(text: str) -> Callable[[int], int]:
    """Map LanguageTool's offsets to Python string positions.

    LanguageTool counts UTF-16 code units, as Java strings do; Python counts code points.
    They part after every character outside the Basic Multilingual Plane (most emoji),
    which takes two units.
    """
    # The UTF-16 position of each such character.
    wide = [i + n for n, i in enumerate(i for i, ch in enumerate(text) if ord(ch) > 0xFFFF)]
    if not wide:
        return lambda offset: offset
    return lambda offset: offset - bisect.bisect_left(wide, offset)
