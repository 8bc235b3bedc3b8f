"""A breakdown of the statistics as a table model: one row per template, group, month..."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from app.stats import Breakdown, Rate, Row
from app.stats.compare import MIN_DECIDED
from app.ui.widgets.breakdown_text import rate_text, row_text
from app.ui.widgets.locale_text import count_text, percent_text
from app.ui.widgets.row_table_model import Index, RowRole, RowTableModel

SortRole = RowRole + 1


class BreakdownModel(RowTableModel[Row]):
    """The rows of one breakdown: counts, rates and their 95% intervals."""

    def __init__(self) -> None:
        super().__init__(("", *self._columns()))
        self._breakdown = ""

    def _columns(self) -> tuple[str, ...]:
        return (
            self.tr("Sent", "column: invitations sent"),
            self.tr("Decided"),
            self.tr("Accepted"),
            self.tr("95% interval"),
            self.tr("Replied"),
            self.tr("Reply rate"),
            self.tr("95% interval"),
            self.tr("Pending"),
        )

    def set_breakdown(self, breakdown: Breakdown, key_title: str) -> None:
        self.headers = (key_title, *self._columns())
        self._breakdown = breakdown.name
        self.set_rows(breakdown.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Sorting the first column keeps the breakdown's own order: it needs the row's place.
        if role == SortRole and index.isValid():
            return _sort_value(self.row(index.row()), index.row(), index.column())
        return super().data(index, role)

    def cell(self, row: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(self._breakdown, row) if column == 0 else _display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, row: Row, column: int) -> str | None:
        acceptance, reply = _rates(row)
        if column in (3, 4):
            text = self.tr("Accepted: {rate}").format(rate=rate_text(acceptance))
        elif column in (6, 7):
            text = self.tr("Replied, of those accepted: {rate}").format(rate=rate_text(reply))
        elif column == 2:
            text = self.tr("Invitations accepted, replied to, declined or left without an answer.")
        else:
            return None
        if 0 < row.tally.decided < MIN_DECIDED:
            few = self.tr("Fewer than %Ln decided: too few to tell much.", "", MIN_DECIDED)
            text = self.tr("{figure} {caveat}").format(figure=text, caveat=few)
        return text


def sorted_breakdown(model: BreakdownModel) -> QSortFilterProxyModel:
    """A proxy that sorts by the numbers behind the cells (and by the breakdown's own
    order, for the first column)."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy


def _rates(row: Row) -> tuple[Rate, Rate]:
    return row.tally.acceptance, row.tally.reply


def _display(row: Row, column: int) -> str:
    """The figures of `row`; column 0, its name, is `row_text`'s."""
    tally = row.tally
    acceptance, reply = _rates(row)
    cells = (
        "",
        count_text(tally.sent),
        count_text(tally.decided),
        _value(acceptance),
        _interval(acceptance),
        count_text(tally.replied),
        _value(reply),
        _interval(reply),
        count_text(tally.pending),
    )
    return cells[column]


def _sort_value(row: Row, position: int, column: int) -> float:
    tally = row.tally
    acceptance, reply = _rates(row)
    values: tuple[float, ...] = (
        position,
        tally.sent,
        tally.decided,
        _number(acceptance.value),
        _number(acceptance.interval[0] if acceptance.interval else None),
        tally.replied,
        _number(reply.value),
        _number(reply.interval[0] if reply.interval else None),
        tally.pending,
    )
    return values[column]


def _value(rate: Rate) -> str:
    return "–" if rate.value is None else percent_text(rate.value)


def _interval(rate: Rate) -> str:
    interval = rate.interval
    if interval is None:
        return "–"
    return f"{percent_text(interval[0], sign=False)}–{percent_text(interval[1])}"


def _number(value: float | None) -> float:
    return -1.0 if value is None else value
