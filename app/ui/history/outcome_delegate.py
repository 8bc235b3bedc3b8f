"""Editing a message's outcome in place: a combo box in the table's Outcome cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.store import Outcome
from app.ui.widgets.outcome_text import outcome_text

_Index = QModelIndex | QPersistentModelIndex


class OutcomeDelegate(QStyledItemDelegate):
    """Offers the outcomes the store knows; choosing one saves it at once (no Enter needed)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Outcome"))
        for outcome in Outcome:
            editor.addItem(outcome_text(outcome), outcome.value)
        editor.activated.connect(lambda _row: self._chosen(editor))
        # The list opens with the editor: a click on the cell is all it takes to see it.
        QTimer.singleShot(0, editor, editor.showPopup)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _chosen(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
