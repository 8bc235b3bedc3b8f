"""Table models for the network review: stale connections, the summary shares, and what
the latest LinkedIn export showed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from app.relationships.network_review import Share, StaleConnection
from app.store.export_history import ExportNews
from app.ui.widgets.row_table_model import RowRole, RowTableModel
from app.wording import day_text

StaleRole = RowRole
NewsRole = RowRole
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


@dataclass(frozen=True)
class NewsRow:
    """One line of what the latest LinkedIn export showed: a job change, a new
    connection, or one no longer in the export."""

    contact_id: int
    name: str
    what: str
    then: str
    now: str
    changed_job: bool = False


def news_rows(news: ExportNews | None) -> list[NewsRow]:
    """Job changes first (the people to congratulate), then new, then gone."""
    if news is None or news.previous_on is None:
        return []
    return [
        *(
            NewsRow(
                c.contact_id,
                c.name,
                "Changed jobs",
                _job(c.old_company, c.old_title),
                _job(c.new_company, c.new_title),
                changed_job=True,
            )
            for c in news.changed
        ),
        *(
            NewsRow(p.contact_id, p.name, "New connection", "", _job(p.company, p.title))
            for p in news.new
        ),
        *(
            NewsRow(p.contact_id, p.name, "No longer in the export", _job(p.company, p.title), "")
            for p in news.gone
        ),
    ]


def _job(company: str, title: str) -> str:
    return " at ".join(part for part in (title, company) if part)


class NewsModel(RowTableModel[NewsRow]):
    """What the latest export showed against the one before it."""

    def __init__(self) -> None:
        super().__init__(("Name", "What", "Then", "Now"))

    def cell(self, row: NewsRow, column: int, role: int) -> Any:
        if role in (_Display, Qt.ItemDataRole.ToolTipRole):
            return (row.name, row.what, row.then, row.now)[column]
        return None
