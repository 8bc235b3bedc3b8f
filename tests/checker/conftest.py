"""One checker for all checker tests: loading the phrase lists once is the intended use."""

from __future__ import annotations

import pytest

from app.checker import Checker, Finding, Report


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.load()


def found(report: Report, code: str) -> list[Finding]:
    return [finding for finding in report.findings if finding.code == code]


def underlined(report: Report, code: str, text: str) -> list[str]:
    """The text each finding of `code` underlines, as the editor would show it."""
    return [text[f.start : f.end] for f in found(report, code)]
