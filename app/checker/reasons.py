"""The two findings that explain a generic verdict: personalisation that a mail merge could
have done, and no reason given for writing to this person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.checker.findings import Finding, Severity
from app.checker.recipient import Recipient
from app.checker.signals import Signal
from app.checker.text import Analysis
from app.message_catalog import say

# Evidence that says why this person, or what is in it for them.
REASON_KINDS = frozenset(
    {"context", "shared", "reply", "thanks", "story", "theirs", "reference", "offer", "ask"}
    | {"terms"}
)
# The merge fields a finding names in words ("their company"); others by their own name.
_FIELD_KEYS = {
    "name": "field_name",
    "first_name": "field_name",
    "last_name": "field_name",
    "company": "field_company",
    "title": "field_title",
    "location": "field_location",
    "industry": "field_industry",
    "mutual_connections": "field_mutual_connections",
}
_MUTUAL = re.compile(
    r"\b(?:\d+\+?\s+)?(?:mutual|shared)\s+(?:connections|contacts|friends)\b", re.IGNORECASE
)
# The kinds with advice of their own in the catalogue ("checker.advice_invite").
_ADVICE_KINDS = frozenset(
    {"invite", "thanks", "decline", "coffee", "recruiter_reply", "follow_up", "intro"}
)


def mail_merge_findings(
    analysis: Analysis, recipient: Recipient, severity: Severity, language: str
) -> tuple[Finding, ...]:
    """The mail-merge values the message leans on, each underlined. The greeting's name is
    reported only when it is the one personal touch."""
    mentions = _mentions(analysis, recipient)
    greeting = {word.start for word in analysis.words if word.greeting}
    in_body = [m for m in mentions if m[0] not in greeting]
    advice = say(language, "checker.advice_any")
    if in_body:
        call = recipient.given_name or say(language, "checker.them")
        return tuple(
            Finding(
                "mail_merge",
                severity,
                say(
                    language,
                    "checker.mail_merge_value",
                    value=analysis.text[start:end],
                    field=_field_words(field, language),
                    call=call,
                    advice=advice,
                ),
                start,
                end,
            )
            for start, end, field in in_body
        )
    if mentions:
        start, end, _ = mentions[0]
        message = say(language, "checker.mail_merge_name_only", advice=advice)
        return (Finding("mail_merge", severity, message, start, end),)
    return ()


def no_reason_finding(
    analysis: Analysis,
    evidence: Iterable[Signal],
    kind: str | None,
    severity: Severity,
    language: str,
) -> Finding | None:
    if any(signal.kind in REASON_KINDS for signal in evidence):
        return None
    body = [word for word in analysis.words if not word.greeting] or list(analysis.words)
    if not body:
        return None
    advice = say(language, f"checker.advice_{kind if kind in _ADVICE_KINDS else 'any'}")
    message = say(language, "checker.no_reason", advice=advice)
    return Finding("no_reason", severity, message, body[0].start, body[-1].end)


def _field_words(field: str, language: str) -> str:
    key = _FIELD_KEYS.get(field)
    return say(language, f"checker.{key}") if key else field


def _mentions(analysis: Analysis, recipient: Recipient) -> list[tuple[int, int, str]]:
    """(start, end, field) of each mail-merge value in the text, longest first at a place."""
    text = analysis.plain
    fields: dict[str, str] = {}  # each value's text, lower-cased, and the first field of it
    exact: set[str] = set()
    for field, value in list(recipient.merge) or _greeting_names(analysis):
        for part in _parts(value):
            fields.setdefault(part.lower(), field)
            # "IT" the industry is not "it" the pronoun: short or capital values match exactly.
            if len(part) <= 3 or part.isupper():
                exact.add(part)
    folded = [part for part in fields if not any(part == e.lower() for e in exact)]
    candidates = [(m.start(), m.end(), "mutual_connections") for m in _MUTUAL.finditer(text)]
    # One pass per letter case over the text, whatever the number of values: at each place
    # the alternation takes the longest value that fits.
    for parts, flags in ((sorted(exact), 0), (folded, re.IGNORECASE)):
        if not parts:
            continue
        choices = "|".join(re.escape(part) for part in sorted(parts, key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{choices})(?:'s)?(?!\w)", flags)
        for match in pattern.finditer(text):
            value = match.group().lower().removesuffix("'s")
            field = fields.get(value) or fields[match.group().lower()]
            candidates.append((match.start(), match.end(), field))
    # Longest first where two overlap; `claimed` marks the characters already taken.
    found: list[tuple[int, int, str]] = []
    claimed = bytearray(len(text))
    for start, end, field in sorted(candidates, key=lambda c: c[0] - c[1]):
        if not any(claimed[start:end]):
            found.append((start, end, field))
            claimed[start:end] = b"\x01" * (end - start)
    return sorted(found)


def _parts(value: str) -> list[str]:
    """A value and its comma-separated parts: "Sao Paulo, Brazil" is often just "Sao Paulo"."""
    return [value.strip(), *(part.strip() for part in value.split(",") if part.strip())]


def _greeting_names(analysis: Analysis) -> list[tuple[str, str]]:
    """Without a contact, the name after "Hi" is the one value we can recognise."""
    names = [w.text for w in analysis.words[1:] if w.greeting and w.text[0].isupper()]
    return [("first_name", name) for name in names]
