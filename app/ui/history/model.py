"""The sent-message history as a lazy table model: pages read from the store on demand.

Only the row count is known up front (one COUNT query); rows are read 200 at a time when
the view asks for them, by keyset from a neighbouring page when there is one, and only
the pages seen last are kept. 100,000 messages scroll as smoothly as 100.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.library.templates import Kind
from app.stats.history import SORT_KEYS, HistoryFilter, HistoryOrder, HistoryQuery, HistoryRow
from app.stats.outcomes import INVITE, effective_outcome, pending_cutoff
from app.store import Outcome, Store, StoreError
from app.ui.widgets.kind_text import kind_text
from app.ui.widgets.locale_text import moment_text, relative_moment
from app.ui.widgets.outcome_text import outcome_text
from app.ui.widgets.sentence_text import error_text
from app.ui.widgets.template_text import template_text
from app.wording import days_between

HistoryRowRole = Qt.ItemDataRole.UserRole + 1

PAGE_SIZE = 200
# Pages kept in memory: a screenful plus where the user came from, a few thousand rows.
CACHED_PAGES = 16

# The columns by name, as the code refers to them; headerData gives their titles.
COLUMNS = ("Sent", "Contact", "Template", "Kind", "Message", "Score", "Outcome")
OUTCOME_COLUMN = COLUMNS.index("Outcome")
# Every column sorts, by what it shows (SORT_KEYS is in the same order as COLUMNS).
_SORTS = tuple(SORT_KEYS)
_Index = QModelIndex | QPersistentModelIndex
Clock = Callable[[], datetime]


class HistoryModel(QAbstractTableModel):
    """Emits `outcome_changed` with the message's id after an outcome was edited in place,
    and `problem` with a sentence when the store refused something."""

    outcome_changed = Signal(int)
    problem = Signal(str)

    def __init__(self, store: Store, clock: Clock, pending_days: int) -> None:
        super().__init__()
        self._store = store
        self._clock = clock
        self._pending_days = pending_days
        self._filter = HistoryFilter()
        self._order = HistoryOrder()
        self._pages: OrderedDict[int, list[HistoryRow]] = OrderedDict()
        self._count = 0
        self._query: HistoryQuery | None = None
        self._now = clock()

    @property
    def history_filter(self) -> HistoryFilter:
        return self._filter

    def set_filter(self, history_filter: HistoryFilter) -> None:
        self._filter = history_filter
        self.refresh()

    @property
    def order(self) -> HistoryOrder:
        return self._order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, reading the pages again in that order."""
        if not 0 <= column < len(_SORTS):
            return
        wanted = HistoryOrder(_SORTS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._order:
            self._order = wanted
            self.refresh()

    def set_pending_days(self, days: int) -> None:
        self._pending_days = days
        self.refresh()

    def refresh(self) -> None:
        """Read the count again and forget the pages read (the history changed)."""
        self.beginResetModel()
        self._pages.clear()
        self._now = self._clock()
        cutoff = pending_cutoff(self._now, self._pending_days)
        self._query = HistoryQuery(self._store, self._filter, cutoff, self._order)
        try:
            self._count = self._query.count()
        except StoreError as exc:
            self._count = 0
            self.problem.emit(error_text(exc))
        self.endResetModel()

    @property
    def cached_pages(self) -> int:
        """Pages held in memory now; never more than CACHED_PAGES."""
        return len(self._pages)

    def row_at(self, row: int) -> HistoryRow | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- Qt's model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        return None

    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Sent", "column: when the message was sent"),
            self.tr("Contact"),
            self.tr("Template"),
            self.tr("Kind"),
            self.tr("Message"),
            self.tr("Score"),
            self.tr("Outcome"),
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == OUTCOME_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == OUTCOME_COLUMN:
            return row.outcome.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == HistoryRowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMNS.index("Score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != OUTCOME_COLUMN:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        row = self.row_at(index.row())
        if row is None:
            return False
        try:
            outcome = Outcome(value)
        except ValueError:
            return False
        if outcome is row.outcome:
            return True
        try:
            saved = self._store.set_outcome(row.id, outcome, self._clock())
        except StoreError as exc:
            self.problem.emit(error_text(exc))
            return False
        cutoff = pending_cutoff(self._now, self._pending_days)
        updated = dataclasses.replace(
            row,
            outcome=saved.outcome,
            effective=effective_outcome(saved.outcome, row.kind, row.sent_at, cutoff),
        )
        page = self._pages.get(index.row() // PAGE_SIZE)
        if page is not None:
            page[index.row() % PAGE_SIZE] = updated
        self.dataChanged.emit(index, index)
        self.outcome_changed.emit(row.id)
        return True

    # -- pages --------------------------------------------------------------------------------

    def _page(self, number: int) -> list[HistoryRow]:
        cached = self._pages.get(number)
        if cached is not None:
            self._pages.move_to_end(number)
            return cached
        rows = self._read(number)
        self._pages[number] = rows
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _read(self, number: int) -> list[HistoryRow]:
        if self._query is None:
            return []
        previous, following = self._pages.get(number - 1), self._pages.get(number + 1)
        try:
            if previous:
                return self._query.after(previous[-1].key, PAGE_SIZE)
            if following:
                return self._query.before(following[0].key, PAGE_SIZE)
            return self._query.page(number * PAGE_SIZE, PAGE_SIZE)
        except StoreError as exc:
            self.problem.emit(error_text(exc))
            return []

    # -- what a cell says ---------------------------------------------------------------------

    def _display(self, row: HistoryRow, column: int) -> str:
        if column == 0:
            return relative_moment(row.sent_at, self._now)
        if column == 1:
            return row.contact_name
        if column == 2:
            return template_text(row.template) or self.tr("No template")
        if column == 3:
            return _kind_text(row.kind)
        if column == 4:
            return _one_line(row)
        if column == 5:
            return "" if row.score is None else str(row.score)
        return self._outcome_text(row)

    def _tooltip(self, row: HistoryRow, column: int) -> str | None:
        if column == 0:
            return moment_text(row.sent_at)
        if column == 2 and row.template:
            return self.tr("Template file: {file}").format(file=row.template)
        if column == 4:
            return row.text or self.tr("Sent without a note.")
        if column == OUTCOME_COLUMN:
            if row.effective is not row.outcome:
                return self.tr(
                    "No answer in %Ln days: counted as no answer in the statistics. "
                    "Click or press F2 to change.",
                    "",
                    self._pending_days,
                )
            return self.tr("Click or press F2 to change.")
        return None

    def _outcome_text(self, row: HistoryRow) -> str:
        """'Accepted', or for an invitation still pending: 'Pending (3 days)' inside the
        window and 'No answer (pending 34 days)' past it."""
        if row.outcome is not Outcome.PENDING or row.kind != INVITE:
            return outcome_text(row.outcome)
        days = max(0, days_between(row.sent_at, self._now))
        if row.effective is Outcome.NO_ANSWER:
            return self.tr("No answer (pending %Ln days)", "", days)
        if days == 0:
            return self.tr("Pending (sent today)")
        return self.tr("Pending (%Ln days)", "", days)


def _one_line(row: HistoryRow) -> str:
    """The message on one line: the greeting alone ("Hi Ana,") says nothing."""
    if not row.text:
        return QCoreApplication.translate("HistoryModel", "(no note)") if row.kind == INVITE else ""
    return " ".join(row.text.split())


def _kind_text(kind: str) -> str:
    """The kind in the user's language; a kind this version does not know, as recorded."""
    known = {member.value: member for member in Kind}
    return kind_text(known[kind]) if kind in known else kind
