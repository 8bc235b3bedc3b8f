"""The Follow-ups tab: people to thank and people due a word, each one click from the
composer with a fitting template."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.stats.followups import FollowUp, Reason
from app.ui.contacts.delegate import ContactDelegate
from app.ui.contacts.model import SubtitleRole
from app.ui.widgets.template_text import template_text
from app.ui.widgets.touch_text import follow_up_text

FollowUpRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def _action(reason: Reason) -> str:
    if reason is Reason.THANK:
        return QCoreApplication.translate("FollowUpModel", "Say thank you")
    return QCoreApplication.translate("FollowUpModel", "Keep in touch")


class FollowUpModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._items: list[FollowUp] = []

    def set_items(self, items: Sequence[FollowUp]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name} · {action}").format(name=item.name, action=_action(item.reason))
        if role == SubtitleRole:
            return follow_up_text(item.detail)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{name}: {action}. {detail}").format(
                name=item.name, action=_action(item.reason), detail=follow_up_text(item.detail)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "Press Enter or double-click to write to {name} with “{template}”."
            ).format(name=item.name, template=template_text(item.template))
        if role == FollowUpRole:
            return item
        return None


class FollowUpsView(QWidget):
    """Emits `compose_requested(contact_id, template_name)` when an item is activated."""

    compose_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FollowUpModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Follow-ups to do"))
        # Two lines an item, as in the contact list: who and what, then why.
        self.list.setItemDelegate(ContactDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_button())
        self.summary = QLabel(self.tr("Counting…"))
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.write_button = QPushButton(self.tr("&Write to them"))
        self.write_button.setAccessibleName(self.tr("Write to the chosen person"))
        self.write_button.clicked.connect(lambda: self._activated(self.list.currentIndex()))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_button()

    def set_items(self, items: Sequence[FollowUp]) -> None:
        self.model.set_items(items)
        thanks = sum(1 for item in items if item.reason is Reason.THANK)
        due = len(items) - thanks
        if not items:
            self.summary.setText(
                self.tr(
                    "Nothing to follow up: everyone who accepted lately has heard from you, "
                    "and nobody is past their keep-in-touch cadence."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "{to_thank} to thank for accepting, {due} due a word by their "
                    "keep-in-touch cadence. Press Enter on one to write to them."
                ).format(to_thank=self._people(thanks), due=self._people(due))
            )
        self._update_button()

    def _people(self, count: int) -> str:
        return self.tr("%Ln people", "", count)

    def _activated(self, index: QModelIndex) -> None:
        item = index.data(FollowUpRole) if index.isValid() else None
        if isinstance(item, FollowUp):
            self.compose_requested.emit(item.contact_id, item.template)

    def _update_button(self) -> None:
        self.write_button.setEnabled(self.list.currentIndex().isValid())
