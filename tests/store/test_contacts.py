"""Saving, changing and deleting contacts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.contacts import Contact
from app.store import Store, StoreError


def test_every_field_survives_closing_and_reopening(
    store: Store, db_path: Path, full_contact: Contact
) -> None:
    saved = store.add_contact(full_contact)
    store.close()

    with Store.open(db_path) as reopened:
        assert reopened.get_contact(saved.id or 0) == saved
    assert saved == full_contact.replace(id=saved.id)


# Any text Python can encode as UTF-8: every script, emoji, control characters, NUL.
_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
_contacts = st.builds(
    Contact,
    name=_text.filter(str.strip),
    company=_text,
    notes=_text,
    strength=st.integers(1, 5),
    shared_interests=st.lists(_text, max_size=4).map(tuple),
    mutual_contacts=st.lists(_text, max_size=4).map(tuple),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contact=_contacts)
def test_any_text_round_trips(store: Store, contact: Contact) -> None:
    saved = store.add_contact(contact)
    assert store.get_contact(saved.id or 0) == saved


def test_text_that_is_not_valid_unicode_is_refused(store: Store) -> None:
    broken = Contact(name="Ann", notes="bad \udcff byte")
    with pytest.raises(StoreError, match="not valid Unicode"):
        store.add_contact(broken)
    assert store.contact_count() == 0


def test_new_contacts_get_distinct_ids_and_are_counted(store: Store) -> None:
    first = store.add_contact(Contact(name="Ann"))
    second = store.add_contact(Contact(name="Ann"))
    assert first.id != second.id
    assert store.contact_count() == 2


def test_adding_a_saved_contact_again_is_refused(store: Store) -> None:
    saved = store.add_contact(Contact(name="Ann"))
    with pytest.raises(StoreError, match="already saved"):
        store.add_contact(saved)
    assert store.contact_count() == 1


def test_update_keeps_the_changes(store: Store, db_path: Path) -> None:
    saved = store.add_contact(Contact(name="Ann", company="Old Co"))
    store.update_contact(saved.replace(company="New Co", strength=1))
    store.close()
    with Store.open(db_path) as reopened:
        assert reopened.get_contact(saved.id or 0).company == "New Co"
        assert reopened.get_contact(saved.id or 0).strength == 1


def test_updating_a_contact_that_does_not_exist_changes_nothing(store: Store) -> None:
    store.add_contact(Contact(name="Ann"))
    with pytest.raises(StoreError, match="No contact number 999"):
        store.update_contact(Contact(name="Ghost", id=999))
    with pytest.raises(StoreError, match="not been saved"):
        store.update_contact(Contact(name="Unsaved"))
    assert [c.name for c in store.contacts()] == ["Ann"]


def test_deleted_contact_is_gone(store: Store) -> None:
    saved = store.add_contact(Contact(name="Ann"))
    store.delete_contact(saved.id or 0)
    assert store.contact_count() == 0
    with pytest.raises(StoreError, match="may have been deleted"):
        store.get_contact(saved.id or 0)
    with pytest.raises(StoreError, match="No contact number"):
        store.delete_contact(saved.id or 0)


def test_adding_many_contacts_is_all_or_nothing(store: Store) -> None:
    saved = store.add_contacts([Contact(name="Ann"), Contact(name="Bob")])
    assert [c.name for c in store.contacts()] == ["Ann", "Bob"]
    assert [store.get_contact(c.id or 0) for c in saved] == saved

    with pytest.raises(StoreError, match="not valid Unicode"):
        store.add_contacts([Contact(name="Cy"), Contact(name="Dee \udcff")])
    assert store.contact_count() == 2
