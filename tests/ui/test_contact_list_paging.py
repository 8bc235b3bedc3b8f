"""A long contact list, read a page at a time: every row right, in the store's order, and
the search finds people far down the list before anyone scrolled there."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.paths import database_path
from app.store import Store
from app.ui.contacts.model import PAGE, ContactRole, SubtitleRole
from app.ui.contacts.panel import ContactsPanel

FIRST = ["Ana", "Émile", "Zoë", "Дмитрий", "Yuki", "محمد", "Bo", "élodie", "Ōta", "李"]
COUNT = 3 * PAGE + 17


@pytest.fixture
def store(rapport_home: Path) -> Iterator[Store]:
    rng = random.Random(5)
    with Store.open(database_path()) as opened:
        opened.add_contacts(
            Contact(
                name=f"{rng.choice(FIRST)} Person{number}",
                company=f"Company {number}",
                location=rng.choice(["Lisbon", "Osaka", ""]),
                title="Engineer",
            )
            for number in range(COUNT)
        )
        yield opened


@pytest.fixture
def panel(qtbot: QtBot, store: Store) -> ContactsPanel:
    panel = ContactsPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_every_row_shows_its_contact_in_store_order(panel: ContactsPanel, store: Store) -> None:
    model = panel.model
    expected = store.contacts()
    assert model.rowCount() == COUNT
    assert panel.count_label.text() == f"{COUNT:,} contacts"
    # Backwards, so that pages are read out of order.
    for row in reversed(range(COUNT)):
        index = model.index(row)
        assert index.data() == expected[row].name
        assert index.data(SubtitleRole).startswith("Engineer at Company ")
    last = model.index(COUNT - 1).data(ContactRole)
    assert last == expected[-1]


def test_search_finds_a_contact_nobody_scrolled_to(qtbot: QtBot, panel: ContactsPanel) -> None:
    qtbot.keyClicks(panel.search, "company 301")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data(ContactRole).company == "Company 301"
    assert panel.count_label.text() == f"1 of {COUNT:,} contacts"


def test_saved_contacts_go_where_the_store_sorts_them(panel: ContactsPanel, store: Store) -> None:
    model = panel.model
    added = store.add_contact(Contact(name="Aaron First"))
    assert model.upsert(added) == 0
    renamed = store.update_contact(added.replace(name="Oz Middle"))
    row = model.upsert(renamed)
    in_store = store.contacts()
    assert row == in_store.index(renamed) > 0  # moved down from the top
    assert [model.index(r).data() for r in range(model.rowCount())] == [c.name for c in in_store]
    model.remove(renamed.id or 0)
    assert model.rowCount() == COUNT and model.row_of(renamed.id) == -1
