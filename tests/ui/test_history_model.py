"""The lazy history model: rows deep in a long history, read a page at a time."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.contacts import Contact
from app.store import Outcome, Store
from app.ui.history.model import CACHED_PAGES, COLUMNS, HistoryModel, HistoryRowRole
from tests.ui.history_seed import NOW, seed_history

MESSAGE, OUTCOME = COLUMNS.index("Message"), COLUMNS.index("Outcome")


def _model(store: Store) -> HistoryModel:
    model = HistoryModel(store, lambda: NOW, pending_days=21)
    model.refresh()
    return model


def _cell(model: HistoryModel, row: int, column: int) -> object:
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_rows_on_later_pages_of_a_long_history(store: Store) -> None:
    seed_history(store, 5_200)
    model = _model(store)

    assert model.rowCount() == 5_200
    # Newest first: row r is the message sent r + 1 hours before now.
    for row in (0, 199, 200, 4_321, 5_199, 2_600, 2_599, 150):
        assert _cell(model, row, MESSAGE) == f"Note number {row}"
    assert _cell(model, 5_199, COLUMNS.index("Contact")) == "Person 49"
    assert model.index(5_200, MESSAGE).data() is None


def test_scrolling_through_keeps_only_the_last_pages(store: Store) -> None:
    seed_history(store, 5_200)
    model = _model(store)
    for row in range(0, 5_200, 37):
        assert _cell(model, row, MESSAGE) == f"Note number {row}"
    assert model.cached_pages == CACHED_PAGES  # never the whole history in memory


def test_pending_invitations_say_how_long_they_waited(store: Store) -> None:
    ana = store.add_contact(Contact(name="Ana"))
    for days in (3, 34):
        store.record_message(
            ana,
            template="t",
            kind="invite",
            channel="linkedin_note",
            text=f"{days} days ago",
            sent_at=NOW - timedelta(days=days, minutes=5),
        )
    store.record_message(
        ana, template="t", kind="thanks", channel="email", text="Thanks", sent_at=NOW
    )
    model = _model(store)

    assert [_cell(model, row, OUTCOME) for row in range(3)] == [
        "Pending",
        "Pending (3 days)",
        "No answer (pending 34 days)",
    ]
    overdue = model.index(2, OUTCOME)
    assert "counted as no answer" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    assert overdue.data(Qt.ItemDataRole.EditRole) == "pending"


def test_setting_an_outcome_writes_it_to_the_store(store: Store) -> None:
    seed_history(store, 450)
    model = _model(store)
    index = model.index(421, OUTCOME)  # a declined one, on the third page
    assert index.data() == "Declined"
    message_id = index.data(HistoryRowRole).id

    assert model.setData(index, Outcome.ACCEPTED.value)

    assert index.data() == "Accepted"
    [stored] = [m for m in store.messages() if m.id == message_id]
    assert stored.outcome is Outcome.ACCEPTED and stored.outcome_at == NOW
    assert not model.setData(index, "maybe")  # not an outcome: nothing changes
