"""The contact list as a Qt model, with a proxy that filters it as the user searches.

The model holds every contact's id in name order and reads the rest as the view asks:
the rows on screen a page at a time, everything the search needs on the first search,
and a whole contact when one is opened. So the window shows 10,000 contacts as fast as
ten.
"""

from __future__ import annotations

import bisect
import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.contacts import Contact, sort_key
from app.relationships.directory import ContactDirectory, ContactSummary
from app.store import StoreError

ContactRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3

# Rows read at once around a row the view asks for: a screenful or two.
PAGE = 100

_Index = QModelIndex | QPersistentModelIndex
log = logging.getLogger(__name__)


def subtitle(contact: Contact | ContactSummary) -> str:
    """ "Head of Data at Northwind · Lisbon", with whichever parts the contact has."""
    if contact.title and contact.company:
        role = QCoreApplication.translate("ContactListModel", "{title} at {company}").format(
            title=contact.title, company=contact.company
        )
    else:
        role = contact.title or contact.company
    return " · ".join(part for part in (role, contact.location) if part)


class ContactListModel(QAbstractListModel):
    """A thin model over the store's contacts, kept in the store's name order."""

    def __init__(self, directory: ContactDirectory) -> None:
        super().__init__()
        self._directory = directory
        self._order: list[tuple[str, int]] = directory.order()  # (sort key, id) per row
        self._ids = [id_ for _, id_ in self._order]
        self._summaries: dict[int, ContactSummary] = {}
        self._contacts: dict[int, Contact] = {}  # whole contacts read, or saved, so far
        self._all_read = False

    def reload(self) -> None:
        """Read the list again (after an import added many contacts at once)."""
        self.beginResetModel()
        self._order = self._directory.order()
        self._ids = [id_ for _, id_ in self._order]
        self._summaries = {}
        self._contacts = {}
        self._all_read = False
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ContactRole:
            return self._contact(index.row())
        if role not in _SUMMARY_ROLES:
            return None
        summary = self._summary(index.row(), everything=role == SearchRole)
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return subtitle(summary) or summary.name
        if role == SubtitleRole:
            return subtitle(summary)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says: both lines
            return ", ".join(part for part in (summary.name, subtitle(summary)) if part)
        return " ".join(
            (summary.name, summary.company, summary.title, summary.location, summary.group)
        )

    def row_of(self, contact_id: int | None) -> int:
        if contact_id is None:
            return -1
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def upsert(self, contact: Contact) -> int:
        """Insert a new contact or replace an edited one, in the store's name order;
        returns its row."""
        assert contact.id is not None, "only saved contacts are listed"
        entry = (sort_key(contact.name), contact.id)
        self._contacts[contact.id] = contact
        self._summaries[contact.id] = ContactSummary.of(contact)
        row = self.row_of(contact.id)
        if row >= 0:
            target = bisect.bisect_left(self._order, entry)
            if target > row:  # counted the contact's own old entry, which goes
                target -= 1
            if target == row:
                self._order[row] = entry
                self.dataChanged.emit(self.index(row), self.index(row))
                return row
            # Renamed past a neighbour: move it to where the name now sorts.
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._order[row], self._ids[row]
            self.endRemoveRows()
        row = bisect.bisect_left(self._order, entry)
        self.beginInsertRows(QModelIndex(), row, row)
        self._order.insert(row, entry)
        self._ids.insert(row, contact.id)
        self.endInsertRows()
        return row

    def remove(self, contact_id: int) -> None:
        row = self.row_of(contact_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._order[row], self._ids[row]
        self._summaries.pop(contact_id, None)
        self._contacts.pop(contact_id, None)
        self.endRemoveRows()

    def _contact(self, row: int) -> Contact | None:
        """The row's whole contact, reading its page (something that goes through the
        rows, a combo box looking for one, then costs a query per page, not per row)."""
        contact_id = self._ids[row]
        if contact_id not in self._contacts:
            try:
                self._contacts.update(self._directory.contacts(self._page(row, self._contacts)))
            except StoreError as exc:
                log.warning("Contacts could not be read: %s", exc)
        return self._contacts.get(contact_id)

    def _summary(self, row: int, everything: bool) -> ContactSummary | None:
        """The row's summary, reading its page, or all of them for a search (which goes
        through every row, so one query is faster than a hundred pages)."""
        contact_id = self._ids[row]
        if contact_id not in self._summaries:
            try:
                if everything and not self._all_read:
                    self._summaries.update(self._directory.all_summaries())
                    self._all_read = True
                else:
                    self._summaries.update(
                        self._directory.summaries(self._page(row, self._summaries))
                    )
            except StoreError as exc:
                log.warning("Contacts could not be read: %s", exc)
        return self._summaries.get(contact_id)

    def _page(self, row: int, known: dict[int, Any]) -> list[int]:
        """The ids of the page holding `row` that are not in `known` yet."""
        first = row - row % PAGE
        return [i for i in self._ids[first : first + PAGE] if i not in known]


_SUMMARY_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        SubtitleRole,
        SearchRole,
    }
)


class ContactFilterModel(QSortFilterProxyModel):
    """Matches the search text against name, company, title, location and group."""

    def __init__(self, source: ContactListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setFilterRole(SearchRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
