"""Length against the channel: over its hard limit, longer than messages that get answers,
or too short to say anything."""

from __future__ import annotations

from app.channels import PREMIUM_NOTE_LIMIT, Channel, limit_for
from app.checker.findings import Finding, Severity
from app.checker.text import Analysis

# Fewer words than this after the greeting cannot say why you write ("Let's connect!").
MIN_WORDS = 4


def check_length(
    analysis: Analysis, channel: Channel | None, note_limit: int, call: str
) -> tuple[Finding, ...]:
    text = analysis.text.rstrip()
    findings: list[Finding] = []
    if channel is not None:
        limit = limit_for(channel, note_limit)
        if limit.hard is not None and len(text) > limit.hard:
            findings.append(_over(text, channel, limit.hard))
        elif limit.soft is not None and len(text) > limit.soft:
            findings.append(_long(text, channel, limit.soft))
    body = [word for word in analysis.words if not word.greeting]
    if text.strip() and len(body) < MIN_WORDS:
        start = len(analysis.text) - len(analysis.text.lstrip())
        findings.append(
            Finding(
                "length",
                Severity.WARNING,
                f"This is too short to say anything to {call}. Add one sentence on why you "
                "are writing to them in particular, or what you can offer.",
                start,
                len(text),
            )
        )
    return tuple(findings)


def _over(text: str, channel: Channel, hard: int) -> Finding:
    extra = len(text) - hard
    upgrade = (
        f" (Premium accounts get {PREMIUM_NOTE_LIMIT})"
        if channel is Channel.LINKEDIN_NOTE and hard < PREMIUM_NOTE_LIMIT
        else ""
    )
    return Finding(
        "length",
        Severity.ERROR,
        f"{len(text)} characters: a {channel.label} allows {hard}{upgrade}, so the last "
        f"{extra} will not fit. Cut the greeting and the closing line before the detail "
        "that shows you know them.",
        hard,
        len(text),
    )


def _long(text: str, channel: Channel, soft: int) -> Finding:
    return Finding(
        "length",
        Severity.INFO,
        f"{len(text)} characters: a {channel.label} that gets an answer is usually under "
        f"{soft}. Consider keeping only what this person needs to reply.",
        soft,
        len(text),
    )
