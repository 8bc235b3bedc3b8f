"""Words that are never mistakes: the user's name and place, and their personal dictionary.

The dictionary is `dictionary.txt` in the data folder, one word or name a line ("PyData",
"Kraków", "Nubank"); lines starting with `#` are comments. The contact's own fields are
added per message by the checker. Grammar and spelling matches on these words are dropped.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from app.sentences import QT_TRANSLATE_NOOP, Count, SaidError

DICTIONARY_NAME = "dictionary.txt"
# A personal word list is a few hundred lines; anything far larger is not one.
MAX_DICTIONARY_BYTES = 512 * 1024
_MAX_WORD = 100


class DictionaryError(SaidError):
    """The dictionary file cannot be used, or cannot take a word; the sentence says why in
    one line."""


def read_dictionary(path: Path) -> tuple[str, ...]:
    """The entries of a personal dictionary file; none when it does not exist.

    Raises `DictionaryError` for anything but a readable UTF-8 regular file of at most
    `MAX_DICTIONARY_BYTES`.
    """
    try:
        # Non-blocking, so a FIFO planted under the name cannot hang the read.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return ()
    except OSError as exc:
        unreadable = QT_TRANSLATE_NOOP(
            "DictionaryError", "The dictionary {name} cannot be read: {error}."
        )
        raise DictionaryError(unreadable(name=path.name, error=exc.strerror)) from None
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise DictionaryError(
                QT_TRANSLATE_NOOP(
                    "DictionaryError", "The dictionary {name} is not a regular file."
                )(name=path.name)
            )
        data = stream.read(MAX_DICTIONARY_BYTES + 1)
    if len(data) > MAX_DICTIONARY_BYTES:
        limit = MAX_DICTIONARY_BYTES // 1024
        raise DictionaryError(
            QT_TRANSLATE_NOOP(
                "DictionaryError", "The dictionary {name} is larger than {limit} KB."
            )(name=path.name, limit=Count(limit))
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DictionaryError(
            QT_TRANSLATE_NOOP("DictionaryError", "The dictionary {name} is not UTF-8 text.")(
                name=path.name
            )
        ) from None
    entries = (line.strip() for line in text.splitlines())
    return tuple(e for e in entries if e and not e.startswith("#") and len(e) <= _MAX_WORD)


@dataclass
class PersonalDictionary:
    """The dictionary file of a data folder, read again only when it changes: the composer
    asks for it on every grammar check."""

    folder: Path
    _seen: tuple[int, int] | None = field(default=None, init=False)
    _words: tuple[str, ...] = field(default=(), init=False)

    @property
    def path(self) -> Path:
        return self.folder / DICTIONARY_NAME

    def words(self) -> tuple[str, ...]:
        """The entries as the file holds them now; none while it is missing or unusable."""
        try:
            info = self.path.stat()
        except OSError:
            return ()
        if self._seen != (info.st_mtime_ns, info.st_size):
            try:
                self._words = read_dictionary(self.path)
            except DictionaryError:
                self._words = ()
            self._seen = (info.st_mtime_ns, info.st_size)
        return self._words


def user_words(my_name: str, my_location: str, dictionary: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The user's own name and place and their dictionary's entries."""
    return tuple(word for word in (my_name, my_location, *dictionary) if word)
