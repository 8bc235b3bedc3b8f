from __future__ import annotations

import pytest

from app.channels import Channel
from app.checker import Checker, Severity
from tests.checker.conftest import found

NOTE = (
    "Hi Diana, your talk to the Norwich actuarial society on longevity risk after the "
    "pandemic changed how I price our annuity book. Could I send you the mortality table I "
    "built from it? I would value your view on the 2021 cohort."
)


def test_a_250_character_note_is_over_the_free_limit_only(checker: Checker) -> None:
    assert 200 < len(NOTE) <= 300
    free = checker.check(NOTE, channel="linkedin_note", note_limit=200)
    (over,) = found(free, "length")
    assert over.severity is Severity.ERROR
    assert (over.start, over.end) == (200, len(NOTE))
    assert f"{len(NOTE)} characters" in over.message
    assert "Premium" in over.message
    premium = checker.check(NOTE, channel=Channel.LINKEDIN_NOTE, note_limit=300)
    assert found(premium, "length") == []


def test_inmail_allows_about_1900_characters(checker: Checker) -> None:
    long_text = NOTE + " " + "We also compared notes on pricing. " * 50
    assert len(long_text.rstrip()) > 1900
    (over,) = found(checker.check(long_text, channel="inmail"), "length")
    assert over.severity is Severity.ERROR
    assert over.start == 1900


def test_a_long_linkedin_message_gets_a_gentle_note(checker: Checker) -> None:
    text = NOTE + " " + "We also compared notes on pricing. " * 20
    (long,) = found(checker.check(text, channel="linkedin_message"), "length")
    assert long.severity is Severity.INFO
    assert long.start == 800


def test_trailing_spaces_do_not_count(checker: Checker) -> None:
    text = NOTE[:200] + "   \n"
    assert found(checker.check(text, channel="linkedin_note"), "length") == []


def test_too_short_to_say_anything(checker: Checker) -> None:
    text = "Hi Sam, let's connect!"
    (short,) = found(checker.check(text), "length")
    assert short.severity is Severity.WARNING
    assert (short.start, short.end) == (0, len(text))


def test_without_a_channel_there_is_no_limit(checker: Checker) -> None:
    assert found(checker.check(NOTE * 10), "length") == []


def test_unknown_channel_and_kind_are_refused(checker: Checker) -> None:
    with pytest.raises(ValueError, match="Unknown channel 'fax'"):
        checker.check(NOTE, channel="fax")
    with pytest.raises(ValueError, match="Unknown message kind 'invitation'"):
        checker.check(NOTE, kind="invitation")
