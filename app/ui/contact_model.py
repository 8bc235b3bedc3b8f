"""The contact list as a Qt model, with a proxy that filters it as the user searches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.contacts import Contact, sort_key

ContactRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


def subtitle(contact: Contact) -> str:
    role = " at ".join(part for part in (contact.title, contact.company) if part)
    return " · ".join(part for part in (role, contact.location) if part)


class ContactListModel(QAbstractListModel):
    """A thin model over the contacts the store returned, kept in name order."""

    def __init__(self, contacts: list[Contact] | None = None) -> None:
        super().__init__()
        self._contacts: list[Contact] = list(contacts or [])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        contact = self._contacts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return contact.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return subtitle(contact) or contact.name
        if role == ContactRole:
            return contact
        if role == SubtitleRole:
            return subtitle(contact)
        if role == SearchRole:
            return " ".join(
                (contact.name, contact.company, contact.title, contact.location, contact.group)
            )
        return None

    def row_of(self, contact_id: int | None) -> int:
        for row, contact in enumerate(self._contacts):
            if contact.id == contact_id:
                return row
        return -1

    def upsert(self, contact: Contact) -> int:
        """Insert a new contact or replace an edited one, in the store's name order;
        returns its row."""
        row = self.row_of(contact.id)
        if row >= 0 and self._insertion_row(contact, ignoring=row) == row:
            self._contacts[row] = contact
            self.dataChanged.emit(self.index(row), self.index(row))
            return row
        if row >= 0:  # renamed past a neighbour: move it to where the name now sorts
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._contacts[row]
            self.endRemoveRows()
        row = self._insertion_row(contact)
        self.beginInsertRows(QModelIndex(), row, row)
        self._contacts.insert(row, contact)
        self.endInsertRows()
        return row

    def remove(self, contact_id: int) -> None:
        row = self.row_of(contact_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._contacts[row]
        self.endRemoveRows()

    def _insertion_row(self, contact: Contact, ignoring: int = -1) -> int:
        key = sort_key(contact.name)
        rows = [r for r in range(len(self._contacts)) if r != ignoring]
        for position, row in enumerate(rows):
            if sort_key(self._contacts[row].name) > key:
                return position
        return len(rows)


class ContactFilterModel(QSortFilterProxyModel):
    """Matches the search text against name, company, title, location and group."""

    def __init__(self, source: ContactListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setFilterRole(SearchRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
