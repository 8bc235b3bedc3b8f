"""The two findings that explain a generic verdict: personalisation that a mail merge could
have done, and no reason given for writing to this person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.checker.findings import Finding, Severity
from app.checker.recipient import Recipient
from app.checker.signals import Signal
from app.checker.text import Analysis

# Evidence that says why this person, or what is in it for them.
REASON_KINDS = frozenset(
    {"context", "shared", "reply", "thanks", "story", "theirs", "reference", "offer", "ask"}
)
_FIELD_WORDS = {
    "name": "their name",
    "first_name": "their name",
    "last_name": "their name",
    "company": "their company",
    "title": "their job title",
    "location": "where they live",
    "industry": "their industry",
    "mutual_connections": "your mutual connections",
}
_MUTUAL = re.compile(
    r"\b(?:\d+\+?\s+)?(?:mutual|shared)\s+(?:connections|contacts|friends)\b", re.IGNORECASE
)
_ADVICE = {
    "invite": "Say why them in particular: where you met, what of theirs you read or used, "
    "or who suggested you talk.",
    "thanks": "Mention something from your meeting or their work, or send what you promised.",
    "decline": "Offer something concrete instead: where to follow your work, or when you will "
    "be around for a coffee.",
    "coffee": "Say why you would like to talk to them, and name a place and a time.",
    "recruiter_reply": "Say what would interest you, or offer someone you know who fits.",
    "follow_up": "Recall what you talked about and add something new: a link, an answer, a date.",
    "intro": "Say who exactly, and why they would want to talk, in a sentence each.",
}
_ADD = (
    "Add something only they would recognise: where you met, a piece of their work, who "
    "introduced you, or a concrete offer."
)


def mail_merge_findings(
    analysis: Analysis, recipient: Recipient, severity: Severity
) -> tuple[Finding, ...]:
    """The mail-merge values the message leans on, each underlined. The greeting's name is
    reported only when it is the one personal touch."""
    mentions = _mentions(analysis, recipient)
    greeting = {word.start for word in analysis.words if word.greeting}
    in_body = [m for m in mentions if m[0] not in greeting]
    if in_body:
        return tuple(
            Finding(
                "mail_merge",
                severity,
                f"“{analysis.text[start:end]}” ({_FIELD_WORDS.get(field, field)}) is what any "
                f"mail merge fills in; it does not show you know {recipient.call()}. "
                f"{_ADD}",
                start,
                end,
            )
            for start, end, field in in_body
        )
    if mentions:
        start, end, _ = mentions[0]
        message = f"Only the name is personal here, and a mail merge fills that in too. {_ADD}"
        return (Finding("mail_merge", severity, message, start, end),)
    return ()


def no_reason_finding(
    analysis: Analysis, evidence: Iterable[Signal], kind: str | None, severity: Severity
) -> Finding | None:
    if any(signal.kind in REASON_KINDS for signal in evidence):
        return None
    body = [word for word in analysis.words if not word.greeting] or list(analysis.words)
    if not body:
        return None
    advice = _ADVICE.get(kind or "", _ADD)
    return Finding(
        "no_reason",
        severity,
        f"Nothing here says why you are writing to this person, or what is in it for them. "
        f"{advice}",
        body[0].start,
        body[-1].end,
    )


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
