"""`rapport config get/set/list` for every setting, run in this process through the same
entry point as the `rapport` command (the child-process tests are in test_config_cli.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app import paths
from app.cli import main
from app.settings import KEYS, Settings, load_settings, save_settings
from tests.settings.test_settings_file import CHANGED

# What a person types for each setting of CHANGED, and what `get` prints back.
TYPED = {
    "my_name": ("Zoë Ångström", "Zoë Ångström"),
    "my_location": ("  Lisboa ", "Lisboa"),
    "linkedin_account": ("premium", "premium"),
    "note_quota_per_month": ("0", "0"),
    "pending_days": ("365", "365"),
    "grammar_mode": ("remote", "remote"),
    "grammar_language": ("pt-BR", "pt-BR"),
    "grammar_url": ("https://lt.example.org:8443/v2", "https://lt.example.org:8443/v2"),
    "grammar_server_username": ("zoe", "zoe"),
    "grammar_username": ("zoe@example.org", "zoe@example.org"),
    "grammar_download": ("TRUE", "true"),
    "grammar_idle_minutes": (" 1440", "1440"),
    "known_groups": ("Amis, Ex-collègues,", "Amis, Ex-collègues"),
    "known_strength": ("1", "1"),
    "recruiter_words": ("recrutement,חיפוש", "recrutement, חיפוש"),
    "offer_coffee": ("False", "false"),
    "my_language": ("pt", "pt"),
    "default_register": ("informal", "informal"),
    "window_language": (" pt_BR", "pt_BR"),
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["config", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_every_setting_has_a_typed_example() -> None:
    assert set(TYPED) == set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_set_then_get_gives_back_every_setting(
    key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    typed, shown = TYPED[key]
    status, _, err = run(capsys, "set", key, typed)
    assert status == 0
    assert err == "" or err.startswith("rapport config: note:")  # grammar_mode=remote: no URL
    assert getattr(load_settings(paths.settings_path()), key) == getattr(CHANGED, key)
    assert run(capsys, "get", key) == (0, shown + "\n", "")


def test_set_changes_one_setting_and_keeps_the_others(capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(my_name="Ana", pending_days=10), paths.settings_path())
    run(capsys, "set", "offer_coffee", "false")
    assert load_settings(paths.settings_path()) == Settings(
        my_name="Ana", pending_days=10, offer_coffee=False
    )


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("pending_days", "0", "pending_days: .* from 1 to 365, not '0'"),
        ("pending_days", "two weeks", "whole number from 1 to 365, not 'two weeks'"),
        ("known_strength", "9", "from 1 to 5, not '9'"),
        ("note_quota_per_month", "-3", "from 0 to 1000, not '-3'"),
        ("offer_coffee", "yes", "must be true or false, not 'yes'"),
        ("linkedin_account", "gold", "must be free or premium, not 'gold'"),
        ("grammar_mode", "cloud", "must be local, remote, premium or off, not 'cloud'"),
        ("grammar_language", "english", "language code such as en-US"),
        ("grammar_url", "lt.example.org", "must be a web address"),
        ("colour", "blue", "no setting 'colour'. The settings are: my_name, .*data_folder"),
        ("languagetool-api-key", "x", "is a secret.*set-secret languagetool-api-key -"),
    ],
)
def test_a_bad_value_or_key_is_refused_and_changes_nothing(
    key: str, value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    save_settings(Settings(my_name="Ana"), paths.settings_path())
    before = paths.settings_path().read_bytes()
    status, out, err = run(capsys, "set", key, value)
    assert status == 2 and out == ""
    assert err.startswith("rapport config: ") and err.count("\n") == 1
    assert re.search(message, err), err
    assert paths.settings_path().read_bytes() == before


def test_a_broken_settings_file_is_reported_and_left_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths.settings_path().write_text('{"my_name": "Ana", ', encoding="utf-8")
    status, _, err = run(capsys, "set", "my_name", "Bo")
    assert status == 2
    assert f"The settings file {paths.settings_path()} cannot be read" in err
    assert paths.settings_path().read_text(encoding="utf-8") == '{"my_name": "Ana", '


def test_get_of_an_unknown_key_names_the_allowed_ones(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "get", "name")
    assert status == 2
    assert "no setting 'name'" in err and "my_name" in err


def test_list_shows_every_setting_the_data_folder_and_whether_secrets_are_set(
    capsys: pytest.CaptureFixture[str], rapport_home: Path
) -> None:
    save_settings(CHANGED, paths.settings_path())
    status, out, _ = run(capsys, "list")
    assert status == 0
    lines = out.splitlines()
    assert lines[: len(KEYS)] == [f"{key} = {TYPED[key][1]}" for key in KEYS]
    assert lines[len(KEYS)] == f"data_folder = {rapport_home} (from RAPPORT_HOME)"
    assert lines[len(KEYS) + 1 :] == [
        "languagetool-api-key: not set",
        "grammar-server-password: not set",
    ]


def test_list_as_json(capsys: pytest.CaptureFixture[str], rapport_home: Path) -> None:
    status, out, _ = run(capsys, "list", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["known_groups"] == list(Settings().known_groups)
    assert data["data_folder"] == str(rapport_home)
    assert data["secrets"] == {"languagetool-api-key": False, "grammar-server-password": False}


def test_setting_premium_without_a_username_says_what_is_missing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "set", "grammar_mode", "premium")
    assert status == 0
    assert "note: LanguageTool Premium needs your username" in err
    assert "rapport config set grammar_username" in err
