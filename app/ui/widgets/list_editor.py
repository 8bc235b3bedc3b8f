"""An editable list of short texts (group names, title words), kept in a QStringListModel."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ListEditor(QWidget):
    """Entries are edited in place (F2 or a double click); Add starts a new one, Delete
    removes the selected one. `changed` follows every edit."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.add_button = QPushButton(self.tr("Add", "verb: add an entry to the list"))
        self.add_button.setAccessibleName(self.tr("Add to {list}").format(list=name.lower()))
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove from {list}").format(list=name.lower())
        )
        self.remove_button.clicked.connect(self.remove_selected)
        # The Delete key removes the entry under the cursor, as in a file manager.
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        remove_key.activated.connect(self.remove_selected)

        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.changed)
        self.model.modelReset.connect(self.changed)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def values(self) -> tuple[str, ...]:
        return tuple(self.model.stringList())

    def set_values(self, values: Iterable[str]) -> None:
        self.model.setStringList(list(values))
        self._update_buttons()

    def add_entry(self) -> None:
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())
