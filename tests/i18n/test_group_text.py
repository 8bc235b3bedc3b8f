"""Rapport's own groups are kept in English and shown in the window's language: the contact
form offers "Freunde" and still saves "Friends", and the network and statistics name them in
German; the user's own groups stay as they wrote them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.contacts import DEFAULT_GROUPS, Contact
from app.relationships.network_review import Share
from app.stats import Row
from app.stats.outcomes import Tally
from app.ui.contacts.form import ContactForm
from app.ui.network.models import ShareModel
from app.ui.widgets.breakdown_text import row_text
from app.ui.widgets.group_text import group_text


def test_in_english_groups_read_as_stored(qapp: QApplication) -> None:
    assert [group_text(group) for group in DEFAULT_GROUPS] == list(DEFAULT_GROUPS)


def test_every_built_in_group_has_a_german_name(shipped_german: None) -> None:
    assert all(group_text(group) != group for group in DEFAULT_GROUPS)
    assert group_text("Climbing club") == "Climbing club"


def test_the_contact_form_shows_german_groups_and_saves_them_as_stored(
    qtbot: QtBot, shipped_german: None
) -> None:
    form = ContactForm()
    qtbot.addWidget(form)
    offered = [form.group.itemText(i) for i in range(form.group.count())]
    assert "Freunde" in offered and "Friends" not in offered
    form.load(Contact(name="Ana Souza", group="Friends"))
    assert form.group.currentText() == "Freunde"
    saved = form.contact()
    assert saved is not None and saved.group == "Friends"
    form.group.setCurrentText("Kletterclub")
    saved = form.contact()
    assert saved is not None and saved.group == "Kletterclub"


def test_network_and_statistics_name_built_in_groups_in_german(shipped_german: None) -> None:
    groups, companies = ShareModel("Gruppe", groups=True), ShareModel("Unternehmen")
    groups.set_rows([Share("Met once", 78, 0.13), Share("Climbing club", 5, 0.01)])
    companies.set_rows([Share("Clients", 3, 0.01)])
    shown = [groups.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(2)]
    assert shown == ["Einmal getroffen", "Climbing club"]
    assert companies.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Clients"  # a company
    assert row_text("group", Row("Never met", "Never met", Tally())) == "Nie getroffen"
