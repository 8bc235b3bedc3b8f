"""Table models for the network review: stale connections, the summary shares, and what
the latest LinkedIn export showed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.relationships.network_review import Bucket, Share, StaleConnection
from app.store.export_history import ExportNews
from app.ui.widgets.closeness_text import strength_text
from app.ui.widgets.group_text import group_text
from app.ui.widgets.locale_text import count_text, day_text
from app.ui.widgets.row_table_model import RowRole, RowTableModel

StaleRole = RowRole
NewsRole = RowRole
_Display = Qt.ItemDataRole.DisplayRole


class StaleModel(RowTableModel[StaleConnection]):
    """Connections the user may no longer know, oldest connection first."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("Works as"),
                self.tr("Connected", "column: the day you connected"),
                self.tr("Why it is listed"),
            )
        )

    def cell(self, row: StaleConnection, column: int, role: int) -> Any:
        if role in (_Display, Qt.ItemDataRole.ToolTipRole):
            works_as = _job(row.company, row.title)
            return (row.name, works_as, day_text(row.since), StaleReason().reason(row))[column]
        return None


class StaleReason(QObject):
    """Why a connection is listed, in the window's language. `tr` finds a plural only on
    an object of exactly this class: nothing subclasses it."""

    def reason(self, row: StaleConnection) -> str:
        years = row.days // 365
        if years:
            return self.tr(
                "Marked never met, connected %Ln years ago, and never contacted.", "", years
            )
        return self.tr(
            "Marked never met, connected %Ln days ago, and never contacted.", "", row.days
        )


def share_label(label: str | int | Bucket) -> str:
    """A summary line's label: a group, company or place as the user wrote it, a strength
    or one of the lines the core names itself."""
    if label is Bucket.NO_GROUP:
        return QCoreApplication.translate("ShareLabel", "No group")
    if label is Bucket.OTHERS:
        return QCoreApplication.translate(
            "ShareLabel", "Others", "the companies or places past the ten most common"
        )
    if isinstance(label, int):
        return strength_text(label)
    return label


class ShareModel(RowTableModel[Share]):
    """One summary breakdown: label, number of contacts, share of the network."""

    def __init__(self, heading: str, *, groups: bool = False) -> None:
        super().__init__(
            (heading, self.tr("Contacts"), self.tr("Share", "noun: share of the network"))
        )
        self._groups = groups  # the labels are groups: Rapport's own are translated

    def cell(self, row: Share, column: int, role: int) -> Any:
        if role == _Display:
            share = self.tr("{percent}%").format(percent=count_text(round(100 * row.fraction)))
            label = row.label
            shown = group_text(label) if self._groups and isinstance(label, str) else label
            return (share_label(shown), count_text(row.count), share)[column]
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
                QCoreApplication.translate("NewsModel", "Changed jobs"),
                _job(c.old_company, c.old_title),
                _job(c.new_company, c.new_title),
                changed_job=True,
            )
            for c in news.changed
        ),
        *(
            NewsRow(
                p.contact_id,
                p.name,
                QCoreApplication.translate("NewsModel", "New connection"),
                "",
                _job(p.company, p.title),
            )
            for p in news.new
        ),
        *(
            NewsRow(
                p.contact_id,
                p.name,
                QCoreApplication.translate("NewsModel", "No longer in the export"),
                _job(p.company, p.title),
                "",
            )
            for p in news.gone
        ),
    ]


def _job(company: str, title: str) -> str:
    """'Head of Data at Acme', or whichever of the two is known."""
    if title and company:
        return QCoreApplication.translate("NetworkModels", "{title} at {company}").format(
            title=title, company=company
        )
    return title or company


class NewsModel(RowTableModel[NewsRow]):
    """What the latest export showed against the one before it."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("What", "column: what changed"),
                self.tr("Then", "column: the job before"),
                self.tr("Now", "column: the job now"),
            )
        )

    def cell(self, row: NewsRow, column: int, role: int) -> Any:
        if role in (_Display, Qt.ItemDataRole.ToolTipRole):
            return (row.name, row.what, row.then, row.now)[column]
        return None
