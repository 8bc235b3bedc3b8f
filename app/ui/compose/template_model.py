"""The template library as a Qt model, and a proxy that shows one kind of message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.library.names import template_title
from app.library.templates import Kind, Template

TemplateRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def display_name(template: Template) -> str:
    """'invite-met-at-event' -> 'Invite met at event', as every page names it."""
    return template_title(template.name)


class TemplateListModel(QAbstractListModel):
    def __init__(self, templates: list[Template]) -> None:
        super().__init__()
        self._templates = list(templates)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        template = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if template.source == "user":
                return self.tr("{template} (yours)").format(template=display_name(template))
            return display_name(template)
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.description
        if role == TemplateRole:
            return template
        if role == KindRole:
            return template.kind.value
        return None


class TemplateKindFilter(QSortFilterProxyModel):
    """Shows the templates of one kind, or all when the kind is None."""

    def __init__(self, source: TemplateListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._kind: Kind | None = None

    def set_kind(self, kind: Kind | None) -> None:
        self._kind = kind
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._kind is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(KindRole) == self._kind.value)
