"""The settings file: every key survives a save and a load, writes are atomic, and a bad
file is refused with a message that names the file and the setting."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from app.settings import KEYS, Settings, SettingsError, load_settings, save_settings

# A value other than the default for every setting, with text no ASCII file would hold.
CHANGED = Settings(
    my_name="Zoë Ångström",
    my_location="Lisboa",
    linkedin_account="premium",
    note_quota_per_month=0,
    pending_days=365,
    grammar_mode="remote",
    grammar_language="pt-BR",
    grammar_url="https://lt.example.org:8443/v2",
    grammar_server_username="zoe",
    grammar_username="zoe@example.org",
    grammar_download=True,
    grammar_idle_minutes=1440,
    known_groups=("Amis", "Ex-collègues"),
    known_strength=1,
    recruiter_words=("recrutement", "חיפוש"),
    offer_coffee=False,
    my_language="pt",
    default_register="informal",
    window_language="pt_BR",
)


def test_every_setting_differs_from_its_default_in_the_round_trip_values() -> None:
    unchanged = [key for key in KEYS if getattr(CHANGED, key) == getattr(Settings(), key)]
    assert unchanged == []


def test_every_setting_survives_a_save_and_a_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(CHANGED, path)
    assert load_settings(path) == CHANGED
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["schema_version"] == 1
    assert on_disk["my_name"] == "Zoë Ångström"  # readable, not \\u-escaped
    assert "Zoë" in path.read_text(encoding="utf-8")


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == Settings()


def test_a_file_from_before_a_setting_existed_gets_its_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 1, "my_name": "Ana"}', encoding="utf-8")
    assert load_settings(path) == Settings(my_name="Ana")


def test_a_failing_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "settings.json"
    save_settings(Settings(my_name="Old"), path)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    # The real disk cannot be filled safely; fsync failing is what a full disk looks like.
    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(SettingsError, match=r"could not be saved to .*No space left on device"):
        save_settings(CHANGED, path)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_a_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "data" / "settings.json"
    save_settings(Settings(), path)
    save_settings(CHANGED, path)
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]
    assert load_settings(path) == CHANGED


def test_a_save_into_a_folder_that_cannot_exist_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(SettingsError, match="could not be saved"):
        save_settings(Settings(), blocker / "settings.json")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot be read"),
        ("[1, 2]", "does not hold a settings object"),
        (b"\xff\xfe{}", "cannot be read"),
        ('{"schema_version": 99}', "newer version of Rapport"),
        ('{"schema_version": "one"}', "no valid schema_version"),
        ('{"pending_days": 0}', r"'pending_days': .* from 1 to 365"),
        ('{"known_strength": 6}', r"'known_strength': .* from 1 to 5"),
        ('{"note_quota_per_month": -1}', r"'note_quota_per_month': .* from 0 to 1000"),
        ('{"note_quota_per_month": true}', "whole number"),
        ('{"linkedin_account": "gold"}', "must be free or premium"),
        ('{"grammar_mode": "cloud"}', "must be local, remote, premium or off"),
        ('{"grammar_language": "English"}', "language code such as en-US"),
        ('{"grammar_url": "lt.example.org"}', "must be a web address"),
        ('{"grammar_url": "https://me:pw@lt.example.org"}', "must not contain a username"),
        ('{"known_groups": "Friends"}', "must be a list of text"),
        ('{"offer_coffee": "yes"}', "must be true or false"),
        ('{"my_name": "Ana\\nSouza"}', "must be one line"),
    ],
)
def test_a_bad_file_is_refused_naming_the_file_and_what_is_wrong(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = tmp_path / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError, match=message) as caught:
        load_settings(path)
    assert str(path) in str(caught.value)


def test_lists_are_trimmed_and_keep_one_of_each_entry(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"known_groups": [" Friends ", "", "friends", "Clients"]}), encoding="utf-8"
    )
    assert load_settings(path).known_groups == ("Friends", "Clients")


def test_the_file_holds_every_setting_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(CHANGED, path)
    stored = set(json.loads(path.read_text(encoding="utf-8")))
    assert stored == {"schema_version", *(f.name for f in dataclasses.fields(Settings))}
