"""The inbox flow in the window: add a request, see why, draft the reply, record it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.relationships.inbox import add_pasted_request
from app.store import RequestAction
from app.ui.inbox.page import InboxPage
from app.ui.inbox.request_dialog import RequestDialog
from app.ui.main_window import MainWindow

PERSONAL = (
    "Hi, your talk at PyData Lisbon on streaming joins changed how our team builds "
    "pipelines. Could I ask you one question about the watermark trick you showed?"
)


def _open_inbox(window: MainWindow, qtbot: QtBot) -> InboxPage:
    page = window.inbox
    window.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: not page._loading and page.count.text() != "")
    return page


def test_a_request_shows_its_suggestion_and_reasons(window: MainWindow, qtbot: QtBot) -> None:
    add_pasted_request(
        window.context.store, Contact(name="Dee Recruit", title="Tech Recruiter"), ""
    )
    page = _open_inbox(window, qtbot)

    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "Accept"
    assert page.suggestion.text() == "Suggested: Accept"
    assert "recruit" in page.reasons.text().lower()
    assert not page.reply_button.isEnabled()  # accepting needs no message


def test_drafting_the_reply_opens_the_composer_on_the_suggested_template(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.context.settings = window.context.settings.replace(my_location="Lisbon")
    add_pasted_request(window.context.store, Contact(name="Rui Costa", location="Lisbon"), PERSONAL)
    page = _open_inbox(window, qtbot)
    assert page.suggestion.text() == "Suggested: Reply and offer a coffee"

    page.reply_button.click()

    assert window.pages.currentWidget() is window.splitter
    assert window.form.loaded is not None and window.form.loaded.name == "Rui Costa"
    template = window.composer.template
    assert template is not None and template.name == "decline-offer-coffee"
    # The reply answers what they wrote: the composer asks for it, their note in view.
    asked = window.composer.gap_field("their_work")
    assert asked is not None and window.composer.their_note.isVisibleTo(window)
    qtbot.keyClicks(asked, "your Kafka talk")
    assert "coffee" in window.composer.message.toPlainText()


def test_recording_what_was_done_takes_it_out_of_the_waiting_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_pasted_request(
        window.context.store, Contact(name="Stock Sender"), "I'd like to join your network."
    )
    page = _open_inbox(window, qtbot)
    assert page.action.currentText() == "Decline without a reply"

    page.record_button.click()

    [request] = window.context.store.requests()
    assert request.action is RequestAction.DECLINE
    # Gone from the waiting list at once, and counted so.
    assert page.model.rowCount() == 0
    assert page.count.text().startswith("0 waiting")
    page.show_filter.setCurrentIndex(page.show_filter.findData(False))  # All requests
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() == 1)
    assert page.model.index(0, 4).data() == "Decline without a reply"
    assert page.reopen_button.isVisible()
    assert page.reopen_button.text().startswith("Undo")


def test_a_pasted_request_lands_in_the_inbox(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _open_inbox(window, qtbot)

    def fill_and_accept(dialog: RequestDialog) -> int:
        assert not dialog.buttons.buttons()[0].isEnabled()  # a request needs a name
        dialog.fields["name"].setText("Mo Said")
        dialog.note_edit.setPlainText(PERSONAL)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RequestDialog, "exec", fill_and_accept)
    page.add_button.click()

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "Mo Said"
    assert page.note.toPlainText() == PERSONAL
