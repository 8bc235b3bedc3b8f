"""The personal dictionary: one word a line, kept across runs, hostile lines refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.checker.known_words import DictionaryError
from app.composing.personal_dictionary import MAX_WORD, add_word, dictionary_path, read_words


def test_added_words_are_kept_one_a_line(rapport_home: Path) -> None:
    path = dictionary_path(rapport_home)
    assert read_words(path) == ()
    add_word(path, " Kafka ")
    add_word(path, "Farfetch")
    add_word(path, "Kafka")
    assert path.read_text(encoding="utf-8") == "Kafka\nFarfetch\n"
    assert read_words(path) == ("Kafka", "Farfetch")


def test_a_word_that_is_not_one_line_is_refused_and_nothing_written(rapport_home: Path) -> None:
    path = dictionary_path(rapport_home)
    for bad in ("", "two\nlines", "x" * (MAX_WORD + 1)):
        with pytest.raises(DictionaryError):
            add_word(path, bad)
    assert not path.exists()


def test_a_hand_edited_file_is_read_without_blanks_or_repeats(rapport_home: Path) -> None:
    path = dictionary_path(rapport_home)
    path.write_bytes(b"\xef\xbb\xbfKafka\r\n\n  Kafka\n# my jargon\nbackfills\n")
    assert read_words(path) == ("Kafka", "backfills")
    add_word(path, "Farfetch")
    assert path.read_text(encoding="utf-8-sig").endswith("# my jargon\nbackfills\nFarfetch\n")


def test_a_file_that_is_not_utf8_is_left_as_it_was(rapport_home: Path) -> None:
    path = dictionary_path(rapport_home)
    path.write_bytes(b"Kafka\n\xff\n")
    assert read_words(path) == ()
    with pytest.raises(DictionaryError, match="not UTF-8"):
        add_word(path, "Farfetch")
    assert path.read_bytes() == b"Kafka\n\xff\n"
