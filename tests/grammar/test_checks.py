"""Real findings from the real server, at the right spans."""

from __future__ import annotations

from app.grammar.matches import GrammarMatch
from app.grammar.service import GrammarService

TEXT = "I think their is a error in this sentense."


def _at(matches: list[GrammarMatch], text: str, word: str) -> GrammarMatch:
    """The one match that covers exactly `word` in `text`."""
    start = text.index(word)
    found = [m for m in matches if (m.offset, m.end) == (start, start + len(word))]
    assert len(found) == 1, f"no single match on {word!r} in {matches}"
    return found[0]


def test_their_is_is_a_grammar_finding(service: GrammarService) -> None:
    match = _at(service.check(TEXT), TEXT, "their")
    assert match.rule_id == "THEIR_IS"
    assert not match.is_spelling
    assert "there" in match.replacements


def test_a_error_is_a_grammar_finding(service: GrammarService) -> None:
    match = _at(service.check(TEXT), TEXT, "a")
    assert match.rule_id == "EN_A_VS_AN"
    assert not match.is_spelling
    assert match.replacements[0] == "an"


def test_a_misspelling_is_a_spelling_finding(service: GrammarService) -> None:
    match = _at(service.check(TEXT), TEXT, "sentense")
    assert match.is_spelling
    assert match.category == "TYPOS"
    assert "sentence" in match.replacements


def test_spans_count_characters_after_an_emoji(service: GrammarService) -> None:
    # LanguageTool counts the emoji as two (UTF-16) units; Python as one character.
    text = "\N{SLIGHTLY SMILING FACE} Great talk! I think their is a \N{ROCKET} in this sentense."
    matches = service.check(text)
    assert _at(matches, text, "their").rule_id == "THEIR_IS"
    assert _at(matches, text, "sentense").is_spelling


def test_a_clean_message_has_no_findings(service: GrammarService) -> None:
    assert service.check("Thank you for the introduction; I look forward to our call.") == []


def test_blank_text_is_not_sent(service: GrammarService) -> None:
    assert service.check("  \n ") == []


NAMES = "Hi Zorvath, I loved your talk at Quillstrom in Brevik-Hollund. It was intresting."


def test_unknown_names_are_spelling_findings_without_known_words(service: GrammarService) -> None:
    flagged = {NAMES[m.offset : m.end] for m in service.check(NAMES) if m.is_spelling}
    assert flagged == {"Zorvath", "Quillstrom", "Brevik-Hollund", "intresting"}


def test_known_words_are_not_spelling_findings(service: GrammarService) -> None:
    known = ("zorvath kellmar", "QUILLSTROM", "Brevik-Hollund")  # any case, several words
    matches = service.check(NAMES, known_words=known)
    assert [NAMES[m.offset : m.end] for m in matches] == ["intresting"]


def test_known_words_cover_possessives_and_name_parts(service: GrammarService) -> None:
    text = "I loved Zorvath\N{RIGHT SINGLE QUOTATION MARK}s talk and O'Braddigan's slides."
    assert {text[m.offset : m.end] for m in service.check(text)} >= {"Zorvath", "Braddigan"}
    assert service.check(text, known_words=["Zorvath", "Aileen O'Braddigan"]) == []
