from __future__ import annotations

from app.checker import Checker, Severity
from tests.checker.conftest import found, underlined


def test_linkedins_default_note_is_called_out_as_boilerplate(checker: Checker) -> None:
    text = "Hi Alex, I'd like to add you to my professional network."
    report = checker.check(text, kind="invite", contact={"name": "Alex Moreau"})
    assert underlined(report, "boilerplate", text) == [
        "I'd like to add you to my professional network"
    ]
    assert found(report, "boilerplate")[0].severity is Severity.WARNING
    assert report.verdict == "generic"


def test_a_near_variant_is_caught_too(checker: Checker) -> None:
    text = "Hello Sam, I want to add you to my professional network."
    report = checker.check(text)
    assert underlined(report, "boilerplate", text) == [
        "I want to add you to my professional network"
    ]


def test_curly_apostrophes_and_case_do_not_hide_it(checker: Checker) -> None:
    text = "I’D LIKE TO CONNECT WITH YOU ON LINKEDIN."
    assert underlined(checker.check(text), "boilerplate", text) == [text[:-1]]


def test_a_message_that_is_all_stock_text_scores_low_even_with_details(checker: Checker) -> None:
    text = "Hi Sam, I'd like to join your LinkedIn network. Let's connect on LinkedIn."
    report = checker.check(text)
    assert report.score <= 25
    assert len(found(report, "boilerplate")) == 2


def test_a_stock_closing_under_a_personal_note_is_only_mentioned(checker: Checker) -> None:
    text = (
        "Hi Erik, your blog post on shrinking the Android build from 14 to 6 minutes "
        "answered a question I had for months. I'd like to connect with you."
    )
    report = checker.check(text, contact={"name": "Erik Lund", "company": "Spotify"})
    assert report.verdict == "personal"
    assert [f.severity for f in found(report, "boilerplate")] == [Severity.INFO]


def test_ordinary_sentences_are_not_boilerplate(checker: Checker) -> None:
    text = "Hi Kira, the slides from my Kotlin talk are on my profile."
    assert found(checker.check(text), "boilerplate") == []


def test_shouting_does_not_turn_every_word_into_a_name(checker: Checker) -> None:
    text = "HI SAM, I WOULD LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN"
    report = checker.check(text)
    assert report.score == 0
    assert found(report, "boilerplate")
