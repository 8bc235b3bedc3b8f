"""'What to do next' on the Statistics tab, over a real history: keep, drop and test,
each with its numbers, and nothing claimed on a handful of sends."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.store import Outcome
from app.ui.history.page import HistoryPage
from tests.stats.conftest import NOW, History


def sent(context: AppContext, template: str, accepted: int, of: int) -> None:
    history = History(context.store)
    person = history.contact(f"Someone {template}", group="Met once", strength=4)
    history.send(person, Outcome.ACCEPTED, template=template, count=accepted)
    history.send(person, Outcome.DECLINED, template=template, count=of - accepted)
    history.write()


def shown(qtbot: QtBot, context: AppContext) -> str:
    page = HistoryPage(context, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.stats)
    view = page.stats.next_steps
    qtbot.waitUntil(lambda: view.steps is not None)
    return view.text.toPlainText()


def test_the_clear_winner_is_kept_and_the_clear_loser_dropped(
    qtbot: QtBot, context: AppContext
) -> None:
    sent(context, "invite-met-at-event", 30, 40)
    sent(context, "invite-read-their-work", 10, 40)
    sent(context, "invite-same-city", 2, 3)

    text = shown(qtbot, context)

    assert "From 83 decided invitations." in text
    keep = text.split("Keep (1)")[1].split("Drop (1)")[0]
    assert "Keep Invite met at event: 30 of 40 accepted" in keep
    # Not "the best": invite-same-city's 2 of 3 could still beat it.
    assert "better than your other invitations' 29% with 1.00 probability" in keep
    drop = text.split("Drop (1)")[1].split("Test (2)")[0]
    assert "Drop Invite read their work: 10 of 40 accepted" in drop
    assert "below Invite met at event’s" in drop
    test = text.split("Test (2)")[1]
    # Three sends are not enough to drop anything, whatever their rate.
    assert "Keep testing Invite same city: 2 of 3 accepted" in test
    assert "never sent yet" in test and "Invite introduced by" in test


def test_a_handful_of_sends_keeps_and_drops_nothing(qtbot: QtBot, context: AppContext) -> None:
    sent(context, "invite-met-at-event", 2, 3)
    sent(context, "invite-read-their-work", 1, 3)

    text = shown(qtbot, context)

    assert "Keep (" not in text and "Drop (" not in text
    assert "Keep testing Invite met at event: 2 of 3 accepted" in text
    assert "Keep testing Invite read their work: 1 of 3 accepted" in text


def test_in_german_the_steps_read_german_with_the_templates_titles(
    qtbot: QtBot, context: AppContext, shipped_german: None
) -> None:
    sent(context, "invite-met-at-event", 30, 40)
    sent(context, "invite-read-their-work", 10, 40)

    text = shown(qtbot, context)

    assert "Behalten Sie Einladung nach einer Veranstaltung bei: 30 von 40 angenommen" in text
    assert "Verwerfen Sie Einladung wegen einer Arbeit: 10 von 40 angenommen" in text
    assert "Keep" not in text and "invite-" not in text
