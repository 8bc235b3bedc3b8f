"""Everything reachable from the keyboard, and nothing that holds the keyboard in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.a11y.conftest import PAGES
from tests.a11y.walk import describe, focusable

pytestmark = [pytest.mark.a11y, pytest.mark.slow]


def test_no_table_lets_tab_move_between_its_cells(surfaces: dict[str, QWidget]) -> None:
    trapping = [
        f"{surface}: {describe(view)}"
        for surface, root in surfaces.items()
        for view in root.findChildren(QAbstractItemView)
        if view.tabKeyNavigation()
    ]
    assert not trapping, "\n".join(trapping)


@pytest.mark.parametrize("title", PAGES)
def test_tab_visits_every_control_of_a_page_and_leaves_it(
    qtbot: QtBot, window: MainWindow, surfaces: dict[str, QWidget], title: str
) -> None:
    page = surfaces[title]
    window.pages.setCurrentWidget(page)
    window.activateWindow()
    stops = [w for w in focusable(page) if w.isVisible()]
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _press in range(2 * len(stops) + 5):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    left = [w for w in visited if w is not None and not page.isAncestorOf(w)]
    assert left, f"Tab never left the {title} page"
    missed = [describe(w) for w in stops if w not in visited and w.focusProxy() is None]
    assert not missed, f"Tab never reached on {title}:\n" + "\n".join(missed)


def test_tab_leaves_a_date_field_showing_any(qtbot: QtBot, window: MainWindow) -> None:
    window.pages.setCurrentWidget(window.history)
    for field in (window.history.history.since, window.history.history.until):
        field.setFocus()
        assert field.text() == "Any"
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert not field.hasFocus()


def test_a_table_sorts_by_any_column_from_its_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.pages.setCurrentWidget(window.history)
    window.history.show_statistics()
    table = window.history.stats.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    sort_by = [a for a in menu.actions() if a.text().startswith("Sort by ")]
    assert len(sort_by) == table.model().columnCount()
    sort_by[1].trigger()
    menu.close()
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    table_menu_again = table_menu_for(qtbot, table)
    next(a for a in table_menu_again.actions() if a.isChecked()).trigger()
    table_menu_again.close()
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # again: reversed


def table_menu_for(qtbot: QtBot, table: QAbstractItemView) -> QMenu:
    """The table's menu as the Menu key opens it: Qt turns that key into a context menu
    request from the keyboard, sent to the focused widget (offscreen has no such key)."""
    centre = table.rect().center()
    request = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, centre, table.mapToGlobal(centre)
    )
    QApplication.sendEvent(table, request)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_a_splitter_moves_with_the_arrow_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1600, 900)  # room for the panes to move
    splitter = window.splitter
    handle = splitter.handle(1)
    before = splitter.sizes()
    handle.setFocus(Qt.FocusReason.TabFocusReason)
    assert handle.hasFocus()
    qtbot.keyClick(handle, Qt.Key.Key_Right)
    after = splitter.sizes()
    assert after[0] > before[0] and after[1] < before[1]
    qtbot.keyClick(handle, Qt.Key.Key_Left)
    assert splitter.sizes()[0] < after[0]
