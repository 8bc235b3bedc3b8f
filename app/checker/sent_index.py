"""Messages already sent, indexed so that "was this text sent to others?" takes
microseconds with thousands of them.

Each text is reduced to a fingerprint: lower-case words in which every capitalised word
and every number becomes "#", so the same template filled in for Sarah at Northwind and
for Tom at Brightpath gives the same fingerprint. Fingerprints are sets of word triples;
identical ones are stored once with the people they went to, and an inverted index from
triple to fingerprint finds the candidates for a new text without scanning them all.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

ContactId = int | str
# Share of word triples two texts must have in common to be "nearly the same".
NEAR = 0.7
_SHINGLE = 3
_WORD = re.compile(r"[^\W_][\w'’-]*")
_DIGIT = re.compile(r"\d")

Fingerprint = frozenset[int]


@dataclass(frozen=True)
class Repeats:
    """How many other people got this text word for word (after names), and how many
    got nearly the same text."""

    identical: int
    similar: int

    @property
    def total(self) -> int:
        return self.identical + self.similar


class SentIndex:
    """The texts already sent, as (contact id, text) pairs; `add` records one more.

    A contact id of None stands for a recipient the store could not name; each such text
    counts as a different person.
    """

    def __init__(self, sent: Iterable[tuple[ContactId | None, str]] = ()) -> None:
        self._groups: dict[Fingerprint, int] = {}
        self._fingerprints: list[Fingerprint] = []
        self._members: list[set[ContactId]] = []
        self._unnamed: list[int] = []
        self._postings: dict[int, list[int]] = defaultdict(list)
        for contact_id, text in sent:
            self.add(contact_id, text)

    def add(self, contact_id: ContactId | None, text: str) -> None:
        fingerprint = fingerprint_of(text)
        if not fingerprint:
            return
        group = self._groups.get(fingerprint)
        if group is None:
            group = len(self._fingerprints)
            self._groups[fingerprint] = group
            self._fingerprints.append(fingerprint)
            self._members.append(set())
            self._unnamed.append(0)
            for shingle in fingerprint:
                self._postings[shingle].append(group)
        if contact_id is None:
            self._unnamed[group] += 1
        else:
            self._members[group].add(contact_id)

    def repeats(self, text: str, exclude: ContactId | None = None) -> Repeats:
        """Other people who were sent this text; `exclude` is the current contact."""
        query = fingerprint_of(text)
        identical: set[ContactId] = set()
        similar: set[ContactId] = set()
        unnamed = {True: 0, False: 0}
        for group in self._candidates(query) if query else ():
            stored = self._fingerprints[group]
            if len(query & stored) < NEAR * max(len(query), len(stored)):
                continue
            same = stored == query
            (identical if same else similar).update(self._members[group])
            unnamed[same] += self._unnamed[group]
        identical.discard(exclude)
        similar -= identical | {exclude}
        return Repeats(len(identical) + unnamed[True], len(similar) + unnamed[False])

    def _candidates(self, query: Fingerprint) -> set[int]:
        """Groups sharing one of the query's rarest triples. A group sharing at least
        NEAR of the triples must share one of any (1 - NEAR) share plus one of them."""
        postings = sorted((self._postings.get(s, []) for s in query), key=len)
        needed = math.ceil(NEAR * len(query))
        found: set[int] = set()
        for posting in postings[: len(query) - needed + 1]:
            found.update(posting)
        return found


def fingerprint_of(text: str) -> Fingerprint:
    """The word triples of a text with names and numbers masked, hashed."""
    words = [
        "#" if word[0].isupper() or (not word.isalpha() and _DIGIT.search(word)) else word.lower()
        for word in _WORD.findall(text)
    ]
    if len(words) < _SHINGLE:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(map(hash, zip(words, words[1:], words[2:], strict=False)))
