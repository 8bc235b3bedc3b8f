"""The fields a template uses, as a list model: those the chosen contact lacks are marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.library.fields import FieldUse
from app.ui.compose.question_text import has_question, question_text
from app.ui.widgets.field_text import field_label
from app.ui.widgets.setting_text import setting_label

FieldRole = Qt.ItemDataRole.UserRole + 1
MissingRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def _where(origin: str) -> str:
    """Where a field's value comes from."""
    if origin == "contact":
        return QCoreApplication.translate("TemplateFieldsModel", "a contact field")
    if origin == "you":
        return QCoreApplication.translate("TemplateFieldsModel", "from your settings")
    return QCoreApplication.translate("TemplateFieldsModel", "typed for each message")


class TemplateFieldsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._fields: list[FieldUse] = []
        self._recipient = ""
        self._missing_icon: QIcon | None = None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        use = self._fields[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if use.missing:
                text = self.tr("{label} ({name}) · missing")
            else:
                text = self.tr("{label} ({name})")
            label = self._label(use)
            return text.format(label=label, name=use.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(use)
        if role == Qt.ItemDataRole.DecorationRole and use.missing:
            return self._icon()
        if role == Qt.ItemDataRole.FontRole and use.required:
            font = QFont()
            font.setBold(True)
            return font
        if role == FieldRole:
            return use
        if role == MissingRole:
            return use.missing
        return None

    def set_fields(self, fields: list[FieldUse], recipient: str) -> None:
        if fields == self._fields and recipient == self._recipient:
            return  # typing that changes no field should not redraw the list
        self.beginResetModel()
        self._fields = list(fields)
        self._recipient = recipient
        self.endResetModel()

    def _label(self, use: FieldUse) -> str:
        """The field as the window names it: a contact's field, a setting ("Ihr Name"), the
        composer's question for a built-in template's own field ("Wen stellen Sie vor?"),
        or a user's own field by the words of its name."""
        if use.origin == "contact":
            return field_label(use.name)
        if use.origin == "you":
            return setting_label(use.name)
        if not has_question(use.name):
            return use.label
        who = self._recipient or QCoreApplication.translate(
            "TemplateFieldsModel", "them", "the contact"
        )
        return question_text(use.name, who)

    def _tip(self, use: FieldUse) -> str:
        if use.required:
            tip = self.tr("Required; {origin}.").format(origin=_where(use.origin))
        else:
            tip = self.tr("Used; {origin}.").format(origin=_where(use.origin))
        if not use.missing:
            return tip
        if self._recipient:
            lacking = self.tr("{name} has no value for it.").format(name=self._recipient)
        else:
            lacking = self.tr("There is no value for it.")
        return self.tr("{tip} {lacking}").format(tip=tip, lacking=lacking)

    def _icon(self) -> QIcon:
        if self._missing_icon is None:
            style = QApplication.style()
            self._missing_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._missing_icon
