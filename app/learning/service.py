"""Recommendations for a contact, from the store, the settings and the template library:
what the composer and `rapport recommend` call."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.composing.note_quota import note_quota
from app.contacts import Contact
from app.learning.history import read_history
from app.learning.next_steps import NextSteps, next_steps
from app.learning.recommend import Recommendation, recommend
from app.learning.segments import contact_segment
from app.library.templates import Kind, TemplateLibrary
from app.relationships.places import same_area
from app.settings import Settings
from app.stats.outcomes import cutoff_text
from app.store import Store


def recommend_for(
    store: Store, settings: Settings, library: TemplateLibrary, contact: Contact, now: datetime
) -> Recommendation:
    """The library's invitation templates ranked for `contact`, as of `now` (which also
    says which month's notes the quota counts)."""
    is_local = _local_test(settings.my_location)
    segment = contact_segment(
        contact, bool(contact.location.strip()) and is_local(contact.location)
    )
    history = read_history(store, cutoff_text(now, settings.pending_days), segment, is_local)
    # Only what the user would send this person: invitations in the language they write
    # to them in, and in their form of address where the template has one.
    language = contact.language or settings.my_language
    register = contact.register or settings.default_register
    templates = [
        t.name
        for t in library.by_kind(Kind.INVITE)
        if t.language == language and t.register in (None, register)
    ]
    return recommend(history, templates, note_quota(store, settings, now))


def _local_test(my_location: str) -> Callable[[str], bool]:
    if not my_location.strip():
        return lambda _location: False
    return lambda location: same_area(my_location, location)


def next_steps_for(
    store: Store, settings: Settings, library: TemplateLibrary, now: datetime
) -> NextSteps:
    """The approaches to keep, drop and test over the whole history, as of `now`."""
    history = read_history(store, cutoff_text(now, settings.pending_days))
    return next_steps(history, [t.name for t in library.by_kind(Kind.INVITE)])
