"""User preferences: one readable JSON file in the data folder, written atomically.

UI state (window geometry, splitter sizes) is not kept here; Qt's QSettings holds it.
Secrets never go here either: they live in the system keyring (see app/secrets.py). Nor
does the data folder's own location, which cannot be kept inside itself (see app/paths.py).

Every value passes `validate_setting`, whether it comes from the file, from
`rapport config set` or from the settings dialog, so all three accept the same things.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import urllib.parse
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from app.channels import FREE_NOTE_LIMIT, PREMIUM_NOTE_LIMIT
from app.languages import LANGUAGES, REGISTERS, Register
from app.safe_io.writing import write_text_atomically
from app.sentences import QT_TRANSLATE_NOOP, SaidError, Sentence, Wording

SCHEMA_VERSION = 1

AccountType = Literal["free", "premium"]
GrammarMode = Literal["local", "remote", "premium", "off"]


class SettingsError(SaidError):
    """A setting or the settings file is not acceptable; the sentence says why, for a person.

    `key` names the setting at fault, when there is one; `problem` says why as a code the
    window words in its language, when there is one.
    """

    def __init__(
        self, sentence: Sentence, key: str | None = None, problem: Problem | None = None
    ) -> None:
        super().__init__(sentence)
        self.key = key
        self.problem = problem


class Problem(StrEnum):
    """What is wrong with settings the window lets a person type."""

    LANGUAGE_CODE = "language_code"
    URL_NOT_WEB = "url_not_web"
    URL_HAS_LOGIN = "url_has_login"
    URL_MISSING = "url_missing"
    USERNAME_MISSING = "username_missing"


# What a SettingsError carries for each Problem: the command line prints it, the window
# translates it (app/ui/settings/problem_text.py), also for a settings file read at start.
PROBLEM_WORDINGS = {
    Problem.LANGUAGE_CODE: QT_TRANSLATE_NOOP(
        "SettingsError",
        "Grammar language must be a language code such as en-US, en-GB, de, fr or pt-BR "
        "(or auto, to detect it).",
    ),
    Problem.URL_NOT_WEB: QT_TRANSLATE_NOOP(
        "SettingsError",
        "The grammar server address must be a web address, such as "
        "https://languagetool.example.org or http://localhost:8081.",
    ),
    Problem.URL_HAS_LOGIN: QT_TRANSLATE_NOOP(
        "SettingsError",
        "The grammar server address must not contain a username or password; "
        "enter those in their own fields.",
    ),
    Problem.URL_MISSING: QT_TRANSLATE_NOOP(
        "SettingsError", "Checking with a grammar server needs the server's address."
    ),
    Problem.USERNAME_MISSING: QT_TRANSLATE_NOOP(
        "SettingsError",
        "LanguageTool Premium needs your username (your account's e-mail address).",
    ),
}
PROBLEM_TEXTS = {problem: wording.source for problem, wording in PROBLEM_WORDINGS.items()}


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
    # The remote server's login (its password is in the keyring); Premium has its own.
    grammar_server_username: str = ""
    grammar_username: str = ""
    # The local LanguageTool server: whether Rapport may download it (about 250 MB) when
    # it is not installed, never without the user's word; and how long it runs unused.
    grammar_download: bool = False
    grammar_idle_minutes: int = 10
    # Triage of incoming requests (see app/relationships/triage.py): who counts as "known", which
    # titles mark a recruiter, and whether a nearby stranger is offered a coffee.
    known_groups: tuple[str, ...] = ("Friends", "Former colleagues", "Clients")
    known_strength: int = 3
    recruiter_words: tuple[str, ...] = (
        "recruiter",
        "recruiting",
        "talent acquisition",
        "talent partner",
        "sourcer",
        "headhunter",
    )
    offer_coffee: bool = True
    # The language the user writes in when a contact has none (app/languages.py), and the
    # "you" their templates use by default where the language has two (Sie or du, …).
    my_language: str = "en"
    default_register: Register = "formal"
    # The language the window speaks: "system" follows the system's locale (English where
    # Rapport has no translation); a change applies at the next start.
    window_language: str = "system"

    @property
    def note_limit(self) -> int:
        """LinkedIn's connection-note limit for the user's account type."""
        return PREMIUM_NOTE_LIMIT if self.linkedin_account == "premium" else FREE_NOTE_LIMIT

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


LABELS: dict[str, str] = {
    "my_name": "Your name",
    "my_location": "Your location",
    "linkedin_account": "LinkedIn account type",
    "note_quota_per_month": "Personalised notes per month",
    "pending_days": "Days an invitation stays pending",
    "grammar_mode": "Grammar checking",
    "grammar_language": "Grammar language",
    "grammar_url": "Grammar server address",
    "grammar_server_username": "Grammar server username",
    "grammar_username": "LanguageTool Premium username",
    "grammar_download": "Download LanguageTool when it is not installed",
    "grammar_idle_minutes": "Minutes the grammar server runs unused",
    "known_groups": "Groups of people you know",
    "known_strength": "Strength that counts as known",
    "recruiter_words": "Words in a recruiter's title",
    "offer_coffee": "Offer a coffee to nearby strangers",
    "my_language": "Your language",
    "default_register": "Formal or informal address",
    "window_language": "Window language",
}
KEYS: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(Settings))

# The languages the window has translations for (resources/translations/), by Qt's names.
WINDOW_LANGUAGES: tuple[str, ...] = ("system", "en", "de", "fr", "es", "pt_BR")
CHOICES: dict[str, tuple[str, ...]] = {
    "linkedin_account": ("free", "premium"),
    "grammar_mode": ("local", "remote", "premium", "off"),
    "my_language": LANGUAGES,
    "default_register": REGISTERS,
    "window_language": WINDOW_LANGUAGES,
}
# Inclusive bounds. A quota past a thousand notes a month, or an invitation pending for
# over a year, is a typing mistake rather than a plan.
RANGES: dict[str, tuple[int, int]] = {
    "note_quota_per_month": (0, 1000),
    "pending_days": (1, 365),
    "known_strength": (1, 5),
    # Past a day unused, a server holding 250 MB is no longer "ready when the user is".
    "grammar_idle_minutes": (1, 1440),
}
# LanguageTool's codes: "en", "en-US", "ca-ES-valencia", "de-DE-x-simple-language", "auto".
_LANGUAGE = re.compile(r"auto|[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def validate_setting(key: str, value: Any) -> Any:
    """`value` as stored for `key`: lists become tuples of trimmed, distinct entries and
    text is trimmed. Raises `SettingsError` naming what is wrong and what is allowed."""
    if key not in LABELS:
        raise SettingsError(_no_such_setting(key), key)
    label = _label(key)
    expected = type(getattr(Settings(), key))
    if expected is tuple:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise SettingsError(
                QT_TRANSLATE_NOOP("SettingsError", "{label} must be a list of text.")(label=label),
                key,
            )
        return _clean_list(key, value)
    if expected is bool:
        if not isinstance(value, bool):
            raise SettingsError(
                QT_TRANSLATE_NOOP("SettingsError", "{label} must be true or false.")(label=label),
                key,
            )
        return value
    if expected is int:
        low, high = RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise SettingsError(
                QT_TRANSLATE_NOOP(
                    "SettingsError", "{label} must be a whole number from {low} to {high}."
                )(label=label, low=low, high=high),
                key,
            )
        return value
    if not isinstance(value, str):
        raise SettingsError(
            QT_TRANSLATE_NOOP("SettingsError", "{label} must be text.")(label=label), key
        )
    text = _one_line(key, value)
    if key in CHOICES and text not in CHOICES[key]:
        *others, last = CHOICES[key]
        raise SettingsError(
            QT_TRANSLATE_NOOP("SettingsError", "{label} must be {choices} or {last}.")(
                label=label, choices=", ".join(others), last=last
            ),
            key,
        )
    if key == "grammar_language" and not _LANGUAGE.fullmatch(text):
        problem = Problem.LANGUAGE_CODE
        raise SettingsError(PROBLEM_WORDINGS[problem](), key, problem)
    if key == "grammar_url" and text:
        _check_url(text)
    return text


def parse_setting(key: str, text: str) -> Any:
    """A value typed on the command line: lists comma-separated, booleans true or false.
    The error repeats what was typed, so the user sees what was refused."""
    if key not in LABELS:
        raise SettingsError(_no_such_setting(key), key)
    expected = type(getattr(Settings(), key))
    value: Any = text
    if expected is tuple:
        value = text.split(",")
    elif expected is bool:
        value = {"true": True, "false": False}.get(text.strip().lower(), text)
    elif expected is int:
        with contextlib.suppress(ValueError):  # text that is no number is refused below
            value = int(text.strip())
    try:
        return validate_setting(key, value)
    except SettingsError as exc:
        # Only `rapport config set` types settings as text, so the refusal it extends
        # ("… from 1 to 365, not '400'.") is kept in English, its full stop moved.
        raise SettingsError(
            QT_TRANSLATE_NOOP("SettingsError", "{refusal}, not '{typed}'.")(
                refusal=str(exc).removesuffix("."), typed=text
            ),
            key,
        ) from None


def format_setting(value: Any) -> str:
    """How `rapport config` shows a value: the form `parse_setting` reads back."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def settings_problems(settings: Settings) -> dict[str, str]:
    """Values fine on their own that do not work together, by the setting to fix."""
    return {key: PROBLEM_TEXTS[code] for key, code in settings_problem_codes(settings).items()}


