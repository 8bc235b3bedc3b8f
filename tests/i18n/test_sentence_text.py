"""The core's sentences in the window's language, and errors the core did not word left as
the system said them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.sentences import QT_TRANSLATE_NOOP, SaidError
from app.ui.widgets.sentence_text import error_text, sentence_text

CANNOT_READ = QT_TRANSLATE_NOOP("TestSentenceText", "{file} cannot be read: {problem}")
EMPTY = QT_TRANSLATE_NOOP("TestSentenceText", "the file is empty.")


class GermanForTheTest(QTranslator):
    """Two sentences in German, as a .qm would give them."""

    GERMAN: ClassVar[dict[str, str]] = {
        "{file} cannot be read: {problem}": "{file} kann nicht gelesen werden: {problem}",
        "the file is empty.": "Die Datei ist leer.",
    }

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.GERMAN.get(source, "") if context == "TestSentenceText" else ""


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translator = GermanForTheTest()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_sentence_and_the_sentence_inside_it_are_translated(german: None) -> None:
    said = CANNOT_READ(file="C:/Users/Ana/kontakte.vcf", problem=EMPTY())
    assert (
        sentence_text(said)
        == "C:/Users/Ana/kontakte.vcf kann nicht gelesen werden: Die Datei ist leer."
    )


def test_an_untranslated_sentence_is_shown_in_english(qapp: QApplication) -> None:
    assert sentence_text(EMPTY()) == "the file is empty."


def test_an_error_the_core_worded_is_translated(german: None) -> None:
    assert error_text(SaidError(EMPTY())) == "Die Datei ist leer."


def test_an_error_from_the_system_keeps_its_own_words(german: None) -> None:
    error = OSError(28, "No space left on device")
    assert error_text(error) == "[Errno 28] No space left on device"
