"""Table models for the network review: stale connections and the summary shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.network_review import Share, StaleConnection

_Index = QModelIndex | QPersistentModelIndex
StaleRole = Qt.ItemDataRole.UserRole + 1


class StaleModel(QAbstractTableModel):
    """Connections the user may no longer know, oldest connection first."""

    HEADERS = ("Name", "Works as", "Connected", "Why it is listed")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[StaleConnection] = []

    def set_rows(self, rows: list[StaleConnection]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stale = self._rows[index.row()]
        if role == StaleRole:
            return stale
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            works_as = " at ".join(part for part in (stale.title, stale.company) if part)
            return (stale.name, works_as, stale.since.isoformat(), stale.reason)[index.column()]
        return None


class ShareModel(QAbstractTableModel):
    """One summary breakdown: label, number of contacts, share of the network."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        self._headers = (heading, "Contacts", "Share")
        self._rows: list[Share] = []

    def set_rows(self, rows: list[Share]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        share = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (share.label, f"{share.count:,}", f"{share.fraction:.0%}")[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
