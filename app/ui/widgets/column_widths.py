"""Column widths from typical contents that give way when the table is narrow.

The Inbox and History tables size their columns from sample texts, never from their rows
(reading 100,000 rows to measure them would be slow, and columns that follow the rows jump
on every change). At 150% scaling a laptop's table is narrower than those samples add up
to: the stretched column (the message, the note) shrank to a sliver and the last columns
left the view. Here the widest sampled columns give way first, down to a common width,
so that the stretched one keeps a share; short columns (a date, a score) keep their
samples' width, and every column takes its full width back when there is room. A cell
whose text no longer fits shows it whole as its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip

# The stretched column keeps at least this share of the table's width.
STRETCHED_SHARE = 0.3
_PADDING = 24  # a cell's margins and a sort indicator


def capped(wanted: Sequence[int], room: int) -> int:
    """The largest width `cap` such that the columns, each min(wanted, cap) wide, take
    no more than `room` (water-filling: the widest give way first)."""
    left, columns = room, sorted(wanted)
    for count, width in enumerate(columns):
        share = left // (len(columns) - count)
        if width > share:
            return share
        left -= width
    return max(columns, default=room)


class ColumnFitter(QObject):
    """Fits the columns whenever the view's width changes; `fit()` after showing or
    hiding a column."""

    def __init__(
        self, view: QTableView, samples: Sequence[str], stretched: int, keep: Sequence[int]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._stretched = stretched
        self._keep = frozenset(keep)
        metrics = view.fontMetrics()
        self._wanted = [metrics.horizontalAdvance(sample) + _PADDING for sample in samples]
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._show_cut_text(event)
        return False

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        shown = [c for c in range(len(self._wanted)) if not header.isSectionHidden(c)]
        kept = [c for c in shown if c in self._keep]
        giving = [c for c in shown if c != self._stretched and c not in self._keep]
        room = int(self._view.viewport().width() * (1 - STRETCHED_SHARE))
        room -= sum(self._wanted[c] for c in kept)
        cap = capped([self._wanted[c] for c in giving], room)
        for column in kept:
            header.resizeSection(column, self._wanted[column])
        for column in giving:
            width = min(self._wanted[column], cap)
            header.resizeSection(column, max(header.minimumSectionSize(), width))

    def _show_cut_text(self, event: QHelpEvent) -> bool:
        """The whole text of a cell cut short, when the model gives the cell no tooltip."""
        index = self._view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if self._view.visualRect(index).width() >= self._wanted_width(text):
            return False
        QToolTip.showText(event.globalPos(), text, self._view.viewport())
        return True

    def _wanted_width(self, text: str) -> int:
        return self._view.fontMetrics().horizontalAdvance(text) + _PADDING // 2


def fit_columns(
    view: QTableView, samples: Sequence[str], stretched: int, keep: Sequence[int] = ()
) -> ColumnFitter:
    """Size `view`'s columns from `samples` (one per column; the stretched column's is not
    read), and again whenever the view's width changes. Columns in `keep` never give way."""
    return ColumnFitter(view, samples, stretched, keep)
