"""The word and phrase lists the checker reads from `resources/phrases/`.

They are plain text so that anyone can extend them without touching code: one entry per
line, blank lines and lines starting with `#` ignored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.checker.text import Analysis, expand, stem

PHRASE_FOLDER = "phrases"
_FILES = {
    "boilerplate": "boilerplate.txt",
    "cliches": "cliches.txt",
    "common_words": "common_words.txt",
    "generic_capitalised": "generic_capitalised.txt",
}


class LexiconError(Exception):
    """A phrase file is missing or unreadable; the message names the file."""


@dataclass(frozen=True)
class Phrase:
    """A listed phrase as written, and its stems in order."""

    text: str
    stems: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    boilerplate: tuple[Phrase, ...]
    cliches: tuple[Phrase, ...]
    common_stems: frozenset[str]
    generic_capitalised: frozenset[str]

    @classmethod
    def load(cls, resources_dir: Path) -> Lexicon:
        folder = resources_dir / PHRASE_FOLDER
        lines = {key: read_entries(folder / name) for key, name in _FILES.items()}
        return cls(
            boilerplate=tuple(_phrase(line) for line in lines["boilerplate"]),
            cliches=tuple(_phrase(line) for line in lines["cliches"]),
            common_stems=frozenset(
                stem(piece) for line in lines["common_words"] for piece in expand(line.lower())
            ),
            generic_capitalised=frozenset(line.lower() for line in lines["generic_capitalised"]),
        )

    def is_common(self, lower_piece: str) -> bool:
        """Whether a lower-case word piece is everyday vocabulary rather than detail."""
        return stem(lower_piece) in self.common_stems


def read_entries(path: Path) -> tuple[str, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"The phrase list {path} cannot be read: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise LexiconError(f"The phrase list {path} is not UTF-8 text.") from exc
    entries = (line.strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry and not entry.startswith("#"))


def _phrase(line: str) -> Phrase:
    return Phrase(line, tuple(term.stem for term in Analysis(line).terms))
