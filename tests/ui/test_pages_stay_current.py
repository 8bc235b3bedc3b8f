"""Pages show what is true now: a change made elsewhere reaches the page on screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.relationships.inbox import add_pasted_request
from app.ui.inbox.page import InboxPage
from app.ui.main_window import MainWindow
from app.ui.settings.dialog import SettingsDialog
from tests.settings.dialog_helpers import keyring_checked, press_ok, type_into
from tests.ui.test_inbox_page import PERSONAL


def _inbox_on_screen(window: MainWindow, qtbot: QtBot) -> InboxPage:
    page = window.inbox
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() > 0)
    return page


def test_the_inbox_on_screen_follows_a_location_set_in_settings(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_pasted_request(window.context.store, Contact(name="Rui Costa", location="Lisbon"), PERSONAL)
    page = _inbox_on_screen(window, qtbot)
    assert "Your own location is not set" in page.reasons.text()

    window.menus.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    keyring_checked(qtbot, dialog)
    type_into(qtbot, dialog.profile.my_location, "Lisbon")
    press_ok(qtbot, dialog)

    # Without leaving the page: it reads again as soon as the settings are saved.
    qtbot.waitUntil(lambda: page.suggestion.text() == "Suggested: Reply and offer a coffee")
    assert "not set" not in page.reasons.text()


def test_recording_a_request_moves_on_without_moving_the_columns(
    window: MainWindow, qtbot: QtBot
) -> None:
    store = window.context.store
    add_pasted_request(store, Contact(name="Stock Sender"), "I'd like to join your network.")
    add_pasted_request(store, Contact(name="Dee Recruit", title="Tech Recruiter"), "")
    page = _inbox_on_screen(window, qtbot)
    header = page.view.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(page.model.columnCount())]
    assert page.count.text().startswith("2 waiting")
    first = page.current()
    assert first is not None

    page.record_button.click()

    assert page.count.text().startswith("1 waiting")
    assert page.model.rowCount() == 1
    chosen = page.current()
    assert chosen is not None and chosen.request.id != first.request.id
    assert page.heading.text().startswith(chosen.request.contact_name)
    assert [header.sectionSize(c) for c in range(page.model.columnCount())] == widths
    assert not page.reopen_button.isVisible()  # nothing recorded for this one to undo


def test_an_empty_inbox_says_how_requests_get_there(window: MainWindow, qtbot: QtBot) -> None:
    page = window.inbox
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page._loading and page.count.text().startswith("0"))

    assert "LinkedIn data export" in page.heading.text()
    assert "Add request" in page.heading.text()
