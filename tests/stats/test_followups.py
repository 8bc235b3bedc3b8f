"""The to-do list: thank the people who accepted, then those due a word."""

from __future__ import annotations

from app.stats.followups import (
    KEEP_IN_TOUCH_TEMPLATE,
    THANK_TEMPLATE,
    Reason,
    ThankDetail,
    TouchDetail,
    follow_ups,
)
from app.store import Outcome
from tests.stats.conftest import NOW, History


def test_recent_acceptances_without_a_thank_you(history: History) -> None:
    ana = history.contact("Ana", cadence_days=7)
    bo = history.contact("Bo")
    cy = history.contact("Cy")
    dee = history.contact("Dee")
    history.send(ana, Outcome.ACCEPTED, days_ago=5, accepted_after_days=2)
    history.send(bo, Outcome.ACCEPTED, days_ago=5, accepted_after_days=2)
    history.send(bo, kind="thanks", template=THANK_TEMPLATE, days_ago=2)  # thanked already
    history.send(cy, Outcome.ACCEPTED, days_ago=100, accepted_after_days=2)  # long ago
    history.send(dee, Outcome.REPLIED, days_ago=12, accepted_after_days=2)
    history.send(None, Outcome.ACCEPTED, days_ago=5)  # the contact was deleted
    history.write()

    items = follow_ups(history.store, NOW)

    assert [(i.name, i.reason, i.template) for i in items] == [
        ("Dee", Reason.THANK, THANK_TEMPLATE),  # accepted 10 days ago: waiting longest
        ("Ana", Reason.THANK, THANK_TEMPLATE),  # listed once, though due a word too
    ]
    assert items[0].detail == ThankDetail(days_ago=10, replied=True)
    assert items[1].detail == ThankDetail(days_ago=3, replied=False)


def test_people_past_their_cadence(history: History) -> None:
    eve = history.contact("Eve", cadence_days=30)
    fay = history.contact("Fay", cadence_days=30)
    history.contact("Gus")  # no cadence: never reminded
    history.send(eve, kind="follow_up", template="follow-up-no-reply", days_ago=45)
    history.send(fay, kind="follow_up", template="follow-up-no-reply", days_ago=10)
    history.write()

    [item] = follow_ups(history.store, NOW)

    assert (item.name, item.reason, item.template) == (
        "Eve",
        Reason.KEEP_IN_TOUCH,
        KEEP_IN_TOUCH_TEMPLATE,
    )
    assert item.detail == TouchDetail(cadence_days=30, days_since_last=45, overdue_days=15)


def test_nothing_to_do(history: History) -> None:
    history.write()
    assert follow_ups(history.store, NOW) == []
