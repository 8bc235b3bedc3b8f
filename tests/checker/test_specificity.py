"""Word rarity from real frequencies, and sales pitches, as the score sees them."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from app.checker import Checker
from app.checker.vocabulary import Vocabulary


def test_a_short_note_with_a_rare_detail_passes(checker: Checker) -> None:
    text = "Hi Jonas, your talk on varroa mites at the Ludlow beekeepers' day saved my hives."
    assert checker.check(text, contact={"name": "Jonas Berg"}).verdict == "personal"


def test_the_same_note_with_everyday_words_does_not(checker: Checker) -> None:
    text = "Hi Jonas, your talk on leadership at the conference was great for my team."
    assert checker.check(text, contact={"name": "Jonas Berg"}).verdict == "generic"


def test_a_rare_word_counts_more_than_an_uncommon_one(checker: Checker) -> None:
    uncommon = checker.check("Your checklist helped us.").score
    rare = checker.check("Your crampon helped us.").score
    assert rare > uncommon


def test_the_contacts_own_rare_company_is_no_detail(checker: Checker) -> None:
    text = "Hi Pia, Vetrocraft looks great. Let's connect."
    assert checker.check(text, contact={"name": "Pia Lund", "company": "Vetrocraft"}).score == 0


def test_trade_talk_is_no_detail(checker: Checker) -> None:
    text = "Hi Ola, as a SaaS fintech founder I love webinars on B2B synergies. Connect?"
    assert checker.check(text).verdict == "generic"


def test_a_sales_pitch_is_generic_however_specific(checker: Checker) -> None:
    text = (
        "Hi Chiara, trattorias in Bologna use our booking assistant to fill 40% more tables "
        "on rainy Tuesdays. Could we book a quick demo?"
    )
    report = checker.check(text, contact={"name": "Chiara Neri", "location": "Bologna"})
    assert report.verdict == "generic"


def test_a_shared_demo_is_no_pitch(checker: Checker) -> None:
    text = "Hi Hiro, you showed me the edge caching demo at Interop Tokyo. Could we connect?"
    assert checker.check(text, contact={"name": "Hiro Sato"}).verdict == "personal"


def test_german_nouns_are_not_names(checker: Checker) -> None:
    text = "Hallo Herr Demir, ich freue mich über Kontakte aus dem Handwerk in meinem Netzwerk."
    assert checker.check(text, contact={"name": "Emre Demir"}).verdict == "generic"


def test_frequencies_load_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the word frequencies tried to connect out")

    monkeypatch.setattr(socket, "socket", refuse)
    vocabulary = Vocabulary.load(["webinar"])
    assert "wordfreq" not in sys.modules, "importing wordfreq costs start-up time"
    assert vocabulary.is_common("meeting") and vocabulary.is_common("webinars")
    assert vocabulary.is_rare("gasket") and not vocabulary.is_common("gasket")
    assert not vocabulary.is_rare("réseau")


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag Herr Lehmann, ich würde mich freuen, Sie in mein Netzwerk aufzunehmen.",
        "Buenas tardes, Sr. Olmedo. Me encantaría conectar con usted.",
        "Bonjour Monsieur Tremblay, je serais ravi de faire partie de votre réseau.",
    ],
)
def test_greetings_in_other_languages_are_no_details(checker: Checker, text: str) -> None:
    assert checker.check(text).verdict == "generic"


def test_the_word_lists_are_read_on_the_first_check_not_when_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.checker import vocabulary

    read: list[str] = []
    real = vocabulary.read_frequency_list

    def recording(language: str, down_to: float = 0.0) -> list[list[str]]:
        read.append(language)
        return real(language, down_to)

    monkeypatch.setattr(vocabulary, "read_frequency_list", recording)
    checker = Checker.load()
    assert read == [], "building the checker (as the window does) decoded the word lists"
    text = "Hi Maren, thanks for the gasket tip at Thursday's shutdown briefing. Let's connect."
    assert checker.check(text, contact={"name": "Maren Olsen"}).verdict == "personal"
    assert "en" in read
    read.clear()
    checker.check(text, contact={"name": "Maren Olsen"})
    assert read == [], "the word lists were read again"


def test_a_missing_word_list_is_named_when_the_checker_is_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from app.checker import LexiconError, vocabulary

    monkeypatch.setattr(vocabulary, "frequency_list_path", lambda language: tmp_path / language)
    with pytest.raises(LexiconError, match="word frequencies"):
        Checker.load()
