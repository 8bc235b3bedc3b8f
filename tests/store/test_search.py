"""Listing contacts in name order and finding them by what the user remembers."""

from __future__ import annotations

import pytest

from app.contacts import Contact
from app.store import Store


def _names(contacts: list[Contact]) -> list[str]:
    return [contact.name for contact in contacts]


def test_contacts_are_listed_by_name_ignoring_case_and_accents(store: Store) -> None:
    for name in ("zoe", "Émile", "bob", "Alice", "émilie", "Eve"):
        store.add_contact(Contact(name=name))
    assert _names(store.contacts()) == ["Alice", "bob", "Émile", "émilie", "Eve", "zoe"]


@pytest.mark.parametrize("field", ["name", "company", "title", "location", "group", "notes"])
def test_search_looks_in_each_described_field(store: Store, field: str) -> None:
    store.add_contact(Contact(name="Other person"))
    wanted = store.add_contact(Contact(name="Someone").replace(**{field: "Has Zebras"}))
    assert _names(store.contacts("zEBRA")) == [wanted.name]


def test_search_ignores_case_beyond_ascii(store: Store) -> None:
    store.add_contact(Contact(name="Élodie Straße"))
    store.add_contact(Contact(name="Ольга Петрова"))
    assert _names(store.contacts("ÉLODIE")) == ["Élodie Straße"]
    assert _names(store.contacts("strasse")) == ["Élodie Straße"]
    assert _names(store.contacts("ПЕТРОВА")) == ["Ольга Петрова"]
    # "é" typed as "e" + combining acute accent.
    assert _names(store.contacts("e\u0301lodie")) == ["Élodie Straße"]


def test_search_finds_right_to_left_text(store: Store) -> None:
    store.add_contact(Contact(name="Dana", location="תל אביב"))
    store.add_contact(Contact(name="Omar", company="شركة النور"))
    assert _names(store.contacts("אביב")) == ["Dana"]
    assert _names(store.contacts("النور")) == ["Omar"]


def test_search_characters_are_taken_literally(store: Store) -> None:
    store.add_contact(Contact(name="Ann", notes="Owns 50% of the shop"))
    store.add_contact(Contact(name="Bob", notes="Owns 5 shops"))
    assert _names(store.contacts("50%")) == ["Ann"]
    assert _names(store.contacts("_")) == []


def test_blank_search_lists_everyone(store: Store) -> None:
    store.add_contact(Contact(name="Ann"))
    store.add_contact(Contact(name="Bob"))
    assert _names(store.contacts("   ")) == ["Ann", "Bob"]


def test_search_does_not_match_across_two_fields(store: Store) -> None:
    store.add_contact(Contact(name="Ann", company="Acme"))
    assert store.contacts("annacme") == []
