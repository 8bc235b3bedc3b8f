"""The History page: read only once shown, outcomes edited in place, statistics and the
per-template chart kept up to date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.library.names import template_title
from app.store import Outcome
from app.ui.history.model import OUTCOME_COLUMN, HistoryRowRole
from app.ui.history.page import HistoryPage
from tests.ui.history_seed import NOW, TEMPLATES, seed_history


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[HistoryPage]:
    seed_history(context.store, 60)
    ana = context.store.contacts("Ana")[0]
    context.store.record_message(
        ana, template="thanks-for-accepting", kind="thanks", channel="email", text="Thanks!",
        sent_at=NOW,
    )  # fmt: skip
    page = HistoryPage(context, clock=lambda: NOW)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0  # nothing read before the page is shown
    with qtbot.waitSignal(page.counted, timeout=20_000):
        page.show()
    yield page


def test_the_page_reads_the_history_when_shown(page: HistoryPage) -> None:
    assert page.model.rowCount() == 61
    statistics = page.stats.statistics
    assert statistics is not None and statistics.overall.sent == 61
    assert page.stats.acceptance.value.text() == "33%"
    assert "20 of 60 decided invitations" in page.stats.acceptance.detail.text()


def test_editing_an_outcome_in_place_changes_the_store_and_the_statistics(
    qtbot: QtBot, page: HistoryPage, context: AppContext
) -> None:
    view = page.history.view
    index = page.model.index(2, OUTCOME_COLUMN)  # message 1: declined
    assert index.data() == "Declined"
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QComboBox)
    assert editor is not None and editor.currentText() == "Declined"

    with qtbot.waitSignal(page.counted, timeout=20_000):
        qtbot.keyClick(editor, Qt.Key.Key_Up)  # Declined -> Accepted, saved at once

    assert index.data() == "Accepted"
    message_id = index.data(HistoryRowRole).id
    [stored] = [m for m in context.store.messages() if m.id == message_id]
    assert stored.outcome is Outcome.ACCEPTED
    statistics = page.stats.statistics
    assert statistics is not None
    assert (statistics.overall.accepted, statistics.overall.declined) == (21, 39)


def test_the_chart_has_one_entry_per_template_with_its_intervals(page: HistoryPage) -> None:
    chart = page.stats.chart
    # Only templates with decided invitations: the thank-you is not an invitation.
    # Under the names the composer shows, not the file names.
    titles = [template_title(name) for name in TEMPLATES]
    assert chart.categories == [f"{titles[0]}  (n=30)", f"{titles[1]}  (n=30)"]
    assert chart.series is not None
    assert [s.count() for s in chart.series.barSets()] == [2, 2]
    drawn = chart.intervals
    assert [(row, bar) for row, bar, _low, _high in drawn] == [
        (chart.categories[0], "Reply rate"),
        (chart.categories[0], "Acceptance rate"),
        (chart.categories[1], "Reply rate"),
        (chart.categories[1], "Acceptance rate"),
    ]
    # Template 0 got messages 0, 2, 4...: those divisible by 3 accepted, 10 of 30.
    low, high = drawn[1][2:]
    assert low < 100 * 10 / 30 < high


def test_recording_a_message_refreshes_the_page(
    qtbot: QtBot, page: HistoryPage, context: AppContext
) -> None:
    bo = context.store.contacts("Bo")[0]
    context.store.record_message(
        bo, template="invite-same-city", kind="invite", channel="linkedin_note", text="Hi Bo",
        sent_at=NOW,
    )  # fmt: skip
    with qtbot.waitSignal(page.counted, timeout=20_000):
        page.refresh()
    assert page.model.rowCount() == 62
    assert page.history.count_label.text() == "62 messages"


def test_the_breakdown_table_sorts_by_its_numbers_and_back_to_its_own_order(
    page: HistoryPage,
) -> None:
    stats = page.stats
    proxy = stats.proxy

    def first_column() -> list[str]:
        return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]

    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Template"
    own_order = first_column()
    names = [*TEMPLATES, "thanks-for-accepting"]
    assert sorted(own_order) == sorted(template_title(name) for name in names)
    stats.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Sent: 1, then 30 and 30
    assert first_column()[0] == "Thanks for accepting"
    stats.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert first_column() == own_order

    stats.breakdown.setCurrentIndex(stats.breakdown.findData("kind"))
    assert proxy.headerData(0, Qt.Orientation.Horizontal) == "Kind"
