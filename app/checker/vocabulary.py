"""How common a word is, from real word frequencies (wordfreq), so that uncommon words can
count as details only this sender knows.

wordfreq ships its frequency lists inside the package: nothing is downloaded. A word is
everyday vocabulary when it is frequent in English, frequent in one of the other languages
Rapport's users write in (so a French "réseau" is not a detail), or part of the trade talk
of networking and sales ("SaaS", "webinar") that general frequencies rate as rare.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cached_property
from importlib.util import find_spec
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import msgpack

from app.checker.text import stem

# wordfreq's "small" lists hold every word used at least once per million words, as a
# gzipped msgpack list: a header, then buckets, bucket i holding the words of Zipf
# frequency 9 - i/100. They are read here directly: importing wordfreq itself (its
# tokenisers, ftfy, langcodes) would cost half a second of start-up for no use.
_LIST_FILE = "small_{}.msgpack.gz"
_HEADER = {"format": "cB", "version": 1}
_BUCKETS_PER_ZIPF = 100
_TOP_ZIPF = 9.0
# Zipf 4 is once per 100,000 words: "briefing" (3.7) and "glacier" (3.6) are below it,
# "meeting" (5.2) and "passionate" (4.1) above.
COMMON_ZIPF = 4.0
# Another language's word counts as everyday only when clearly frequent there, so that an
# English detail that happens to exist elsewhere ("mural", Spanish 3.7) stays a detail.
_OTHER_LANGUAGES = ("de", "fr", "es", "pt", "it", "nl")
_COMMON_ELSEWHERE_ZIPF = 4.3
# Below Zipf 3 (once per million words) an English word is rare: "gasket", "crampon",
# "varroa"; unless it is a word of some frequency in another language ("conocer").
RARE_ZIPF = 3.0
_KNOWN_ELSEWHERE_ZIPF = 3.5
# Under Zipf 2.5 in English, a word frequent elsewhere is that language's word: a German
# noun ("Netzwerk") has a capital without being a name.
_ENGLISH_NAME_ZIPF = 2.5


class _Tables(NamedTuple):
    english_common: frozenset[str]
    english_known: frozenset[str]
    english_name: frozenset[str]
    elsewhere_common: frozenset[str]
    elsewhere_known: frozenset[str]


class Vocabulary:
    """The words above each frequency the checks ask about, as sets (English from Zipf 4,
    3 and 2.5 up; the other languages from Zipf 4.3 and 3.5 up), and the stems of trade
    words. Only thresholds are ever asked, so sets answer every question.

    The lists are read on the first question, not when the checker is built: reading them
    costs about a tenth of a second, which opening the window need not wait for."""

    def __init__(self, trade_stems: frozenset[str]) -> None:
        self.trade_stems = trade_stems

    @classmethod
    def load(cls, trade_words: Iterable[str]) -> Vocabulary:
        """Make sure wordfreq's lists are there (their words are read on first use);
        `trade_words` are lower-case words to take as everyday whatever their frequency.

        Raises `OSError` when a list is missing.
        """
        for language in ("en", *_OTHER_LANGUAGES):
            path = frequency_list_path(language)
            if not path.is_file():
                raise OSError(f"{path} is missing")
        return cls(frozenset(stem(word) for word in trade_words))

    @cached_property
    def _tables(self) -> _Tables:
        english = _zipf_buckets("en", _ENGLISH_NAME_ZIPF)
        elsewhere = [
            pair
            for language in _OTHER_LANGUAGES
            for pair in _zipf_buckets(language, _KNOWN_ELSEWHERE_ZIPF)
        ]
        return _Tables(
            _words_from(english, COMMON_ZIPF),
            _words_from(english, RARE_ZIPF),
            _words_from(english, _ENGLISH_NAME_ZIPF),
            _words_from(elsewhere, _COMMON_ELSEWHERE_ZIPF),
            _words_from(elsewhere, _KNOWN_ELSEWHERE_ZIPF),
        )

    def is_common(self, lower: str) -> bool:
        """Whether a lower-case word is everyday vocabulary rather than a detail: frequent
        in English or in another language, or trade talk."""
        tables = self._tables
        return (
            lower in tables.english_common
            or lower in tables.elsewhere_common
            or stem(lower) in self.trade_stems
        )

    def is_foreign_word(self, lower: str) -> bool:
        """Whether a lower-case word is an everyday word of another language and hardly
        used in English: "kontakt", "anfrage", but not "porto" or "paris"."""
        tables = self._tables
        return lower not in tables.english_name and lower in tables.elsewhere_common

    def is_rare(self, lower: str) -> bool:
        """Whether a lower-case word is rare in English and no trade or foreign word."""
        tables = self._tables
        return (
            lower not in tables.english_known
            and lower not in tables.elsewhere_known
            and stem(lower) not in self.trade_stems
        )


def _zipf_buckets(language: str, down_to: float) -> list[tuple[float, list[str]]]:
    """(Zipf frequency, words) of each bucket of `language`'s list, down to `down_to`."""
    buckets = read_frequency_list(language, down_to=down_to)
    pairs = [(_TOP_ZIPF - i / _BUCKETS_PER_ZIPF, bucket) for i, bucket in enumerate(buckets)]
    return [(zipf, bucket) for zipf, bucket in pairs if zipf >= down_to]


def _words_from(buckets: list[tuple[float, list[str]]], zipf: float) -> frozenset[str]:
    return frozenset(chain.from_iterable(words for value, words in buckets if value >= zipf))


def frequency_list_path(language: str) -> Path:
    """Where wordfreq keeps its list for `language`, found without importing wordfreq."""
    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("the wordfreq package is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    return package / "data" / _LIST_FILE.format(language)


def read_frequency_list(language: str, down_to: float = 0.0) -> list[list[str]]:
    """The buckets of wordfreq's small list for `language`, most frequent first, down to
    Zipf frequency `down_to`: the rest of the file is not decoded."""
    path = frequency_list_path(language)
    last = round((_TOP_ZIPF - down_to) * _BUCKETS_PER_ZIPF)
    buckets: list[list[str]] = []
    with gzip.open(path, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        if unpacker.read_array_header() < 1 or unpacker.unpack() != _HEADER:
            raise ValueError(f"{path.name} is not a word frequency list wordfreq 3 writes")
        for bucket in unpacker:
            if len(buckets) > last:
                break
            if not isinstance(bucket, list):
                raise ValueError(f"{path.name} is not a word frequency list wordfreq 3 writes")
            buckets.append([word for word in bucket if isinstance(word, str)])
    return buckets
