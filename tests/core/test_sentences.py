"""What the core says to a person: English where it is printed, the parts kept apart for
the window to translate."""

from __future__ import annotations

from app.sentences import QT_TRANSLATE_NOOP, SaidError

NO_MESSAGE = QT_TRANSLATE_NOOP("TestSentences", "No sent message number {number} is recorded.")
UNREADABLE = QT_TRANSLATE_NOOP("TestSentences", "{file}: {problem}")


def test_a_sentence_reads_as_english_with_its_values() -> None:
    assert str(NO_MESSAGE(number=12)) == "No sent message number 12 is recorded."


def test_a_sentence_inside_a_sentence_reads_as_english_too() -> None:
    said = UNREADABLE(file="contacts.vcf", problem=NO_MESSAGE(number=3))
    assert str(said) == "contacts.vcf: No sent message number 3 is recorded."


def test_an_error_prints_its_sentence_and_keeps_it_for_the_window() -> None:
    error = SaidError(NO_MESSAGE(number=7))
    assert str(error) == "No sent message number 7 is recorded."
    assert error.sentence.wording is NO_MESSAGE
    assert dict(error.sentence.values) == {"number": 7}
