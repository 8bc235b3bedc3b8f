"""The Network page: stale connections to open or prune, and the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.importers import import_linkedin
from app.ui.main_window import MainWindow
from app.ui.network.models import NewsRole, StaleRole
from tests.ui.conftest import listed_contacts, select_contact

PAIR = Path(__file__).parent.parent / "data" / "linkedin-pair"


def _show_network(window: MainWindow, qtbot: QtBot) -> None:
    page = window.network
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled() and page.total.text() != "")


@pytest.fixture
def stale_window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    saved = window.context.store.add_contact(
        Contact(name="Old Stranger", company="Globex", connected_on="2019-03-01")
    )
    window.contacts.model.upsert(saved)
    _show_network(window, qtbot)
    return window


def test_the_page_lists_old_strangers_and_summarises_the_network(
    stale_window: MainWindow,
) -> None:
    page = stale_window.network
    stale = [page.stale.index(r, 0).data(StaleRole) for r in range(page.stale.rowCount())]
    assert [s.name for s in stale] == ["Old Stranger"]
    assert page.stale.index(0, 3).data().startswith("Marked never met, connected")
    assert page.total.text() == "3 contacts"
    companies = page.shares["company"]
    assert {companies.index(r, 0).data() for r in range(companies.rowCount())} == {
        "Globex",
        "Fabrikam",
        "Northwind Analytics",
    }
    assert not page.open_button.isEnabled()
    # No LinkedIn export yet: nothing to compare, and the page says so.
    assert page.news_view.isHidden()
    assert page.news_intro.text().startswith("Import two LinkedIn exports")


def test_open_contact_shows_them_in_the_composer(stale_window: MainWindow) -> None:
    page = stale_window.network
    page.stale_view.setCurrentIndex(page.stale.index(0, 0))
    page.open_button.click()
    assert stale_window.pages.currentWidget() is stale_window.splitter
    assert stale_window.form.loaded is not None
    assert stale_window.form.loaded.name == "Old Stranger"


def test_deleting_asks_then_prunes_without_touching_the_open_contact(
    stale_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_contact(stale_window, "Bo Chen")
    stale_window.form.lines["title"].setText("typed, not saved yet")
    page = stale_window.network
    stale_window.pages.setCurrentWidget(page)
    page.stale_view.setCurrentIndex(page.stale.index(0, 0))
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_button.click()

    assert asked and "Old Stranger" in asked[0]
    assert "Old Stranger" not in [c.name for c in listed_contacts(stale_window)]
    assert stale_window.form.lines["title"].text() == "typed, not saved yet"
    qtbot.waitUntil(lambda: page.stale.rowCount() == 0)


def test_the_page_lists_who_changed_jobs_since_the_last_export_and_congratulates(
    window: MainWindow, qtbot: QtBot
) -> None:
    for export in ("Basic_LinkedInDataExport_01-06-2026", "Basic_LinkedInDataExport_02-06-2026"):
        import_linkedin(window.context.store, PAIR / export)
    _show_network(window, qtbot)
    page = window.network

    rows = [page.news.index(r, 0).data(NewsRole) for r in range(page.news.rowCount())]
    assert [(row.name, row.what) for row in rows] == [
        ("Ana Souza", "Changed jobs"),
        ("Chloé Martin", "Changed jobs"),
        ("Eli Novak", "New connection"),
        ("Dev Rao", "No longer in the export"),
    ]
    assert [page.news.index(0, column).data() for column in (2, 3)] == [
        "Data Scientist at Lisbon Data Co",
        "Lead Data Scientist at Tide Analytics",
    ]
    assert "2/6/2026 against 1/6/2026: 2 changed jobs, 1 new" in page.news_intro.text()
    assert not page.congratulate_button.isEnabled()
    page.news_view.setCurrentIndex(page.news.index(2, 0))  # someone new: nothing to celebrate
    assert not page.congratulate_button.isEnabled()

    page.news_view.setCurrentIndex(page.news.index(0, 0))
    page.congratulate_button.click()

    assert window.pages.currentWidget() is window.splitter
    assert window.form.loaded is not None and window.form.loaded.name == "Ana Souza"
    assert window.composer.template is not None
    assert window.composer.template.name == "congratulate-new-role"
    qtbot.waitUntil(lambda: "Tide Analytics" in window.composer.message.toPlainText())
