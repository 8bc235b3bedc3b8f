"""A message being written: template text, contact and details in, preview out.

The composer window shows what this module decides; keeping it here means the command
line, the tests and the window all agree on what a draft renders to and when it can be
sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app import paths
from app.channels import limit_for
from app.checker.known_words import PersonalDictionary, user_words
from app.contacts import CONTACT_FIELDS, FIELD_LABELS, Contact
from app.library.templates import Template
from app.rendering.renderer import (
    MissingFields,
    RenderError,
    render_source,
    template_variables,
    used_names,
)
from app.sentences import QT_TRANSLATE_NOOP, Sentence
from app.settings import Settings

if TYPE_CHECKING:  # importing the checker compiles its patterns, which drafting never needs
    from app.checker import Checker, Report, SentIndex

NO_CONTACT = QT_TRANSLATE_NOOP("Draft", "Pick a contact to write to.")

# Names a template can use that are not the contact's: the user's own.
OWN_FIELDS = frozenset({"my_name", "my_location"})


@dataclass(frozen=True)
class Draft:
    """Everything the preview depends on. `source` starts as the template's body and
    holds the user's edits for this one message; the library file is never changed."""

    template: Template
    source: str
    contact: Contact | None
    details: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls, template: Template, contact: Contact | None) -> Draft:
        return cls(template, template.body, contact)


@dataclass(frozen=True)
class Preview:
    text: str
    error: Sentence | str = ""
    missing: tuple[str, ...] = ()
    error_line: int | None = None
    limit: int | None = None

    @property
    def length(self) -> int:
        return len(self.text)

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.length > self.limit

    @property
    def sendable(self) -> bool:
        """Copy and Record need a complete message that the channel accepts."""
        return bool(self.text) and not self.error and not self.over_limit


def detail_names(draft: Draft) -> list[str]:
    """Names the draft needs that neither a contact nor the settings supply: the small
    per-message form asks for these (for example who is being introduced)."""
    used = used_names(draft.source)
    wanted = [name for name in draft.template.requires if name in used] + sorted(used)
    return [
        name
        for name in dict.fromkeys(wanted)
        if name not in CONTACT_FIELDS and name not in OWN_FIELDS
    ]


def preview(draft: Draft, settings: Settings) -> Preview:
    """Render the draft; failures become a sentence for the user, never an exception."""
    limit = limit_for(draft.template.channel, settings.note_limit).hard
    if draft.contact is None:
        return Preview("", error=NO_CONTACT(), limit=limit)
    variables = template_variables(
        draft.contact, draft.details, my_name=settings.my_name, my_location=settings.my_location
    )
    # What the template declares it needs, as long as the draft still uses it: once the
    # user rewrites a sentence away, its field is no longer needed for this message.
    used = used_names(draft.source)
    missing = tuple(
        name for name in draft.template.requires if name in used and name not in variables
    )
    try:
        if missing:
            raise MissingFields(missing)
        trusted = draft.template.source == "builtin" and draft.source == draft.template.body
        text = render_source(draft.source, variables, trusted=trusted)
    except MissingFields as exc:
        return Preview("", error=missing_sentence(exc.fields), missing=exc.fields, limit=limit)
    except RenderError as exc:
        return Preview("", error=exc.message, error_line=exc.line, limit=limit)
    return Preview(text, limit=limit)


def check_draft(
    checker: Checker, draft: Draft, text: str, settings: Settings, sent: SentIndex | None
) -> Report:
    """The checker's local verdict on a draft's rendered message (grammar comes later)."""
    return checker.check(
        text,
        kind=draft.template.kind.value,
        channel=draft.template.channel,
        contact=draft.contact,
        note_limit=settings.note_limit,
        sent=sent,
    )


def known_words(settings: Settings, dictionary: Iterable[str] | None = None) -> tuple[str, ...]:
    """Words that are not mistakes in this message: the user's own name and place, and
    their personal dictionary (read from the data folder unless given); the checker knows
    the contact's fields."""
    if dictionary is None:
        dictionary = PersonalDictionary(paths.data_dir()).words()
    return user_words(settings.my_name, settings.my_location, tuple(dictionary))


def missing_sentence(fields: tuple[str, ...]) -> str:
    """What a draft still needs, in English (the window says it in its own language:
    app/ui/compose/question_text.py)."""
    labels = [FIELD_LABELS.get(name, name.replace("_", " ")) for name in fields]
    listed = ", ".join(f"“{label}”" for label in labels)
    pronoun = "it" if len(labels) == 1 else "them"
    return f"This message needs {listed}. Fill {pronoun} in to continue."
