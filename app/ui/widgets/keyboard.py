"""What a mouse does to tables and splitters, done from the keyboard.

A table view's header cannot take focus, so sorting by a column and fitting the columns
to their contents get a menu on the table itself (the Menu key or Shift+F10). A table
also lets Tab move between its cells by default, which traps the keyboard in it: Tab
leaves tables here, the arrow keys move between cells. A splitter's handle takes focus
by Tab and moves with the arrow keys.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QMenu,
    QSplitter,
    QSplitterHandle,
    QTableView,
    QWidget,
)

from app.ui.palette import focus_ring

_STEP_PIXELS = 40  # an arrow key's move of a splitter; Shift moves five times as far
_DOWN = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_UP = (Qt.Key.Key_Left, Qt.Key.Key_Up)


def keyboard_table(view: QTableView) -> None:
    """Let Tab leave `view`, and offer its header's actions on its context menu."""
    view.setTabKeyNavigation(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: table_menu(view).popup(view.viewport().mapToGlobal(pos))
    )
    # The Menu key sends a context menu event on every platform; Shift+F10 is the
    # other key people use for it, which Qt leaves unbound.
    shortcut = QShortcut(QKeySequence("Shift+F10"), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(lambda: table_menu(view).popup(_menu_point(view)))


def table_menu(view: QTableView) -> QMenu:
    """The menu of the header's actions: sort by each column when the table sorts, and
    fit the columns to what they show."""
    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    model = view.model()
    header = view.horizontalHeader()
    if view.isSortingEnabled() and model is not None:
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(
                QCoreApplication.translate("Keyboard", "Sort by {column}").format(column=title)
            )
            sorted_here = header.sortIndicatorSection() == column
            action.setCheckable(True)
            action.setChecked(sorted_here)
            action.triggered.connect(partial(_sort, view, column))
        menu.addSeparator()
    fit = menu.addAction(QCoreApplication.translate("Keyboard", "Fit columns to their contents"))
    fit.triggered.connect(view.resizeColumnsToContents)
    return menu


def keyboard_splitter(splitter: QSplitter, names: list[str]) -> None:
    """Make each handle of `splitter` a Tab stop that the arrow keys move.

    `names` says what each handle divides, in order ("Between the contact list and the
    form"): a screen reader announces it when the handle takes focus."""
    mover = _HandleKeys(splitter)
    for index, name in enumerate(names, start=1):
        handle = splitter.handle(index)
        handle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        handle.setAccessibleName(name)
        handle.installEventFilter(mover)


class TabLeavingDateEdit(QDateEdit):
    """A date field that Tab leaves at once.

    Qt's date field uses Tab to move between day, month and year, and while it shows its
    special value ("Any") Tab never gets past it. Here the arrow keys and typing pick
    the part, and the calendar pop-up the date."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        # QWidget's, which moves the focus on; QDateTimeEdit's moves between the parts.
        return QWidget.focusNextPrevChild(self, forward)


def _sort(view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    order = Qt.SortOrder.AscendingOrder
    if header.sortIndicatorSection() == column:
        ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
    view.sortByColumn(column, order)


def _menu_point(view: QAbstractItemView) -> QPoint:
    """Where a keyboard-opened menu appears: under the current cell, or the view's corner."""
    cell = view.visualRect(view.currentIndex())
    corner = cell.bottomLeft() if cell.isValid() else QPoint(0, 0)
    return view.viewport().mapToGlobal(corner)


class _HandleKeys(QObject):
    """Arrow keys move the focused handle; focus shows as the handle in the ring colour."""

    def __init__(self, splitter: QSplitter) -> None:
        super().__init__(splitter)
        self._splitter = splitter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QSplitterHandle):
            return False
        if event.type() == QEvent.Type.FocusIn:
            colour = focus_ring(watched.palette()).name()
            watched.setStyleSheet(f"QSplitterHandle {{ background: {colour}; }}")
        elif event.type() == QEvent.Type.FocusOut:
            watched.setStyleSheet("")
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = _STEP_PIXELS * (
                5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            )
            if event.key() in _DOWN:
                self._move(watched, step)
                return True
            if event.key() in _UP:
                self._move(watched, -step)
                return True
        return False

    def _move(self, handle: QSplitterHandle, pixels: int) -> None:
        splitter = self._splitter
        index = splitter.indexOf(handle)
        sizes = splitter.sizes()
        before, after = sizes[index - 1], sizes[index]
        # Keep each side at least its minimum: a splitter that cannot collapse its
        # children would otherwise jump back.
        first, second = splitter.widget(index - 1), splitter.widget(index)
        if first is None or second is None:
            return
        low, high = first.minimumSizeHint(), second.minimumSizeHint()
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        least_before = low.width() if horizontal else low.height()
        least_after = high.width() if horizontal else high.height()
        pixels = max(least_before - before, min(pixels, after - least_after))
        sizes[index - 1], sizes[index] = before + pixels, after - pixels
        splitter.setSizes(sizes)
