"""Every template in the library as a list for the editor: the user's own first, each
marked as "mine" or "built-in"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.library.templates import Template, TemplateLibrary
from app.ui.compose.template_model import TemplateRole
from app.ui.widgets.template_text import template_text

_Index = QModelIndex | QPersistentModelIndex


def source_label(template: Template) -> str:
    if template.source == "user":
        return QCoreApplication.translate("LibraryListModel", "mine", "a template of the user's")
    return QCoreApplication.translate("LibraryListModel", "built-in", "a template shipped")


class LibraryListModel(QAbstractListModel):
    def __init__(self, library: TemplateLibrary) -> None:
        super().__init__()
        self._templates = _ordered(library)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        template = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{template} ({source})").format(
                template=template_text(template.name), source=source_label(template)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if template.source == "user":
                tip = self.tr("{name}: {description}")
            else:
                tip = self.tr("{name}: Ships with Rapport; read-only. {description}")
            return tip.format(name=template.name, description=template.description)
        if role == Qt.ItemDataRole.FontRole and template.source != "user":
            font = QFont()
            font.setItalic(True)
            return font
        if role == TemplateRole:
            return template
        return None

    def template_at(self, row: int) -> Template | None:
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def row_of(self, name: str) -> int:
        for row, template in enumerate(self._templates):
            if template.name == name:
                return row
        return -1

    def set_library(self, library: TemplateLibrary) -> None:
        templates = _ordered(library)
        if templates == self._templates:
            return
        self.beginResetModel()
        self._templates = templates
        self.endResetModel()


def _ordered(library: TemplateLibrary) -> list[Template]:
    return sorted(library.templates, key=lambda t: (t.source != "user", t.name.casefold()))
