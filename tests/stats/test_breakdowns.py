"""Every breakdown of a small hand-built history, against numbers worked out by hand."""

from __future__ import annotations

import pytest

from app.stats import Breakdown, Statistics, Tally
from app.store import Outcome
from tests.stats.conftest import History

MET = "invite-met-at-event"
CITY = "invite-same-city"


@pytest.fixture
def statistics(history: History) -> Statistics:
    ana = history.contact("Ana", group="Friends", strength=1)
    bo = history.contact("Bo", group="Clients", strength=3)
    cy = history.contact("Cy")  # no group, strength 5 (never met)
    (
        history.send(ana, Outcome.ACCEPTED, accepted_after_days=2, score=80)
        .send(ana, Outcome.REPLIED, accepted_after_days=4, score=80)
        .send(bo, Outcome.DECLINED, score=80)
        .send(bo, Outcome.PENDING, score=80)  # 60 days old: no answer
        .send(cy, Outcome.ACCEPTED, template="", text="", accepted_after_days=6)
        .send(cy, Outcome.NO_ANSWER, template="", text="")
        .send(None, Outcome.PENDING, template="", text="", days_ago=3)  # still pending
        .send(bo, Outcome.ACCEPTED, template=CITY, accepted_after_days=10, score=30, days_ago=45)
        .send(ana, Outcome.REPLIED, kind="thanks", template="thanks-for-accepting", score=90)
    )
    return history.statistics()


def counts(tally: Tally) -> tuple[int, ...]:
    return (tally.sent, tally.accepted, tally.declined, tally.replied, tally.no_answer,
            tally.pending)  # fmt: skip


def table(breakdown: Breakdown) -> list[tuple[object, tuple[int, ...]]]:
    return [(row.key, counts(row.tally)) for row in breakdown.rows]


def test_overall(statistics: Statistics) -> None:
    overall = statistics.overall
    assert counts(overall) == (9, 3, 1, 1, 2, 1)
    assert (overall.acceptance.successes, overall.acceptance.trials) == (4, 7)
    assert (overall.reply.successes, overall.reply.trials) == (1, 4)
    assert statistics.contacts == 3


def test_by_template_most_used_first(statistics: Statistics) -> None:
    assert table(statistics.by_template) == [
        (MET, (4, 1, 1, 1, 1, 0)),
        ("", (3, 1, 0, 0, 1, 1)),
        (CITY, (1, 1, 0, 0, 0, 0)),
        ("thanks-for-accepting", (1, 0, 0, 0, 0, 0)),  # sent, but not an invitation
    ]
    labels = [row.label for row in statistics.by_template.rows]
    assert labels[1] == "No template (imported or typed)"
    assert statistics.by_template.rows[-1].tally.acceptance.value is None


def test_by_kind_counts_each_kind_own_outcomes(statistics: Statistics) -> None:
    assert table(statistics.by_kind) == [
        ("invite", (8, 3, 1, 1, 2, 1)),
        ("thanks", (1, 0, 0, 1, 0, 0)),
    ]
    thanks = statistics.by_kind.rows[1]
    assert thanks.label == "Thank-you"
    # Nobody accepts a thank-you: its reply rate is out of all decided ones.
    assert (thanks.tally.reply.successes, thanks.tally.reply.trials) == (1, 1)


def test_with_a_note_against_without(statistics: Statistics) -> None:
    assert table(statistics.by_note) == [
        ("with_note", (5, 2, 1, 1, 1, 0)),
        ("without_note", (3, 1, 0, 0, 1, 1)),
    ]


def test_by_group_and_strength(statistics: Statistics) -> None:
    assert table(statistics.by_group) == [
        ("Clients", (3, 1, 1, 0, 1, 0)),
        ("Friends", (3, 1, 0, 1, 0, 0)),
        ("", (2, 1, 0, 0, 1, 0)),
        (None, (1, 0, 0, 0, 0, 1)),
    ]
    assert [row.label for row in statistics.by_group.rows][2:] == [
        "No group",
        "Contact deleted or never saved",
    ]
    assert table(statistics.by_strength) == [
        (1, (3, 1, 0, 1, 0, 0)),
        (3, (3, 1, 1, 0, 1, 0)),
        (5, (2, 1, 0, 0, 1, 0)),
        (None, (1, 0, 0, 0, 0, 1)),
    ]
    assert statistics.by_strength.rows[0].label == "1 · Close"


def test_by_score_band(statistics: Statistics) -> None:
    assert table(statistics.by_score) == [
        ("0–39", (1, 1, 0, 0, 0, 0)),
        ("70–100", (5, 1, 1, 1, 1, 0)),
        ("Unscored", (3, 1, 0, 0, 1, 1)),
    ]


def test_by_month(statistics: Statistics) -> None:
    assert table(statistics.by_month) == [
        ("2026-01", (7, 2, 1, 1, 2, 0)),
        ("2026-02", (1, 1, 0, 0, 0, 0)),
        ("2026-03", (1, 0, 0, 0, 0, 1)),
    ]
    assert [row.label for row in statistics.by_month.rows] == ["Jan 2026", "Feb 2026", "Mar 2026"]


def test_median_time_to_acceptance(statistics: Statistics) -> None:
    # Accepted after 2, 4, 6 and 10 days: the median is halfway between 4 and 6.
    assert statistics.median_hours_to_accept == 120
    assert statistics.timed_acceptances == 4


def test_an_empty_history(history: History) -> None:
    statistics = history.statistics()
    assert counts(statistics.overall) == (0, 0, 0, 0, 0, 0)
    assert statistics.overall.acceptance.value is None
    assert statistics.by_template.rows == statistics.by_kind.rows == ()
    assert statistics.by_group.rows == statistics.by_month.rows == ()
    assert statistics.median_hours_to_accept is None
    assert statistics.comparisons == ()
