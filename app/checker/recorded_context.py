"""What the writer recorded about the person (how they met, their work, shared interests,
who introduced them, the note they sent), found again in the message.

The strongest evidence there is: the writer wrote it down for this one contact.
"""

from __future__ import annotations

from app.checker.lexicon import Lexicon
from app.checker.recipient import Recipient, words_of
from app.checker.signals import Signal
from app.checker.text import Analysis, stem

_PEOPLE_FIELDS = frozenset({"introduced_by", "mutual_contacts"})
# A short recorded detail made only of everyday words ("at the conference") is matched on
# its longer words; a longer one of everyday words (a stock note they sent) is not matched.
_SHORT_DETAIL = 4
_MIN_LENGTH = 4


def find_context(analysis: Analysis, lexicon: Lexicon, recipient: Recipient) -> tuple[Signal, ...]:
    if not recipient.context:
        return ()
    spans: dict[str, tuple[int, int]] = {}
    for term in analysis.terms:
        word = analysis.words[term.word]
        spans.setdefault(term.stem, (word.start, word.end))
    found: list[Signal] = []
    for field, value in recipient.context:
        keys = _telling_stems(value, lexicon, recipient)
        hits = [spans[key] for key in keys if key in spans]
        # A person is named by one of their names; other details need two telling words
        # to match, unless they have only one.
        needed = 1 if field in _PEOPLE_FIELDS else min(2, len(keys))
        if hits and len(hits) >= needed:
            found.append(Signal("context", min(h[0] for h in hits), max(h[1] for h in hits)))
    return tuple(found)


def _telling_stems(value: str, lexicon: Lexicon, recipient: Recipient) -> set[str]:
    """The telling words of a recorded detail: its uncommon ones; for a short detail made
    only of everyday words ("a conference"), its longer words."""
    words = [w for w in words_of(value) if w not in recipient.merge_words]
    telling = {stem(w) for w in words if not lexicon.is_common(w)}
    if telling or len(words) > _SHORT_DETAIL:
        return telling
    return {stem(w) for w in words if len(w) >= _MIN_LENGTH}
