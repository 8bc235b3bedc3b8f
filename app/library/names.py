"""The one name a person sees for a template, on every page: "Invite met at event" for
the file name `invite-met-at-event`, "Invite met at event (DE, Sie)" for its German
version in the formal register. Messages keep the file name, which commands take. The
window names Rapport's own templates in its language (app/ui/widgets/template_text.py)
and adds the same version tags."""

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
    'Invite met at event (DE, Sie)'; "" stays "" (no template)."""
    base, tags = version_of(name)
    return with_tags(words_of(base), tags)


def version_of(name: str) -> tuple[str, tuple[str, ...]]:
    """The template a version is of, and its language and form of address as written:
    ('invite-met-at-event', ('DE', 'Sie')). A name whose dotted parts are not a language
    and a register is no version: (name, ())."""
    base, _, suffix = name.partition(".")
    language, _, register = suffix.partition(".")
    if language not in LANGUAGES or "." in register:
        return name, ()
    if not register:
        return base, (language.upper(),)
    pronoun = _PRONOUNS.get(language, {}).get(register)
    return (name, ()) if pronoun is None else (base, (language.upper(), pronoun))


def with_tags(title: str, tags: tuple[str, ...]) -> str:
    return f"{title} ({', '.join(tags)})" if tags else title


def words_of(name: str) -> str:
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]
