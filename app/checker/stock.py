"""Stock text: sentences that are, or nearly are, a listed boilerplate text, and listed
cliché phrases.

Boilerplate is matched loosely, on shared word pairs, so "I want to add you to my
professional network" is caught by "I'd like to add you to my professional network on
LinkedIn". Clichés are short and matched exactly, after stemming.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from app.checker.lexicon import Lexicon, Phrase
from app.checker.text import Analysis, Term

# Share of a boilerplate text's word pairs a sentence must repeat to count as that text.
_NEAR = 0.6
# A stretch of matching word pairs may skip one word that differs ("want" for "like"),
# which breaks two pairs: matched pairs may lie this far apart.
_GAP = 3
# Words left over at either end of a sentence that is otherwise stock are counted in.
_SLACK = 2

Bigram = tuple[str, str]


@dataclass(frozen=True)
class StockMatch:
    """Characters [start, end) that repeat `phrase`; `words` counts the words covered."""

    start: int
    end: int
    phrase: str
    words: int


class StockPhrases:
    """The phrase lists, indexed once so that each check is a few dictionary look-ups."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._boilerplate = lexicon.boilerplate
        self._pairs = [frozenset(_bigrams(p.stems)) for p in lexicon.boilerplate]
        self._by_pair: dict[Bigram, list[int]] = defaultdict(list)
        for index, pairs in enumerate(self._pairs):
            for pair in pairs:
                self._by_pair[pair].append(index)
        self._cliches: dict[str, list[Phrase]] = defaultdict(list)
        for phrase in lexicon.cliches:
            self._cliches[phrase.stems[0]].append(phrase)

    def boilerplate(self, analysis: Analysis) -> tuple[StockMatch, ...]:
        found: list[StockMatch] = []
        for terms in _sentence_terms(analysis):
            best = self._best_boilerplate(analysis, terms)
            if best is not None:
                found.append(best)
        return tuple(found)

    def cliches(self, analysis: Analysis) -> tuple[StockMatch, ...]:
        terms = analysis.terms
        stems = [term.stem for term in terms]
        found: list[StockMatch] = []
        covered_until = -1
        for position, term in enumerate(terms):
            if position <= covered_until:
                continue
            for phrase in self._cliches.get(term.stem, ()):
                size = len(phrase.stems)
                if tuple(stems[position : position + size]) == phrase.stems:
                    found.append(_match(analysis, terms[position : position + size], phrase.text))
                    covered_until = position + size - 1
                    break
        return tuple(found)

    def _best_boilerplate(self, analysis: Analysis, terms: list[Term]) -> StockMatch | None:
        stems = [term.stem for term in terms]
        pairs = _bigrams(stems)
        candidates = {index for pair in pairs for index in self._by_pair.get(pair, ())}
        best: tuple[float, StockMatch] | None = None
        for index in candidates:
            run = _best_run(pairs, self._pairs[index])
            if run is None:
                continue
            coverage, first, last = run
            if first <= _SLACK and _unbroken(analysis, terms[0], terms[first]):
                first = 0
            if len(terms) - 1 - last <= _SLACK and _unbroken(analysis, terms[last], terms[-1]):
                last = len(terms) - 1
            match = _match(analysis, terms[first : last + 1], self._boilerplate[index].text)
            if best is None or coverage > best[0]:
                best = (coverage, match)
        return best[1] if best else None


def _best_run(pairs: list[Bigram], listed: frozenset[Bigram]) -> tuple[float, int, int] | None:
    """The stretch of the sentence that repeats most of a listed text's word pairs, as
    (share of the listed pairs, first term, last term), or None if none repeats enough."""
    hits = [i for i, pair in enumerate(pairs) if pair in listed]
    best: tuple[float, int, int] | None = None
    start = 0
    for k in range(1, len(hits) + 1):
        if k == len(hits) or hits[k] - hits[k - 1] > _GAP:
            run = hits[start:k]
            coverage = len({pairs[i] for i in run}) / len(listed)
            if coverage >= _NEAR and (best is None or coverage > best[0]):
                best = (coverage, run[0], run[-1] + 1)
            start = k
    return best


def _sentence_terms(analysis: Analysis) -> list[list[Term]]:
    by_sentence: list[list[Term]] = [[] for _ in analysis.sentences]
    firsts = [sentence.first for sentence in analysis.sentences]
    sentence = -1
    for term in analysis.terms:
        while sentence + 1 < len(firsts) and term.word >= firsts[sentence + 1]:
            sentence += 1
        if sentence >= 0 and not analysis.words[term.word].greeting:
            by_sentence[sentence].append(term)
    return [terms for terms in by_sentence if terms]


def _unbroken(analysis: Analysis, first: Term, last: Term) -> bool:
    """No comma or colon between two terms: "..., Ines" is not part of the stock text."""
    between = analysis.plain[analysis.words[first.word].start : analysis.words[last.word].start]
    return not any(mark in between for mark in ",;:")


def _bigrams(stems: list[str] | tuple[str, ...]) -> list[Bigram]:
    if len(stems) == 1:
        return [(stems[0], "")]
    return list(pairwise(stems))


def _match(analysis: Analysis, terms: Sequence[Term], phrase: str) -> StockMatch:
    start, end = analysis.span_of(terms[0].word, terms[-1].word)
    return StockMatch(start, end, phrase, len({term.word for term in terms}))