def settings_problem_codes(settings: Settings) -> dict[str, Problem]:
    """`settings_problems` as codes, for the window to word."""
    problems: dict[str, Problem] = {}
    if settings.grammar_mode == "remote" and not settings.grammar_url:
        problems["grammar_url"] = Problem.URL_MISSING
    if settings.grammar_mode == "premium" and not settings.grammar_username:
        problems["grammar_username"] = Problem.USERNAME_MISSING
    return problems


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives the defaults, unknown keys are ignored."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SettingsError(
            QT_TRANSLATE_NOOP("SettingsError", "The settings file {path} cannot be read: {error}")(
                path=path, error=exc
            )
        ) from exc
    if not isinstance(raw, dict):
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "SettingsError", "The settings file {path} does not hold a settings object."
            )(path=path)
        )
    raw = _migrate(raw, path)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in LABELS:
            try:
                values[key] = validate_setting(key, value)
            except SettingsError as exc:
                raise SettingsError(
                    QT_TRANSLATE_NOOP(
                        "SettingsError", "The settings file {path}, '{key}': {error}"
                    )(path=path, key=key, error=exc.sentence),
                    key,
                ) from None
    return Settings(**values)


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically: a crash leaves either the old file or the new one."""
    data = {"schema_version": SCHEMA_VERSION, **dataclasses.asdict(settings)}
    try:
        write_text_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "SettingsError", "The settings could not be saved to {path}: {error}"
            )(path=path, error=exc.strerror or exc)
        ) from exc


def _migrate(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    """Bring an older file's shape up to `SCHEMA_VERSION`. Version 1 is the only shape
    so far; settings added since only gained keys, which take their defaults."""
    version = raw.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "SettingsError", "The settings file {path} has no valid schema_version."
            )(path=path)
        )
    if version > SCHEMA_VERSION:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "SettingsError",
                "The settings file {path} was written by a newer version of Rapport; "
                "update Rapport to use it.",
            )(path=path)
        )
    return raw


def _clean_list(key: str, values: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    kept: dict[str, str] = {}
    for value in values:
        entry = _one_line(key, value)
        if entry:
            kept.setdefault(entry.casefold(), entry)
    return tuple(kept.values())


def _one_line(key: str, text: str) -> str:
    if any(ch in text for ch in "\r\n\x00"):
        raise SettingsError(
            QT_TRANSLATE_NOOP("SettingsError", "{label} must be one line of text.")(
                label=_label(key)
            ),
            key,
        )
    return text.strip()


def _url_problem(address: str) -> Problem | None:
    parts = urllib.parse.urlsplit(address.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return Problem.URL_NOT_WEB
    if parts.username or parts.password:
        # It would sit in a readable file: the login goes in its own fields instead.
        return Problem.URL_HAS_LOGIN
    return None


def _check_url(address: str) -> None:
    problem = _url_problem(address)
    if problem is not None:
        raise SettingsError(PROBLEM_WORDINGS[problem](), "grammar_url", problem)


def _no_such_setting(key: str) -> Sentence:
    return QT_TRANSLATE_NOOP("SettingsError", "There is no setting called '{key}'.")(key=key)


def _label(key: str) -> Sentence:
    """The setting's name in a sentence. The window names settings under its own context
    (app/ui/widgets/setting_text.py marks these same English names, and
    tests/i18n/test_core_labels.py keeps the two alike), so the name is translated there
    and not marked a second time here."""
    return Wording("SettingText", LABELS[key])()
