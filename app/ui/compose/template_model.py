"""The template library as a Qt model, and a proxy that shows one kind of message in one
language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.library.templates import Kind, Template
from app.ui.widgets.template_text import template_text

TemplateRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def display_name(template: Template) -> str:
    """'invite-met-at-event' -> 'Invite met at event', as every page names it."""
    return template_text(template.name)


class TemplateListModel(QAbstractListModel):
    def __init__(self, templates: list[Template]) -> None:
        super().__init__()
        self._templates = list(templates)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def template_at(self, row: int) -> Template:
        return self._templates[row]

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
        return None


class TemplateKindFilter(QSortFilterProxyModel):
    """Shows the templates of one kind and one language (app.languages); None for either
    shows them all."""

    def __init__(self, source: TemplateListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._kind: Kind | None = None
        self._language: str | None = None

    def show_only(self, kind: Kind | None, language: str | None) -> None:
        """Refilter once for both (Qt 6.9's way, invalidateFilter being deprecated: the
        state changes between the two calls)."""
        if (kind, language) == (self._kind, self._language):
            return
        self.beginFilterChange()
        self._kind, self._language = kind, language
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        # Asked for every template at each refilter: read them directly, not through
        # two `data()` calls a row.
        source = self.sourceModel()
        assert isinstance(source, TemplateListModel)
        template = source.template_at(source_row)
        if self._kind is not None and template.kind != self._kind:
            return False
        return self._language is None or template.language == self._language
