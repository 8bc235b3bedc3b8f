"""Reading LanguageTool's answers: odd answers, wide characters, known words, no server."""

from __future__ import annotations

from typing import Any

import pytest

from app.grammar.endpoint import Endpoint
from app.grammar.matches import GrammarMatch, GrammarUnavailable
from app.grammar.reasons import Server, Why
from app.grammar.results import drop_known_words, parse_answer

REMOTE = Endpoint(
    url="https://lt.example.org/v2/", name="X", server=Server.REMOTE, host="lt.example.org"
)


def _answer(offset: int, length: int, type_name: str = "Other") -> dict[str, Any]:
    return {
        "matches": [
            {
                "message": "m",
                "offset": offset,
                "length": length,
                "type": {"typeName": type_name},
                "rule": {"id": "R", "category": {"id": "C"}},
            }
        ]
    }


@pytest.mark.parametrize(
    "answer",
    [[], {"matches": None}, {"matches": [{"offset": 0}]}, _answer(0, 99), "<html>"],
)
def test_an_answer_that_is_not_languagetools_is_explained(answer: Any) -> None:
    with pytest.raises(GrammarUnavailable) as caught:
        parse_answer(answer, "short", REMOTE)
    assert str(caught.value) == (
        "The grammar server at lt.example.org sent an answer that is not LanguageTool's."
    )
    assert caught.value.reason is not None and caught.value.reason.why is Why.NOT_LANGUAGETOOL


def test_spans_step_over_every_wide_character() -> None:
    text = "\N{ROCKET}\N{ROCKET} x \N{ROCKET} teh"  # teh at UTF-16 offset 10
    [match] = parse_answer(_answer(10, 3), text, REMOTE)
    assert text[match.offset : match.end] == "teh"


def test_a_span_around_a_wide_character_keeps_it_whole() -> None:
    text = "a \N{ROCKET} b"  # the rocket is UTF-16 offsets 2 and 3
    [match] = parse_answer(_answer(2, 2), text, REMOTE)
    assert text[match.offset : match.end] == "\N{ROCKET}"


def test_known_words_only_silence_spelling_matches() -> None:
    text = "Acme Acme"
    spelling = GrammarMatch("SPELL", "TYPOS", "m", 0, 4, is_spelling=True)
    repetition = GrammarMatch("ENGLISH_WORD_REPEAT_RULE", "MISC", "m", 5, 4)
    assert drop_known_words([spelling, repetition], text, ["ACME"]) == [repetition]
