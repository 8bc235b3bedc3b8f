"""The one name a person sees for a template, on every page: "Invite met at event" for
the file name `invite-met-at-event`, "Invite met at event (DE, Sie)" for its German
version in the formal register. Messages keep the file name, which commands take."""

from __future__ import annotations

from app.languages import LANGUAGES

# How a version's register, named in ASCII in its file name, is written in its language.
_PRONOUNS = {
    "de": {"sie": "Sie", "du": "du"},
    "fr": {"vous": "vous", "tu": "tu"},
    "es": {"usted": "usted", "tu": "tú"},
    "pt": {"senhor": "o senhor", "voce": "você"},
}


def template_title(name: str) -> str:
    """'invite-met-at-event' -> 'Invite met at event'; 'invite-met-at-event.de.sie' ->
    'Invite met at event (DE, Sie)'; "" stays "" (no template). A name whose dotted
    parts are not a language and a register keeps them as they are."""
    base, _, suffix = name.partition(".")
    tags = _tags(suffix.split(".")) if suffix else None
    if tags is None:
        return _words(name)
    return f"{_words(base)} ({', '.join(tags)})"


def _tags(parts: list[str]) -> list[str] | None:
    language, *register = parts
    if language not in LANGUAGES or len(register) > 1:
        return None
    if not register:
        return [language.upper()]
    pronoun = _PRONOUNS.get(language, {}).get(register[0])
    return None if pronoun is None else [language.upper(), pronoun]


def _words(name: str) -> str:
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]
