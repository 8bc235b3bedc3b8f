"""Whatever is typed, the checker answers, and every underline lies inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.checker import Checker, SentIndex
from app.checker.scoring import PERSONAL_THRESHOLD

_checker = Checker.load()
_sent = SentIndex([(1, "Hi Sam, I'd like to add you to my professional network.")])
_pieces = st.sampled_from(
    [
        "Hi Sam,",
        " we met",
        " at PyCon",
        " 2023",
        " {{ name }}",
        " [Name]",
        " I'd",
        " like to",
        " add you",
        " to my network.",
        "\n",
        " Let's connect!",
        " you showed me",
        "é",
        "’",
        "?",
    ]
)
_texts = st.one_of(st.text(max_size=400), st.lists(_pieces, max_size=30).map("".join))


@settings(max_examples=300, deadline=None)
@given(text=_texts, channel=st.sampled_from([None, "linkedin_note", "inmail", "email"]))
def test_any_text_gets_a_consistent_report(text: str, channel: str | None) -> None:
    report = _checker.check(text, channel=channel, contact={"name": "Sam Lee"}, sent=_sent)
    assert 0 <= report.score <= 100
    assert report.verdict == ("personal" if report.score >= PERSONAL_THRESHOLD else "generic")
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert finding.message
    assert list(report.findings) == sorted(
        report.findings, key=lambda f: (f.start, f.end, f.code, f.message)
    )
