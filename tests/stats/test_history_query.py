"""The history list: newest first, a page at a time, and its filters."""

from __future__ import annotations

from datetime import timedelta

from app.stats.history import HistoryFilter, HistoryQuery
from app.stats.outcomes import pending_cutoff
from app.store import Outcome
from tests.stats.conftest import NOW, History

CUTOFF = pending_cutoff(NOW, 21)


def _query(history: History, **fields: object) -> HistoryQuery:
    history.write()
    return HistoryQuery(history.store, HistoryFilter(**fields), CUTOFF)  # type: ignore[arg-type]


def _names(query: HistoryQuery) -> list[str]:
    return [row.contact_name for row in query.page(0, 100)]


def test_pages_by_keyset_match_pages_by_offset(history: History) -> None:
    ana = history.contact("Ana")
    for day in range(450):
        history.send(ana, days_ago=day / 10)
    query = _query(history)

    first, second = query.page(0, 200), query.page(200, 200)
    assert query.count() == 450
    assert [r.sent_at for r in first] == sorted((r.sent_at for r in first), reverse=True)
    assert query.after(first[-1].key, 200) == second
    assert query.before(second[0].key, 200) == first
    assert len(query.after(second[-1].key, 200)) == 50


def test_contact_filter_ignores_case_and_accents(history: History) -> None:
    history.send(history.contact("Élodie Durand")).send(history.contact("Bo Chen"))
    history.send(None)  # recorded under a name only: "Someone deleted"
    assert _names(_query(history, contact="elodie")) == ["Élodie Durand"]
    assert _names(_query(history, contact="DELETED")) == ["Someone deleted"]
    assert _names(_query(history, contact="100%")) == []


def test_template_kind_and_dates(history: History) -> None:
    ana = history.contact("Ana")
    history.send(ana, template="", text="", days_ago=40)
    history.send(ana, kind="thanks", template="thanks-for-accepting", days_ago=10)
    history.send(ana, days_ago=2)

    assert [r.template for r in _query(history, template="").page(0, 10)] == [""]
    assert [r.kind for r in _query(history, kind="thanks").page(0, 10)] == ["thanks"]
    recent = _query(history, since=NOW - timedelta(days=15), until=NOW - timedelta(days=5))
    assert [r.kind for r in recent.page(0, 10)] == ["thanks"]


def test_outcome_filter_counts_old_pending_invitations_as_no_answer(history: History) -> None:
    ana = history.contact("Ana")
    history.send(ana, Outcome.NO_ANSWER, days_ago=50)
    history.send(ana, Outcome.PENDING, days_ago=30)  # past the window
    history.send(ana, Outcome.PENDING, days_ago=3)
    history.send(ana, kind="thanks", template="thanks-for-accepting", days_ago=30)

    no_answer = _query(history, outcome=Outcome.NO_ANSWER)
    assert no_answer.count() == 2
    assert [(r.outcome, r.effective) for r in no_answer.page(0, 10)] == [
        (Outcome.PENDING, Outcome.NO_ANSWER),
        (Outcome.NO_ANSWER, Outcome.NO_ANSWER),
    ]
    pending = _query(history, outcome=Outcome.PENDING)
    assert [r.kind for r in pending.page(0, 10)] == ["invite", "thanks"]
