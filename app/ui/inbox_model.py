"""The inbox as a table model: each incoming request, its suggestion and what was done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.inbox import InboxEntry
from app.triage import LABELS

_Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
# The note column shows the start of the note; the whole note is in the details.
_NOTE_PREVIEW = 80


class InboxModel(QAbstractTableModel):
    HEADERS = ("From", "Received", "Their note", "Suggested", "Done")

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[InboxEntry] = []

    def set_entries(self, entries: list[InboxEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> InboxEntry:
        return self._entries[row]

    def row_of(self, request_id: int) -> int:
        for row, entry in enumerate(self._entries):
            if entry.request.id == request_id:
                return row
        return -1

    def replace(self, entry: InboxEntry) -> None:
        row = self.row_of(entry.request.id)
        if row >= 0:
            self._entries[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

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
        entry = self._entries[index.row()]
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return entry.request.note or None
        return None

    def _text(self, entry: InboxEntry, column: int) -> str:
        request = entry.request
        if column == 0:
            title = " at ".join(p for p in (entry.contact.title, entry.contact.company) if p)
            return f"{request.contact_name} · {title}" if title else request.contact_name
        if column == 1:
            return request.received_at.astimezone().strftime("%Y-%m-%d")
        if column == 2:
            note = " ".join(request.note.split())
            if not note:
                return "(no note)"
            return note if len(note) <= _NOTE_PREVIEW else note[: _NOTE_PREVIEW - 1] + "…"
        if column == 3:
            return entry.suggestion.label
        return "" if request.action is None else LABELS[request.action]
