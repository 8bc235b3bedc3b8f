"""The composer's recommendations for the current contact, over a real history: the
ranked templates with their numbers, the winner or "too early to tell", the explore
pick, and the note advice with the month's remaining notes."""

from __future__ import annotations

import random

from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.context import AppContext
from app.store import Outcome
from app.ui.compose.recommendations_view import RecommendationsView
from tests.stats.conftest import NOW, History

MIA = Contact(name="Mia Berg", group="Met once", strength=4, location="Oslo")


def sent(context: AppContext, template: str, accepted: int, of: int) -> None:
    history = History(context.store)
    person = history.contact(f"Someone {template}", group="Met once", strength=3, location="Oslo")
    history.send(person, Outcome.ACCEPTED, template=template, count=accepted)
    history.send(person, Outcome.DECLINED, template=template, count=of - accepted)
    history.write()


def shown(qtbot: QtBot, context: AppContext, contact: Contact) -> RecommendationsView:
    view = RecommendationsView(context, clock=lambda: NOW, rng=random.Random(7))
    qtbot.addWidget(view)
    view.set_contact(contact)
    qtbot.waitUntil(lambda: view.recommendation is not None)
    return view


def rows(view: RecommendationsView) -> list[list[str]]:
    model = view.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_clear_winner_is_named_with_its_numbers(qtbot: QtBot, context: AppContext) -> None:
    sent(context, "invite-met-at-event", 30, 40)
    sent(context, "invite-read-their-work", 10, 40)
    view = shown(qtbot, context, MIA)

    table = rows(view)
    # Named by their titles, as everywhere else in the window.
    assert table[0][:2] == ["Invite met at event", "30 of 40"]
    assert table[1][:2] == ["Invite read their work", "10 of 40"]
    expected, interval, best = table[0][2:]
    assert 60 < int(expected.rstrip("%")) < 80
    low, high = (int(bound.rstrip("%")) for bound in interval.split("–"))
    assert low < int(expected.rstrip("%")) < high
    assert float(best) > 0.95
    # Templates never sent are listed after, not in the running.
    assert {row[4] for row in table[2:]} == {"never tried"}
    assert view.verdict.text().startswith("Use Invite met at event: best for people you have met")
    assert "5 of 5 personalised notes left this month" in view.notes.text()


def test_three_sends_each_are_too_early_to_tell(qtbot: QtBot, context: AppContext) -> None:
    sent(context, "invite-met-at-event", 2, 3)
    sent(context, "invite-read-their-work", 1, 3)
    view = shown(qtbot, context, MIA)

    assert rows(view)[0][1] == "2 of 3"
    assert float(rows(view)[0][4]) < 0.95
    assert view.verdict.text().startswith("Too early to tell")
    assert "more sends" in view.verdict.text() or "too close" in view.verdict.text()
    # Which one to send next, named among the ranked templates.
    suggested = view.verdict.text().split("Send ", 1)[1].split(" next:")[0]
    assert suggested in {row[0] for row in rows(view)}

    assert not view.explored.isVisibleTo(view)
    view.explore.setChecked(True)
    assert view.explored.isVisibleTo(view)
    names = {row[0] for row in rows(view)}
    picked = view.explored.text().removeprefix("Exploring: send ").split(" this time")[0]
    assert picked in names


def test_another_segment_counts_its_own_sends(qtbot: QtBot, context: AppContext) -> None:
    sent(context, "invite-met-at-event", 30, 40)
    view = shown(qtbot, context, MIA)
    assert rows(view)[0][1] == "30 of 40"

    view.recommendation = None
    view.set_contact(MIA.replace(group="Clients"))
    qtbot.waitUntil(lambda: view.recommendation is not None)
    assert "not sent yet" in {row[1] for row in rows(view)}
    assert view.state.text().startswith("For people you have met in Clients")
