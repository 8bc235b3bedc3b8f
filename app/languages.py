"""The languages Rapport writes and checks messages in, and their names elsewhere.

One short code each, as templates, contacts, settings and the command line say it; "pt" is
Brazilian Portuguese. LanguageTool wants a variant where the language has several.
"""

from __future__ import annotations

from typing import Literal

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "pt")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt": "Português (Brasil)",
}

Register = Literal["formal", "informal"]
REGISTERS: tuple[Register, ...] = ("formal", "informal")
# The languages with a formal and an informal "you": Sie/du, vous/tu, usted/tú, o senhor/você.
REGISTER_LANGUAGES = frozenset({"de", "fr", "es", "pt"})

# LanguageTool's codes; English keeps the variant the user set (en-US or en-GB).
_GRAMMAR_CODES = {"de": "de-DE", "fr": "fr", "es": "es", "pt": "pt-BR"}


def language_code(value: object) -> str | None:
    """The code for `value` ("de", "de-DE", "pt_BR", "FR"), or None when it names none of
    Rapport's languages."""
    if not isinstance(value, str) or len(value) > 35:
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def grammar_code(language: str, setting: str = "en-US") -> str:
    """The LanguageTool code to check a message in `language` with. `setting` is the
    user's grammar language: it says which English (en-US, en-GB) English messages are
    checked in, and "auto" leaves every message to LanguageTool's own detection."""
    if setting == "auto":
        return setting
    if language in _GRAMMAR_CODES:
        return _GRAMMAR_CODES[language]
    return setting if setting.split("-")[0] == "en" else "en-US"
