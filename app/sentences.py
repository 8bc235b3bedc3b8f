"""Sentences the core says to a person, which the window can say in its own language.

The core words its errors in English, for `rapport` and the logs. Where the window shows
one, it should speak the window's language, yet the core cannot import Qt. So a sentence
travels as a value: its English source, the context translators see it under, and the
values that fill its `{placeholders}`. `str()` of it is the English; the window translates
it with `app/ui/widgets/sentence_text.py`.

The source is written where it is said, inside `QT_TRANSLATE_NOOP(context, source)`: that
is the call pyside6-lupdate looks for by name, so `make translations` finds the core's
sentences as it finds the window's. Values are kept as they are: a path, an OS error's own
words or a name is quoted, not translated; a value that is itself a Sentence is translated
in turn; a `Count` is written with the digit grouping of the language it is said in. An int
is not a count: line numbers and ids ("line 1234", "number 12345") are never grouped.
Plural sentences are not supported (Qt's %n needs Qt): word them around a count.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    """A sentence's English source and its translators' context, before its values."""

    context: str
    source: str

    def __call__(self, **values: object) -> Sentence:
        return Sentence(self, tuple(values.items()))


@dataclass(frozen=True)
class Sentence:
    """A Wording with its values: what to say, in any language."""

    wording: Wording
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.wording.source.format(**{name: str(value) for name, value in self.values})


@dataclass(frozen=True)
class Count:
    """A number of things (a limit, a size, how many): "10,000" in English, and grouped
    the way the window's language groups digits where the window says it."""

    number: int

    def __str__(self) -> str:
        return f"{self.number:,}"


class SaidText(str):
    """A name worded by Rapport ("Connections.csv in export.zip"): a str whose text is the
    English, wherever text is expected (the command line, logs, grouping), and which keeps
    its Sentence for the window to say in its language."""

    sentence: Sentence

    def __new__(cls, sentence: Sentence) -> SaidText:
        text = super().__new__(cls, str(sentence))
        text.sentence = sentence
        return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> Wording:
    """Marks `source` for translation under `context`. Qt's marker of the same name does
    this for the window; this one, named as Qt's so that lupdate finds its calls, does it
    for the core, which must not import Qt."""
    return Wording(context, source)


class SaidError(Exception):
    """An error whose message is a Sentence: English as `str()`, translatable as `.sentence`."""

    def __init__(self, sentence: Sentence) -> None:
        super().__init__(str(sentence))
        self.sentence = sentence
