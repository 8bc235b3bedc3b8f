"""The composer's template suggestion for a person, from the running app's data: the
library, the settings, triage of their note, the places list and how each template's
invitations fared. Qt-free; it lives here because it reads the whole `AppContext`."""

from __future__ import annotations

from app.composing.suggestion import Record, TemplateChoice, choose_template, template_records
from app.contacts import Contact
from app.context import AppContext
from app.relationships.places import shipped_places
from app.relationships.triage import suggest as triage


class ContactSuggester:
    """Called with a contact, gives their `TemplateChoice`. The outcomes are read once
    and again on `recount` (messages were recorded or imported)."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._records: dict[str, Record] = template_records(context.store)

    def recount(self) -> None:
        self._records = template_records(self._context.store)

    def __call__(self, contact: Contact) -> TemplateChoice | None:
        context = self._context
        answered = contact.id is not None and bool(context.store.messages(contact.id, limit=1))
        return choose_template(
            contact,
            library=context.library,
            settings=context.settings,
            triage=lambda person, note: triage(person, note, context.settings, context.checker),
            places=shipped_places(),
            answered=answered,
            records=self._records,
        )
