"""Every sentence the checker and the triage say exists in each of Rapport's five
languages, with the same placeholders as the English one, so no finding or reason falls
back to English or loses the detail it names."""

from __future__ import annotations

from string import Formatter

import pytest

from app.languages import LANGUAGES
from app.message_catalog import catalog, say


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(text) if field is not None}


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_each_language_says_every_sentence_with_the_same_placeholders(language: str) -> None:
    english, other = catalog("en"), catalog(language)
    assert set(other) == set(english)
    for key, text in english.items():
        assert _placeholders(other[key]) == _placeholders(text), key
        assert other[key].strip(), key


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_no_sentence_is_left_in_english(language: str) -> None:
    # A number or the quotation marks may be the same in two languages; words may not.
    english, other = catalog("en"), catalog(language)
    same = {key for key, text in english.items() if other[key] == text and " " in text.strip()}
    assert not same


def test_a_language_rapport_does_not_write_in_gets_english() -> None:
    assert say("xx", "checker.cliche", phrase="touch base", call="Ana") == say(
        "en", "checker.cliche", phrase="touch base", call="Ana"
    )
