"""The window_language setting: kept, read back and refused like every setting (`rapport
config` gets and sets it with the others: tests/settings/test_config_command.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.settings import Settings, SettingsError, load_settings, parse_setting, save_settings


def test_the_window_follows_the_system_by_default() -> None:
    assert Settings().window_language == "system"


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "pt_BR", "system"])
def test_a_window_language_survives_a_save(tmp_path: Path, code: str) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(window_language=parse_setting("window_language", code)), path)
    assert load_settings(path).window_language == code


def test_an_unknown_window_language_is_refused() -> None:
    with pytest.raises(SettingsError, match="Window language must be system, en, de, fr, es or"):
        parse_setting("window_language", "xx")


def test_a_file_with_an_unknown_window_language_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 1, "window_language": "xx"}', encoding="utf-8")
    with pytest.raises(SettingsError, match="window_language"):
        load_settings(path)
