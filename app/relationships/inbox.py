"""The inbox of incoming connection requests: each with its sender and suggested answer.

Plain Python over the store and the triage rules; the window's Inbox page shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.checker import Checker
from app.contacts import Contact
from app.profile_urls import profile_key
from app.relationships.triage import Suggestion, suggest
from app.settings import Settings
from app.store import IncomingRequest, Store, StoreError
from app.store.rows import fold


@dataclass(frozen=True)
class InboxEntry:
    """A request with the contact it came from and the suggested answer."""

    request: IncomingRequest
    contact: Contact
    suggestion: Suggestion


def inbox_entries(
    store: Store,
    settings: Settings,
    checker: Checker,
    open_only: bool = True,
    explain_in: str | None = None,
) -> list[InboxEntry]:
    """Requests newest first, each with a suggestion from the triage rules, its reasons
    in `explain_in` (a language of app.languages) when given, else in the reply's.

    A request whose sender was deleted is judged on the name it came with.
    """
    entries = []
    for request in store.requests(open_only=open_only):
        entries.append(entry_for(store, request, settings, checker, explain_in))
    return entries


def entry_for(
    store: Store,
    request: IncomingRequest,
    settings: Settings,
    checker: Checker,
    explain_in: str | None = None,
) -> InboxEntry:
    contact = _sender(store, request)
    suggestion = suggest(contact, request.note, settings, checker, explain_in=explain_in)
    return InboxEntry(request, contact, suggestion)


def add_pasted_request(
    store: Store, sender: Contact, note: str, received_at: datetime | None = None
) -> IncomingRequest:
    """Record a request the user pasted in. The sender is matched to a saved contact by
    profile address, e-mail, then name, or saved as a new one."""
    existing = find_contact(store, sender)
    if existing is None:
        existing = store.add_contact(sender.replace(incoming_note=note))
    elif note.strip() and not existing.incoming_note.strip():
        existing = store.update_contact(existing.replace(incoming_note=note))
    return store.add_request(existing, note, received_at)


def contact_for_reply(store: Store, entry: InboxEntry) -> Contact:
    """The saved contact to draft the reply to, holding the request's note so templates
    and checks can refer to it; a sender who was never saved (or was deleted) is saved."""
    contact = entry.contact
    if contact.id is None:
        found = find_contact(store, contact)
        contact = found if found is not None else store.add_contact(contact)
    if entry.request.note.strip() and contact.incoming_note != entry.request.note:
        contact = store.update_contact(contact.replace(incoming_note=entry.request.note))
    return contact


def find_contact(store: Store, person: Contact) -> Contact | None:
    """A saved contact that is the same person: same profile, e-mail, or (failing both)
    the same name."""
    checks = (
        ("profile_key", profile_key(person.profile_url)),
        ("email_key", fold(person.email.strip())),
    )
    for column, key in checks:
        if key:
            # "<> ''" lets SQLite use the partial index (contacts_by_profile, _by_email).
            rows = store.query(
                f"SELECT id FROM contacts WHERE {column} = ? AND {column} <> '' LIMIT 1", (key,)
            )
            if rows:
                return store.get_contact(rows[0][0])
    name = " ".join(person.name.split())
    for candidate in store.contacts(name):
        if fold(" ".join(candidate.name.split())) == fold(name):
            return candidate
    return None


def _sender(store: Store, request: IncomingRequest) -> Contact:
    if request.contact_id is not None:
        try:
            return store.get_contact(request.contact_id)
        except StoreError:
            pass  # deleted since: fall back on the name the request came with
    return Contact(name=request.contact_name, incoming_note=request.note)
