"""LanguageTool's matches as findings.

Matches on words of the contact's fields and on the user's own vocabulary (their name and
place, their dictionary) are dropped, whatever rule made them: "Kowalczyk" and "Nubank"
are not typos, and "Krakow" is no foreign word to avoid.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.checker.findings import Finding, Severity
from app.checker.recipient import Recipient, words_of
from app.grammar.matches import GrammarMatch

# LanguageTool categories that suggest rather than correct.
_SUGGESTIONS_ONLY = frozenset(
    {"STYLE", "TYPOGRAPHY", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "MISC", "SEMANTICS"}
)
_MAX_REPLACEMENTS = 5


def grammar_findings(
    text: str,
    matches: Iterable[GrammarMatch],
    recipient: Recipient,
    known_words: Iterable[str] = (),
) -> tuple[Finding, ...]:
    user = {word for entry in known_words for word in words_of(entry)}
    # A spelling match on any word of the contact's record is wrong; another rule's match
    # is dropped only on names, so "the the" stays flagged though a note holds "the".
    known_spelling = recipient.field_words | user
    known_names = recipient.proper_words | user
    findings = []
    for match in matches:
        # A match for an older version of the text may point past its end.
        if match.offset < 0 or match.length < 0 or match.end > len(text):
            continue
        spelling = match.is_spelling
        span = text[match.offset : match.end]
        if _all_known(span, known_spelling if spelling else known_names):
            continue
        findings.append(
            Finding(
                code="spelling" if spelling else "grammar",
                severity=_severity(match, spelling),
                message=match.message,
                start=match.offset,
                end=match.end,
                suggestions=match.replacements[:_MAX_REPLACEMENTS],
                rule_id=match.rule_id,
            )
        )
    return tuple(findings)


def _all_known(span: str, known: set[str] | frozenset[str]) -> bool:
    words = words_of(span)
    return bool(words) and all(word in known for word in words)


def _severity(match: GrammarMatch, spelling: bool) -> Severity:
    if spelling or match.category.upper() not in _SUGGESTIONS_ONLY:
        return Severity.WARNING
    return Severity.INFO
