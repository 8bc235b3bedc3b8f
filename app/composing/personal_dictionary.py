"""The user's own dictionary: words that are not spelling mistakes (their field's jargon,
names the contact record does not hold). One word a line in `<data folder>/dictionary.txt`,
a file the user may also edit by hand; written atomically, so a crash never halves it."""

from __future__ import annotations

from pathlib import Path

from app.atomic_files import write_text_atomically

FILE_NAME = "dictionary.txt"
# A dictionary is a list of words, not a store of text: past these, an entry or the file
# is not what the user meant to keep.
MAX_WORD = 100
MAX_WORDS = 10_000


def dictionary_path(data_dir: Path) -> Path:
    return data_dir / FILE_NAME


def read_words(path: Path) -> tuple[str, ...]:
    """The words kept, in order, without blanks or repeats; none when the file is missing
    or cannot be read (spelling checks then flag what they would without it)."""
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            lines = [line.strip() for _, line in zip(range(MAX_WORDS), handle, strict=False)]
    except OSError:
        return ()
    return tuple(dict.fromkeys(line for line in lines if line and len(line) <= MAX_WORD))


def add_word(path: Path, word: str) -> tuple[str, ...]:
    """Keep `word` (one line, surrounding space removed) and return every word now kept.
    Raises ValueError for a word that cannot be one line of the file, OSError when the
    file cannot be written."""
    entry = word.strip()
    if not entry or "\n" in entry or "\r" in entry or len(entry) > MAX_WORD:
        raise ValueError(f"“{entry[:40]}” cannot go in your dictionary.")
    words = read_words(path)
    if entry in words:
        return words
    if len(words) >= MAX_WORDS:
        raise ValueError(f"Your dictionary holds {MAX_WORDS:,} words already.")
    updated = (*words, entry)
    write_text_atomically(path, "".join(f"{w}\n" for w in updated))
    return updated
