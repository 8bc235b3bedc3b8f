"""The follow-up list in the window: activating one opens the composer to write to them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.store import NewMessage, Outcome
from app.ui.main_window import MainWindow


def _accepted_invitation(context: AppContext, name: str, days_ago: int) -> None:
    """Sent by the real clock the window reads: accepted `days_ago` days ago."""
    contact = context.store.contacts(name)[0]
    accepted = datetime.now(UTC) - timedelta(days=days_ago)
    with context.store.batch() as batch:
        batch.add_messages(
            [
                NewMessage(
                    contact_id=contact.id,
                    contact_name=contact.name,
                    template="invite-met-at-event",
                    kind="invite",
                    channel="linkedin_note",
                    text=f"Hi {contact.given_name}, good to meet you.",
                    sent_at=accepted - timedelta(days=1),
                    outcome=Outcome.ACCEPTED,
                    outcome_at=accepted,
                )
            ]
        )


def _show_follow_ups(qtbot: QtBot, window: MainWindow) -> None:
    page = window.history
    with qtbot.waitSignal(page.counted, timeout=20_000):
        window.pages.setCurrentWidget(page)
    page.tabs.setCurrentWidget(page.followups)


def test_activating_a_follow_up_opens_the_composer_with_a_thank_you(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    _accepted_invitation(context, "Ana Souza", days_ago=2)
    _show_follow_ups(qtbot, window)
    followups = window.history.followups
    assert followups.model.rowCount() == 1
    assert followups.model.index(0).data() == "Ana Souza · Say thank you"
    assert followups.summary.text().startswith("1 person to thank for accepting")

    followups.list.setCurrentIndex(followups.model.index(0))
    qtbot.keyClick(followups.list, Qt.Key.Key_Return)

    assert window.pages.currentWidget() is window.splitter
    assert window.form.loaded is not None and window.form.loaded.name == "Ana Souza"
    template = window.composer.template
    assert template is not None and template.name == "thanks-for-accepting"
    assert window.composer.message.toPlainText().startswith("Hi Ana,")


def test_a_message_recorded_in_the_composer_refreshes_the_history(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    _accepted_invitation(context, "Ana Souza", days_ago=2)
    _show_follow_ups(qtbot, window)
    ana = context.store.contacts("Ana")[0]
    thanks = context.store.record_message(
        ana, template="thanks-for-accepting", kind="thanks", channel="linkedin_message",
        text="Thanks for accepting, Ana!",
    )  # fmt: skip

    with qtbot.waitSignal(window.history.counted, timeout=20_000):
        window.composer.recorded.emit(thanks)

    assert window.history.model.rowCount() == 2
    assert window.history.followups.model.rowCount() == 0  # thanked: nothing left to do
