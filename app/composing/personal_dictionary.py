"""Adding words to the user's own dictionary from the composer ("Add to dictionary").

The file is `dictionary.txt` in the data folder, one word a line, which the user may also
edit by hand; `app.checker.known_words` reads it (the one reader, bounded). A word is
added by writing the whole file again atomically, so a crash never halves it, and what
the user wrote there by hand (comments among them) stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from app.checker.known_words import (
    DICTIONARY_NAME,
    MAX_DICTIONARY_BYTES,
    DictionaryError,
    read_dictionary,
)
from app.safe_io.writing import write_text_atomically
from app.sentences import QT_TRANSLATE_NOOP, Count

# A dictionary is a list of words, not a store of text: past these, an entry or the file
# is not what the user meant to keep.
MAX_WORD = 100
MAX_WORDS = 10_000


def dictionary_path(data_dir: Path) -> Path:
    return data_dir / DICTIONARY_NAME


def read_words(path: Path) -> tuple[str, ...]:
    """The words kept, in order, without repeats; none when the file is missing or cannot
    be used (spelling checks then flag what they would without it)."""
    try:
        return tuple(dict.fromkeys(read_dictionary(path)))[:MAX_WORDS]
    except DictionaryError:
        return ()


def add_word(path: Path, word: str) -> tuple[str, ...]:
    """Keep `word` (one line, surrounding space removed) and return every word now kept.
    Raises DictionaryError for a word that cannot be one line of the file or a dictionary
    that cannot take it, OSError when the file cannot be written."""
    entry = word.strip()
    if not entry or "\n" in entry or "\r" in entry or len(entry) > MAX_WORD:
        refused = QT_TRANSLATE_NOOP("DictionaryError", "“{word}” cannot go in your dictionary.")
        raise DictionaryError(refused(word=entry[:40]))
    words = tuple(dict.fromkeys(read_dictionary(path)))
    if entry in words:
        return words
    if len(words) >= MAX_WORDS:
        raise DictionaryError(
            QT_TRANSLATE_NOOP("DictionaryError", "Your dictionary holds {count} words already.")(
                count=Count(MAX_WORDS)
            )
        )
    kept = path.read_text(encoding="utf-8-sig") if words or path.exists() else ""
    if kept and not kept.endswith("\n"):
        kept += "\n"
    text = f"{kept}{entry}\n"
    if len(text.encode("utf-8")) > MAX_DICTIONARY_BYTES:
        raise DictionaryError(QT_TRANSLATE_NOOP("DictionaryError", "Your dictionary is full.")())
    write_text_atomically(path, text)
    return (*words, entry)
