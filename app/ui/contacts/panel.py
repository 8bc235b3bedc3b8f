"""The left panel: search, the contact list, and a button to add a contact."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from app.contacts import Contact
from app.relationships.directory import ContactDirectory
from app.store import Store
from app.ui.contacts.delegate import ContactDelegate
from app.ui.contacts.model import ContactFilterModel, ContactListModel, ContactRole
from app.ui.widgets.locale_text import count_text


class ContactsPanel(QWidget):
    """Emits `contact_selected` with the chosen Contact, or None when nothing is chosen."""

    contact_selected = Signal(object)
    new_contact_requested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filtering = False
        self.model = ContactListModel(ContactDirectory(store))
        self.proxy = ContactFilterModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.textChanged.connect(self._filter)

        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ContactDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_count)

        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setAccessibleName(self.tr("New contact"))
        self.new_button.clicked.connect(self.new_contact_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.new_button)
        self._update_count()

    def current_contact(self) -> Contact | None:
        index = self.view.currentIndex()
        return index.data(ContactRole) if index.isValid() else None

    def select(self, contact_id: int | None) -> None:
        row = self.model.row_of(contact_id)
        if row < 0:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():  # hidden by the search: show everything again
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _filter(self, text: str) -> None:
        """Filter the list without changing whose contact is open: when the open contact
        is filtered out, Qt would make a neighbour current; that is not the user's choice."""
        chosen = self.current_contact()
        self._filtering = True
        try:
            self.proxy.setFilterFixedString(text)
            row = self.model.row_of(chosen.id) if chosen else -1
            index = self.proxy.mapFromSource(self.model.index(row)) if row >= 0 else None
            if index is not None and index.isValid():
                self.view.setCurrentIndex(index)
            else:
                self.view.selectionModel().clear()
        finally:
            self._filtering = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._filtering:
            return
        self.contact_selected.emit(current.data(ContactRole) if current.isValid() else None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count_label.setText(self.tr("No contacts yet"))
        elif shown == total:
            self.count_label.setText(self.tr("%Ln contacts", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of %Ln contacts", "", total).format(shown=count_text(shown))
            )
