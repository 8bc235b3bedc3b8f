"""Length against the channel: over its hard limit, longer than messages that get answers,
or too short to say anything."""

from __future__ import annotations

from app.channels import PREMIUM_NOTE_LIMIT, Channel, limit_for
from app.checker.findings import Finding, Severity
from app.checker.text import Analysis
from app.message_catalog import say

# Fewer words than this after the greeting cannot say why you write ("Let's connect!").
MIN_WORDS = 4


def check_length(
    analysis: Analysis, channel: Channel | None, note_limit: int, call: str, language: str
) -> tuple[Finding, ...]:
    """Length findings in `language`; `call` is how they name the recipient."""
    text = analysis.text.rstrip()
    findings: list[Finding] = []
    if channel is not None:
        limit = limit_for(channel, note_limit)
        if limit.hard is not None and len(text) > limit.hard:
            findings.append(_over(text, channel, limit.hard, language))
        elif limit.soft is not None and len(text) > limit.soft:
            findings.append(_long(text, channel, limit.soft, language))
    body = [word for word in analysis.words if not word.greeting]
    if text.strip() and len(body) < MIN_WORDS:
        start = len(analysis.text) - len(analysis.text.lstrip())
        message = say(language, "checker.too_short", call=call)
        findings.append(Finding("length", Severity.WARNING, message, start, len(text)))
    return tuple(findings)


def _over(text: str, channel: Channel, hard: int, language: str) -> Finding:
    upgrade = (
        say(language, "checker.premium_limit", limit=PREMIUM_NOTE_LIMIT)
        if channel is Channel.LINKEDIN_NOTE and hard < PREMIUM_NOTE_LIMIT
        else ""
    )
    message = say(
        language,
        "checker.over_limit",
        count=len(text),
        channel=say(language, f"checker.channel_{channel.value}"),
        limit=hard,
        upgrade=upgrade,
        extra=len(text) - hard,
    )
    return Finding("length", Severity.ERROR, message, hard, len(text))


def _long(text: str, channel: Channel, soft: int, language: str) -> Finding:
    message = say(
        language,
        "checker.over_soft_limit",
        count=len(text),
        channel=say(language, f"checker.channel_{channel.value}"),
        limit=soft,
    )
    return Finding("length", Severity.INFO, message, soft, len(text))
