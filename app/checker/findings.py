"""What the checker says about a message: findings gathered in a report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

Verdict = Literal["generic", "personal"]


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Finding:
    """One thing to tell the writer, tied to the characters [start, end) it is about.

    Positions are Python string indices (code points); an editor that counts UTF-16
    units must convert them. `suggestions` are replacement texts for that span.
    """

    code: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    rule_id: str | None = None

    @property
    def blocking(self) -> bool:
        """Whether this finding must be fixed before the message can be sent: errors are
        the problems that stop it going out as it stands (over the channel's limit, a
        template's blank left in), whatever its score."""
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "start": self.start,
            "end": self.end,
        }
        if self.rule_id is not None:
            data["rule_id"] = self.rule_id
        if self.suggestions:
            data["replacements"] = list(self.suggestions)
        return data


@dataclass(frozen=True)
class Report:
    """The checker's answer: a verdict, a 0-100 personalisation score and the findings."""

    verdict: Verdict
    score: int
    findings: tuple[Finding, ...]
    # The language the message was read in (app.languages), reported as "lang".
    language: str = "en"

    @property
    def blocking(self) -> tuple[Finding, ...]:
        """The findings that must be fixed before sending, in reading order; empty when
        the message can go. A personal verdict with these is still not ready to send."""
        return tuple(finding for finding in self.findings if finding.blocking)

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "findings": [finding.to_json() for finding in self.findings],
            "lang": self.language,
        }


def ordered(findings: tuple[Finding, ...] | list[Finding]) -> tuple[Finding, ...]:
    """Findings in reading order, so an editor can walk them front to back."""
    return tuple(sorted(findings, key=lambda f: (f.start, f.end, f.code, f.message)))
