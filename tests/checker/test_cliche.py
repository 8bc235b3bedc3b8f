from __future__ import annotations

from pathlib import Path

import pytest

from app.checker import Checker, LexiconError
from tests.checker.conftest import found, underlined

PHRASE_FILES = ("boilerplate.txt", "cliches.txt", "generic_capitalised.txt", "trade_words.txt")


def test_stock_phrases_are_underlined_where_they_are(checker: Checker) -> None:
    text = "Hi Nikhil, let's explore synergies with like-minded professionals."
    report = checker.check(text)
    assert underlined(report, "cliche", text) == [
        "explore synergies",
        "like-minded professionals",
    ]


def test_inflected_forms_match(checker: Checker) -> None:
    text = "Keen on exploring synergies and adding value."
    assert underlined(checker.check(text), "cliche", text) == [
        "exploring synergies",
        "adding value",
    ]


def test_a_cliche_inside_boilerplate_is_reported_once(checker: Checker) -> None:
    text = "Hi George, circling back on my last note."
    report = checker.check(text)
    assert underlined(report, "boilerplate", text) == ["circling back on my last note"]
    assert found(report, "cliche") == []


def test_cliches_lower_the_score(checker: Checker) -> None:
    plain = "Hi Ana, we met at the Lisbon design night and you showed me your packaging sketches."
    padded = plain + " Let's explore synergies and add value to each other's journey."
    assert checker.check(padded).score < checker.check(plain).score


def _phrase_folder(tmp_path: Path, cliches: str) -> Path:
    folder = tmp_path / "phrases"
    folder.mkdir()
    for name in PHRASE_FILES:
        (folder / name).write_text("# nothing\n", encoding="utf-8")
    for language in ("de", "fr", "es", "pt"):
        (folder / language).mkdir()
        for name in ("boilerplate.txt", "cliches.txt"):
            (folder / language / name).write_text("# nothing\n", encoding="utf-8")
    (folder / "cliches.txt").write_text(cliches, encoding="utf-8")
    return tmp_path


def test_phrase_files_are_data_with_comments(tmp_path: Path) -> None:
    resources = _phrase_folder(tmp_path, "# stock\n\nrocket ship\n  # indented comment\n")
    checker = Checker.load(resources)
    text = "Our rocket ship is ready."
    assert underlined(checker.check(text), "cliche", text) == ["rocket ship"]


def test_a_missing_phrase_file_of_another_language_is_named(tmp_path: Path) -> None:
    resources = _phrase_folder(tmp_path, "rocket ship\n")
    (resources / "phrases" / "pt" / "cliches.txt").unlink()
    with pytest.raises(LexiconError, match=r"pt/cliches\.txt"):
        Checker.load(resources)


def test_a_missing_phrase_file_is_named(tmp_path: Path) -> None:
    resources = _phrase_folder(tmp_path, "rocket ship\n")
    (resources / "phrases" / "boilerplate.txt").unlink()
    with pytest.raises(LexiconError, match=r"boilerplate\.txt"):
        Checker.load(resources)
