"""Names and known words are never mistakes: the contact's fields, the user's name and
place, and the personal dictionary in the data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.checker import Checker
from app.checker.known_words import (
    MAX_DICTIONARY_BYTES,
    DictionaryError,
    PersonalDictionary,
    read_dictionary,
)
from app.grammar.matches import GrammarMatch

TEXT = "Hi Ola, the the PyData crowd in Krakow loved your Bjørnstad talk. Cheers, Wiktor"
CONTACT = {"name": "Ola Nordmann", "how_met": "PyData Krakow", "notes": "the talk on Bjørnstad"}


def _match(word: str, *, spelling: bool, rule: str = "MORFOLOGIK_RULE_EN_US") -> GrammarMatch:
    start = TEXT.index(word)
    return GrammarMatch(rule, "TYPOS", "Possible mistake.", start, len(word), (), spelling)


def _flagged(checker: Checker, matches: list[GrammarMatch], known: tuple[str, ...] = ()) -> list:
    report = checker.check(TEXT, contact=CONTACT)
    merged = checker.with_grammar(report, TEXT, matches, contact=CONTACT, known_words=known)
    return [TEXT[f.start : f.end] for f in merged.findings if f.code in ("grammar", "spelling")]


def test_words_of_any_contact_field_are_no_spelling_mistakes(checker: Checker) -> None:
    matches = [_match(w, spelling=True) for w in ("PyData", "Krakow", "Bjørnstad", "Wiktor")]
    assert _flagged(checker, matches) == ["Wiktor"]


def test_a_name_flagged_by_a_style_rule_is_dropped_but_prose_is_not(checker: Checker) -> None:
    foreign = _match("Krakow", spelling=False, rule="EN_FOREIGN_WORD")
    repeated = GrammarMatch("ENGLISH_WORD_REPEAT_RULE", "MISC", "Repeated.", 8, 7, (), False)
    assert TEXT[8:15] == "the the"
    assert _flagged(checker, [foreign, repeated]) == ["the the"]


def test_the_users_name_and_dictionary_are_no_mistakes(checker: Checker, tmp_path: Path) -> None:
    (tmp_path / "dictionary.txt").write_text("# mine\nWiktor\n\n", encoding="utf-8")
    known = (*PersonalDictionary(tmp_path).words(),)
    assert _flagged(checker, [_match("Wiktor", spelling=True)], known) == []
    assert _flagged(checker, [_match("Wiktor", spelling=True)]) == ["Wiktor"]


def test_local_checks_never_flag_the_contacts_words(checker: Checker) -> None:
    report = checker.check(TEXT, contact=CONTACT)
    flagged = {TEXT[f.start : f.end] for f in report.findings if f.code != "mail_merge"}
    assert not flagged & {"PyData", "Krakow", "Bjørnstad"}


def test_the_dictionary_is_read_again_when_it_changes(tmp_path: Path) -> None:
    dictionary = PersonalDictionary(tmp_path)
    assert dictionary.words() == ()
    dictionary.path.write_text("Nubank\n", encoding="utf-8")
    assert dictionary.words() == ("Nubank",)
    dictionary.path.write_text("Nubank\nPyData\n", encoding="utf-8")
    assert dictionary.words() == ("Nubank", "PyData")


def test_a_dictionary_that_is_no_word_list_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dictionary.txt"
    path.write_bytes(b"a\n" * (MAX_DICTIONARY_BYTES // 2 + 1))
    with pytest.raises(DictionaryError, match="larger than"):
        read_dictionary(path)
    path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(DictionaryError, match="not UTF-8"):
        read_dictionary(path)
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(DictionaryError, match="not a regular file"):
        read_dictionary(path)
    assert PersonalDictionary(tmp_path).words() == ()
