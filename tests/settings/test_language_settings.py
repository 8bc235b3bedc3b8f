"""The user's language and the "you" their templates use: kept, read back, and refused
when they name something Rapport does not write."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import (
    Settings,
    SettingsError,
    load_settings,
    parse_setting,
    save_settings,
)


def test_defaults_are_english_and_formal() -> None:
    settings = Settings()
    assert (settings.my_language, settings.default_register) == ("en", "formal")


def test_language_and_register_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(my_language="pt", default_register="informal"), path)
    loaded = load_settings(path)
    assert (loaded.my_language, loaded.default_register) == ("pt", "informal")


def test_a_file_from_before_has_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 1, "my_name": "Lena"}', encoding="utf-8")
    assert load_settings(path).my_language == "en"


@pytest.mark.parametrize(
    ("key", "typed", "complaint"),
    [
        ("my_language", "klingon", "Your language must be en, de, fr, es or pt, not 'klingon'"),
        ("default_register", "casual", "must be formal or informal, not 'casual'"),
    ],
)
def test_unknown_values_are_refused(key: str, typed: str, complaint: str) -> None:
    with pytest.raises(SettingsError, match=complaint):
        parse_setting(key, typed)
