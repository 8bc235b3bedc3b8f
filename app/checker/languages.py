"""Which of Rapport's languages a message is written in.

Each language's word frequencies (wordfreq's lists, which the checker reads anyway) make a
one-word-at-a-time language model: the text's words are looked up in each list and
their Zipf frequencies summed, and the language whose words they most are wins. On every
message of the development sets, short notes included, the winner leads the runner-up by
ten points or more. A text too short or too full of names for that to settle it
("Bia!", "Andrés, Lucía") goes to lingua, restricted to the five languages, in its
low-accuracy mode, whose models load in under a second where the full ones take ten.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from app.checker.vocabulary import read_frequency_list
from app.languages import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Words rarer than this in a language count as not of it; the lists load in a few
# hundredths of a second down to here.
_FLOOR_ZIPF = 1.5
# The opening of a long draft says its language as well as the whole, at a bounded cost
# per keystroke.
_SAMPLE = 2_000
# A lead of this many Zipf points (two or three everyday words) settles the language.
_CLEAR_LEAD = 6.0
_TOP_ZIPF = 9.0
_BUCKETS_PER_ZIPF = 100
_LINGUA_CODES = {
    "ENGLISH": "en",
    "GERMAN": "de",
    "FRENCH": "fr",
    "SPANISH": "es",
    "PORTUGUESE": "pt",
}


def detect_language(text: str) -> str:
    """The language of `text` as one of app.languages.LANGUAGES; English when there is
    nothing to tell by."""
    text = text[:_SAMPLE]
    words = _WORD.findall(text.lower().replace("\u2019", "'"))
    if not words:
        return DEFAULT_LANGUAGE
    totals = sorted(
        ((sum(zipf_table(code).get(w, 0.0) for w in words), code) for code in LANGUAGES),
        reverse=True,
    )
    (best, code), (second, _) = totals[0], totals[1]
    if best - second >= _CLEAR_LEAD:
        return code
    found = _detector().detect_language_of(text)
    return _LINGUA_CODES.get(found.name, code) if found else code


@cache
def zipf_table(language: str) -> dict[str, float]:
    """Each word of `language` down to Zipf 1.5 (once in 30 million words), with its Zipf
    frequency."""
    buckets = read_frequency_list(language, down_to=_FLOOR_ZIPF)
    return {
        word: _TOP_ZIPF - index / _BUCKETS_PER_ZIPF
        for index, bucket in enumerate(buckets)
        for word in bucket
    }


@cache
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LINGUA_CODES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()
