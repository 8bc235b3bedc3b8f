"""The hints: each fires on the message it is about and not on a good one, and none
changes the score or the verdict."""

from __future__ import annotations

import pytest

from app.checker import Checker
from tests.checker.conftest import found

ALL = {"about_me", "long_sentence", "preview", "length"}
ABOUT_ME = (
    "Hi Jo, I run a bakery and I bake rye every morning. My ovens are old and I have been "
    "learning a lot about my flour. I would like to connect because I think my story helps."
)
ABOUT_YOU = (
    "Hi Jo, your rye at the Hackney market sold out before ten and you told me why: the "
    "starter your grandmother kept. Would you share how you feed it? Your loaves were great."
)
LONG = (
    "Hi Jo, we met at the Hackney market last Saturday when you were explaining to a queue of "
    "people how the starter your grandmother kept in a jar on the windowsill for forty years "
    "still makes the sourest rye in London. Coffee?"
)
SHORT = "Hi Jo, we met at the Hackney market on Saturday. Your rye starter story stuck with me."
STOCK_OPENING = (
    "Hi Jo, I'd like to add you to my professional network. We met at the Hackney market "
    "on Saturday and you told me about your rye starter."
)


def _codes(checker: Checker, text: str, **options: object) -> set[str]:
    report = checker.check(text, hints=ALL, **options)  # type: ignore[arg-type]
    return {f.code for f in report.findings if f.code.startswith("hint_")}


def test_a_message_about_the_writer_gets_the_balance_hint(checker: Checker) -> None:
    assert "hint_about_me" in _codes(checker, ABOUT_ME)
    assert "hint_about_me" not in _codes(checker, ABOUT_YOU)


def test_a_sentence_too_long_for_a_phone_is_pointed_at(checker: Checker) -> None:
    report = checker.check(LONG, hints={"long_sentence"})
    (hint,) = found(report, "hint_long_sentence")
    assert LONG[hint.start : hint.end].startswith("we met at the Hackney market")
    assert "hint_long_sentence" not in _codes(checker, SHORT)


def test_a_preview_wasted_on_stock_text(checker: Checker) -> None:
    assert "hint_preview" in _codes(checker, STOCK_OPENING)
    assert "hint_preview" not in _codes(checker, SHORT)


def test_length_band_for_email_only(checker: Checker) -> None:
    assert "hint_length" in _codes(checker, SHORT, kind="coffee", channel="email")
    thanks = SHORT + " Thanks again for the tip about feeding it twice a day in winter."
    assert "hint_length" not in _codes(checker, thanks, kind="thanks", channel="email")
    assert "hint_length" not in _codes(checker, SHORT, kind="coffee", channel="linkedin_note")


def test_the_noisy_hints_are_off_unless_asked_for(checker: Checker) -> None:
    report = checker.check(STOCK_OPENING, kind="coffee", channel="email")
    assert not found(report, "hint_preview") and not found(report, "hint_length")


@pytest.mark.parametrize("text", [ABOUT_ME, ABOUT_YOU, LONG, SHORT, STOCK_OPENING])
def test_hints_never_change_the_score_or_verdict(checker: Checker, text: str) -> None:
    plain = checker.check(text, channel="email", hints=())
    hinted = checker.check(text, channel="email", hints=ALL)
    assert (hinted.verdict, hinted.score) == (plain.verdict, plain.score)
    assert [f for f in hinted.findings if not f.code.startswith("hint_")] == list(plain.findings)


def test_an_unknown_hint_is_refused(checker: Checker) -> None:
    with pytest.raises(ValueError, match="Unknown hint 'tone'"):
        checker.check("Hi Jo.", hints={"tone"})
