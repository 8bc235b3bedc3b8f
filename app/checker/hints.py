"""Advice the best outreach tools give, as hints: information only, never part of the
score or the verdict. Each names where its advice comes from; the ones that would mostly
repeat another finding or fire on fine messages are off unless asked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from app.channels import Channel
from app.checker.findings import Finding, Severity
from app.checker.stock import StockMatch
from app.checker.text import Analysis
from app.message_catalog import say

_I_WORDS = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
_YOU_WORDS = frozenset({"you", "your", "yours", "yourself", "you're", "you've", "you'd"})
# Below this many words the balance is a matter of one sentence, not a habit.
_BALANCE_MIN_WORDS = 25
_SENTENCE_WORDS = 25
# A notification shows about this much of a message before it is opened.
_PREVIEW_CHARS = 60
# Words per kind for e-mail and long messages: Boomerang found 50 to 125 words answered
# most; thanks and declines say less.
_BANDS: dict[str, tuple[int, int]] = {
    "thanks": (20, 100),
    "decline": (20, 100),
    "recruiter_reply": (25, 125),
}
_DEFAULT_BAND = (50, 125)
_LONG_CHANNELS = frozenset({Channel.EMAIL, Channel.INMAIL, Channel.LINKEDIN_MESSAGE})
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


class HintInput:
    """What the hints read: the text, its kind, channel, stock lines and language."""

    def __init__(
        self,
        analysis: Analysis,
        kind: str | None,
        channel: Channel | None,
        boilerplate: tuple[StockMatch, ...],
        language: str,
    ) -> None:
        self.analysis = analysis
        self.kind = kind
        self.channel = channel
        self.boilerplate = boilerplate
        # The hints speak the message's language.
        self.language = language


def about_the_writer(given: HintInput) -> Finding | None:
    """Lavender's published guidance: write about the reader; more "I" than "you" reads
    as a message about the sender."""
    tokens = [t.lower() for t in _TOKEN.findall(given.analysis.plain)]
    if len(tokens) < _BALANCE_MIN_WORDS:
        return None
    mine = sum(1 for t in tokens if t in _I_WORDS)
    yours = sum(1 for t in tokens if t in _YOU_WORDS)
    if mine <= 2 * max(1, yours):
        return None
    message = say(given.language, "checker.hint_about_me", mine=mine, yours=yours)
    return Finding("hint_about_me", Severity.INFO, message, 0, len(given.analysis.text.rstrip()))


def long_sentences(given: HintInput) -> Finding | None:
    """Boomerang's 40-million-email study: messages written at a third-grade reading level
    got the most replies; a sentence over 25 words is hard to read on a phone."""
    analysis = given.analysis
    longest = max(analysis.sentences, key=lambda s: s.last - s.first, default=None)
    if longest is None or longest.last - longest.first + 1 <= _SENTENCE_WORDS:
        return None
    start, end = analysis.span_of(longest.first, longest.last)
    words = longest.last - longest.first + 1
    message = say(given.language, "checker.hint_long_sentence", words=words)
    return Finding("hint_long_sentence", Severity.INFO, message, start, end)


def wasted_preview(given: HintInput) -> Finding | None:
    """Lavender's published guidance: the first line is the preview a notification shows;
    one that opens with stock text ("I'd like to add you ...") is wasted."""
    body = [w for w in given.analysis.words if not w.greeting]
    if not body:
        return None
    first = body[0].start
    opening = next((m for m in given.boilerplate if m.start <= first < m.end + 1), None)
    if opening is None or opening.start > first + _PREVIEW_CHARS:
        return None
    message = say(given.language, "checker.hint_preview")
    return Finding("hint_preview", Severity.INFO, message, opening.start, opening.end)


def length_band(given: HintInput) -> Finding | None:
    """Boomerang's 40-million-email study: e-mails of 50 to 125 words got the most replies
    (notes have their own limit, so this is for e-mail and long messages)."""
    if given.channel not in _LONG_CHANNELS:
        return None
    low, high = _BANDS.get(given.kind or "", _DEFAULT_BAND)
    words = len(given.analysis.words)
    if low <= words <= high:
        return None
    key = "checker.hint_too_few_words" if words < low else "checker.hint_too_many_words"
    message = say(given.language, key, words=words, low=low, high=high)
    return Finding("hint_length", Severity.INFO, message, 0, len(given.analysis.text.rstrip()))


Hint = Callable[[HintInput], Finding | None]
HINTS: dict[str, Hint] = {
    "about_me": about_the_writer,
    "long_sentence": long_sentences,
    "preview": wasted_preview,
    "length": length_band,
}
# On unless turned off: they fire on what a reader notices. The preview hint repeats the
# boilerplate finding and the length band the channel's soft limit, so they wait to be asked.
DEFAULT_HINTS = frozenset({"about_me", "long_sentence"})


def hint_findings(given: HintInput, enabled: Collection[str]) -> list[Finding]:
    """The findings of the `enabled` hints (names in `HINTS`)."""
    found = (HINTS[name](given) for name in HINTS if name in enabled)
    return [finding for finding in found if finding is not None]
