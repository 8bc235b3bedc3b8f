"""Whether a message reads as written for this one person, and what to fix.

Plain Python, free of Qt: the composer calls `Checker.check` on every keystroke and merges
LanguageTool's matches in with `Checker.with_grammar` when they arrive.

    checker = Checker.load()
    sent = SentIndex(store_rows)              # (contact id, text) pairs, built once
    report = checker.check(text, kind="invite", channel="linkedin_note", contact=contact,
                           note_limit=settings.note_limit, sent=sent)
"""

from app.checker.checker import Checker
from app.checker.findings import Finding, Report, Severity
from app.checker.lexicon import LexiconError
from app.checker.sent_index import Repeats, SentIndex

__all__ = ["Checker", "Finding", "LexiconError", "Repeats", "Report", "SentIndex", "Severity"]
