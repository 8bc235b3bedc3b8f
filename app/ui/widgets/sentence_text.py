"""The core's sentences (app/sentences.py) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sentences import Count, SaidError, SaidText, Sentence
from app.ui.widgets.locale_text import count_text


def sentence_text(sentence: Sentence) -> str:
    """The sentence translated, with its values put in (a value that is a sentence too is
    translated as well, a count grouped as the locale groups digits; the rest, such as
    paths and the system's own words, as they are)."""
    values = {name: _value_text(value) for name, value in sentence.values}
    wording = sentence.wording
    return QCoreApplication.translate(wording.context, wording.source).format(**values)


def _value_text(value: object) -> str:
    if isinstance(value, Sentence):
        return sentence_text(value)
    if isinstance(value, SaidText):
        return sentence_text(value.sentence)
    if isinstance(value, Count):
        return count_text(value.number)
    return str(value)


def error_text(error: BaseException) -> str:
    """What went wrong, as the window says it: the core's sentence in the window's
    language, or, for an error the core did not word (the system's own), its text."""
    if isinstance(error, SaidError):
        return sentence_text(error.sentence)
    return str(error)


def said_text(said: Sentence | str) -> str:
    """A sentence in the window's language, or text the core quotes as it is (Jinja's,
    YAML's or the system's own words, a file's name) unchanged, but for a name the core
    worded (SaidText), which is said in the window's language too."""
    if isinstance(said, SaidText):
        return sentence_text(said.sentence)
    return said if isinstance(said, str) else sentence_text(said)
