"""User preferences: one readable JSON file in the data folder, written atomically.

UI state (window geometry, splitter sizes) is not kept here; Qt's QSettings holds it.
Secrets never go here either: they live in the system keyring.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from app.channels import FREE_NOTE_LIMIT, PREMIUM_NOTE_LIMIT

SCHEMA_VERSION = 1

AccountType = Literal["free", "premium"]
GrammarMode = Literal["local", "remote", "premium", "off"]


class SettingsError(Exception):
    """The settings file cannot be read or written; the message says why, for a person."""


@dataclass(frozen=True)
class Settings:
    my_name: str = ""
    my_location: str = ""
    linkedin_account: AccountType = "free"
    note_quota_per_month: int = 5
    pending_days: int = 21
    grammar_mode: GrammarMode = "local"
    grammar_language: str = "en-US"
    grammar_url: str = ""
    grammar_username: str = ""

    @property
    def note_limit(self) -> int:
        """LinkedIn's connection-note limit for the user's account type."""
        return PREMIUM_NOTE_LIMIT if self.linkedin_account == "premium" else FREE_NOTE_LIMIT

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_CHOICES: dict[str, tuple[str, ...]] = {
    "linkedin_account": ("free", "premium"),
    "grammar_mode": ("local", "remote", "premium", "off"),
}


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives the defaults, unknown keys are ignored."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(f"The settings file {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"The settings file {path} does not hold a settings object.")
    raw = _migrate(raw)
    known = {f.name: f for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in known:
            values[key] = _validated(key, value, type(getattr(Settings(), key)))
    return Settings(**values)


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically: a crash leaves either the old file or the new one."""
    data = {"schema_version": SCHEMA_VERSION, **dataclasses.asdict(settings)}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise SettingsError(f"The settings could not be saved to {path}: {exc}") from exc


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise SettingsError(
            "The settings file was written by a newer version of Rapport; update Rapport to use it."
        )
    return raw


def _validated(key: str, value: Any, expected: type) -> Any:
    if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise SettingsError(f"Setting '{key}' must be a whole number.")
    if expected is str and not isinstance(value, str):
        raise SettingsError(f"Setting '{key}' must be text.")
    if key in _CHOICES and value not in _CHOICES[key]:
        raise SettingsError(f"Setting '{key}' must be one of: {', '.join(_CHOICES[key])}.")
    return value
