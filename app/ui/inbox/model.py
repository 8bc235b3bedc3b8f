"""The inbox as a table model: each incoming request, its suggestion and what was done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.relationships.inbox import InboxEntry
from app.ui.widgets.action_text import action_text
from app.ui.widgets.locale_text import day_text
from app.ui.widgets.row_table_model import RowRole, RowTableModel
from app.wording import local_time

EntryRole = RowRole
# The note column shows the start of the note; the whole note is in the details.
_NOTE_PREVIEW = 80


class InboxModel(RowTableModel[InboxEntry]):
    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("From", "column: who sent the request"),
                self.tr("Received"),
                self.tr("Their note"),
                self.tr("Suggested"),
                self.tr("Done", "column: what was done with the request"),
            )
        )

    def row_of(self, request_id: int) -> int:
        for number, entry in enumerate(self.rows()):
            if entry.request.id == request_id:
                return number
        return -1

    def replace(self, entry: InboxEntry) -> None:
        number = self.row_of(entry.request.id)
        if number >= 0:
            self.replace_row(number, entry)

    def remove_row(self, number: int) -> None:
        if 0 <= number < self.rowCount():
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()

    def cell(self, row: InboxEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.request.note or None
        return None

    def _text(self, entry: InboxEntry, column: int) -> str:
        request = entry.request
        if column == 0:
            title = works_at(entry.contact.title, entry.contact.company)
            if not title:
                return request.contact_name
            return self.tr("{name} · {works}").format(name=request.contact_name, works=title)
        if column == 1:
            return day_text(local_time(request.received_at).date())
        if column == 2:
            note = " ".join(request.note.split())
            if not note:
                return self.tr("(no note)")
            return note if len(note) <= _NOTE_PREVIEW else note[: _NOTE_PREVIEW - 1] + "…"
        if column == 3:
            return action_text(entry.suggestion.action)
        return "" if request.action is None else action_text(request.action)


def works_at(title: str, company: str) -> str:
    """'Head of Data at Acme', or whichever of the two is known."""
    if title and company:
        return QCoreApplication.translate("InboxModel", "{title} at {company}").format(
            title=title, company=company
        )
    return title or company
