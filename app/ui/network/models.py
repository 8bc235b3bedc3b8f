"""Table models for the network review: stale connections and the summary shares."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.relationships.network_review import Share, StaleConnection
from app.ui.widgets.row_table_model import RowRole, RowTableModel
from app.wording import day_text

StaleRole = RowRole
_Display = Qt.ItemDataRole.DisplayRole


class StaleModel(RowTableModel[StaleConnection]):
    """Connections the user may no longer know, oldest connection first."""

    def __init__(self) -> None:
        super().__init__(("Name", "Works as", "Connected", "Why it is listed"))

    def cell(self, row: StaleConnection, column: int, role: int) -> Any:
        if role in (_Display, Qt.ItemDataRole.ToolTipRole):
            works_as = " at ".join(part for part in (row.title, row.company) if part)
            return (row.name, works_as, day_text(row.since), row.reason)[column]
        return None


class ShareModel(RowTableModel[Share]):
    """One summary breakdown: label, number of contacts, share of the network."""

    def __init__(self, heading: str) -> None:
        super().__init__((heading, "Contacts", "Share"))

    def cell(self, row: Share, column: int, role: int) -> Any:
        if role == _Display:
            return (row.label, f"{row.count:,}", f"{row.fraction:.0%}")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
