"""Sorting the history by any column, and setting an outcome with one click."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.paths import database_path
from app.store import Outcome, Store
from app.ui.history.history_tab import HistoryPanel
from app.ui.history.model import COLUMNS, PAGE_SIZE, HistoryModel, HistoryRowRole
from tests.ui.history_seed import NOW, TEMPLATES, seed_history

# More than two pages, so that sorted pages are also read by keyset from their neighbours.
COUNT = 2 * PAGE_SIZE + 50


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[HistoryPanel]:
    with Store.open(database_path()) as store:
        seed_history(store, COUNT)
        model = HistoryModel(store, lambda: NOW, pending_days=21)
        model.refresh()
        panel = HistoryPanel(model)
        panel.set_templates(TEMPLATES)
        qtbot.addWidget(panel)
        panel.resize(1200, 600)
        panel.show()
        yield panel


def _rows(panel: HistoryPanel) -> list[object]:
    model = panel.model
    return [model.index(row, 0).data(HistoryRowRole) for row in range(model.rowCount())]


def test_the_history_starts_newest_first(panel: HistoryPanel) -> None:
    sent = [row.sent_at for row in _rows(panel)]  # type: ignore[attr-defined]
    assert sent == sorted(sent, reverse=True)
    assert len(sent) == COUNT


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("Contact", lambda row: (row.contact_name.lower(), row.id)),
        ("Template", lambda row: (row.template, row.id)),
        ("Message", lambda row: (row.text.lower(), row.id)),
        ("Outcome", lambda row: (row.effective.value, row.id)),
        ("Sent", lambda row: (row.sent_at, row.id)),
    ],
)
def test_a_click_on_a_column_header_sorts_every_row_by_it(
    qtbot: QtBot, panel: HistoryPanel, column: str, value: object
) -> None:
    header = panel.view.horizontalHeader()
    index = COLUMNS.index(column)
    x = header.sectionViewportPosition(index) + header.sectionSize(index) // 2
    position = header.rect().center()
    position.setX(x)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    first = [value(row) for row in _rows(panel)]  # type: ignore[operator]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    second = [value(row) for row in _rows(panel)]  # type: ignore[operator]

    # One click sorts one way, the next the other way; every message is still there once.
    assert len(first) == len(second) == COUNT
    assert {first[0], first[-1]} == {min(first), max(first)}
    assert first in (sorted(first), sorted(first, reverse=True))
    assert second == list(reversed(first))


def test_one_click_on_an_outcome_opens_its_list_and_a_choice_saves_it(
    qtbot: QtBot, panel: HistoryPanel
) -> None:
    view = panel.view
    cell = panel.model.index(1, COLUMNS.index("Outcome"))
    row = cell.data(HistoryRowRole)
    assert row.outcome is Outcome.DECLINED

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    editor = view.indexWidget(cell)
    assert isinstance(editor, QComboBox)
    assert editor.currentText() == "Declined"
    qtbot.waitUntil(editor.view().isVisible)  # the list is open: no second click needed
    editor.setCurrentIndex(editor.findData(Outcome.REPLIED.value))
    editor.activated.emit(editor.currentIndex())

    assert panel.model.index(1, COLUMNS.index("Outcome")).data() == "Replied"
    with Store.open(database_path()) as store:
        [saved] = [m for m in store.messages(row.contact_id) if m.id == row.id]
    assert saved.outcome is Outcome.REPLIED
