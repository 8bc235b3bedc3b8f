"""The word and phrase lists the checker reads from `resources/phrases/`.

They are plain text so that anyone can extend them without touching code: one entry per
line, blank lines and lines starting with `#` ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.checker.text import Analysis, expand
from app.checker.vocabulary import Vocabulary
from app.sentences import QT_TRANSLATE_NOOP, SaidError

PHRASE_FOLDER = "phrases"
# Each other language's stock texts and clichés sit in a folder of its own, named by its
# code; they are matched with the English ones, since no phrase of one language occurs
# in a message in another.
_LANGUAGE_FOLDERS = ("de", "fr", "es", "pt")
_LANGUAGE_FILES = ("boilerplate", "cliches")
_FILES = {
    "boilerplate": "boilerplate.txt",
    "cliches": "cliches.txt",
    "generic_capitalised": "generic_capitalised.txt",
    "trade_words": "trade_words.txt",
}


class LexiconError(SaidError):
    """A phrase file is missing or unreadable; the sentence names the file."""


@dataclass(frozen=True)
class Phrase:
    """A listed phrase as written, and its stems in order."""

    text: str
    stems: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    boilerplate: tuple[Phrase, ...]
    cliches: tuple[Phrase, ...]
    generic_capitalised: frozenset[str]
    vocabulary: Vocabulary

    @classmethod
    def load(cls, resources_dir: Path) -> Lexicon:
        folder = resources_dir / PHRASE_FOLDER
        lines = {key: read_entries(folder / name) for key, name in _FILES.items()}
        for language in _LANGUAGE_FOLDERS:
            for key in _LANGUAGE_FILES:
                lines[key] += read_entries(folder / language / _FILES[key])
        stock = lines["boilerplate"] + lines["cliches"]
        # The words of stock phrases ("synergies", "circling back") are trade talk too.
        trade = [
            piece
            for line in lines["trade_words"] + stock
            for term in Analysis(line).words
            for piece in expand(term.lower)
        ]
        try:
            vocabulary = Vocabulary.load(trade)
        except (OSError, ValueError) as exc:
            unreadable = QT_TRANSLATE_NOOP(
                "LexiconError", "The word frequencies cannot be read: {error}."
            )
            raise LexiconError(unreadable(error=exc)) from exc
        return cls(
            boilerplate=tuple(_phrase(line) for line in lines["boilerplate"]),
            cliches=tuple(_phrase(line) for line in lines["cliches"]),
            generic_capitalised=frozenset(line.lower() for line in lines["generic_capitalised"]),
            vocabulary=vocabulary,
        )

    def is_common(self, lower_piece: str) -> bool:
        """Whether a lower-case word piece is everyday vocabulary rather than detail."""
        return self.vocabulary.is_common(lower_piece)


def read_entries(path: Path) -> tuple[str, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        unreadable = QT_TRANSLATE_NOOP(
            "LexiconError", "The phrase list {path} cannot be read: {error}."
        )
        raise LexiconError(unreadable(path=path, error=exc.strerror)) from exc
    except UnicodeDecodeError as exc:
        not_text = QT_TRANSLATE_NOOP("LexiconError", "The phrase list {path} is not UTF-8 text.")
        raise LexiconError(not_text(path=path)) from exc
    entries = (line.strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry and not entry.startswith("#"))


def _phrase(line: str) -> Phrase:
    return Phrase(line, tuple(term.stem for term in Analysis(line).terms))
