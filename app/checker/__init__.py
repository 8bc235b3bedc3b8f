"""Whether a message reads as written for this one person, and what to fix.

Plain Python, free of Qt: the composer calls `Checker.check` on every keystroke and merges
LanguageTool's matches in with `Checker.with_grammar` when they arrive.

    checker = Checker.load()
    sent = SentIndex(store_rows)              # (contact id, text) pairs, built once
    report = checker.check(text, kind="invite", channel="linkedin_note", contact=contact,
                           note_limit=settings.note_limit, sent=sent)

Each name's module is imported when the name is first asked for: the window shows
findings (`Finding`, `Report`) with no need for the checker itself, whose patterns and
phrase lists take a noticeable part of start-up to load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from app.checker.checker import Checker
    from app.checker.findings import Finding, Report, Severity
    from app.checker.lexicon import LexiconError
    from app.checker.sent_index import Repeats, SentIndex

__all__ = ["Checker", "Finding", "LexiconError", "Repeats", "Report", "SentIndex", "Severity"]

_MODULE_OF = {
    "Checker": "app.checker.checker",
    "Finding": "app.checker.findings",
    "Report": "app.checker.findings",
    "Severity": "app.checker.findings",
    "LexiconError": "app.checker.lexicon",
    "Repeats": "app.checker.sent_index",
    "SentIndex": "app.checker.sent_index",
}


__getattr__ = lazy_exports(__name__, _MODULE_OF)
