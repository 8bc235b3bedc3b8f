"""Filtering the history table by contact, template, kind, outcome and date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.library.names import template_title
from app.paths import database_path
from app.store import Store
from app.ui.history.history_tab import HistoryPanel
from app.ui.history.model import COLUMNS, HistoryModel
from app.ui.widgets.locale_text import day_text
from tests.ui.history_seed import NOW, TEMPLATES, seed_history


@pytest.fixture
def panel(qtbot: QtBot) -> Iterator[HistoryPanel]:
    with Store.open(database_path()) as store:
        seed_history(store, 300)
        model = HistoryModel(store, lambda: NOW, pending_days=21)
        model.refresh()
        panel = HistoryPanel(model)
        panel.set_templates(TEMPLATES)
        qtbot.addWidget(panel)
        panel.show()
        yield panel


def _column(panel: HistoryPanel, name: str) -> set[str]:
    model, column = panel.model, COLUMNS.index(name)
    return {model.index(row, column).data() for row in range(model.rowCount())}


def _choose(combo: object, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))  # type: ignore[attr-defined]


def test_typing_a_name_filters_once_the_typing_pauses(qtbot: QtBot, panel: HistoryPanel) -> None:
    with qtbot.waitSignal(panel.model.modelReset):
        qtbot.keyClicks(panel.contact, "person 7")
    assert _column(panel, "Contact") == {"Person 7"}
    assert panel.model.rowCount() == 6  # messages 7, 57, 107... to Person 7
    assert panel.count_label.text() == "6 messages match the filters"


def test_template_kind_and_outcome(panel: HistoryPanel) -> None:
    _choose(panel.template, template_title(TEMPLATES[1]))
    assert _column(panel, "Template") == {template_title(TEMPLATES[1])}
    assert panel.model.rowCount() == 150
    _choose(panel.outcome, "Accepted")
    assert _column(panel, "Outcome") == {"Accepted"}
    assert panel.model.rowCount() == 50  # every third of the odd-numbered messages
    _choose(panel.kind, "Thank-you")
    assert panel.model.rowCount() == 0

    panel.clear_filters()
    assert panel.model.rowCount() == 300
    assert panel.count_label.text() == "300 messages"


def test_a_date_range_keeps_the_days_chosen(panel: HistoryPanel) -> None:
    # One message an hour: a whole local day holds 24, in any time zone (26 March has no
    # daylight-saving change anywhere that has one).
    day = NOW.astimezone().date() - timedelta(days=5)
    panel.since.setDate(QDate(day.year, day.month, day.day))
    panel.until.setDate(QDate(day.year, day.month, day.day))
    sent = {
        panel.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(panel.model.rowCount())
    }
    assert panel.model.rowCount() == 24
    # The tooltip is the date, then the time ("3/26/2026 6:00 AM").
    assert {text.partition(" ")[0] for text in sent} == {day_text(day)}
