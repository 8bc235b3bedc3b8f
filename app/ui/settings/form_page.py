"""What the pages of the Settings dialog share: a form whose fields show their own errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class SettingsPage(QWidget):
    """One page of the dialog. `values()` gives what is typed, by setting name, before any
    validation; `show_errors` puts each message under the field it is about. Emits
    `changed` on every edit."""

    changed = Signal()
    title = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Show the errors about this page's fields; returns those messages."""
        shown = []
        for key, label in self._errors.items():
            message = errors.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
            self._fields[key].setAccessibleDescription(message)
            if message:
                shown.append(message)
        return shown

    def add_field(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        """A row for `field` with an error line under it, hidden while there is no error."""
        error = QLabel()
        error.setObjectName("error")
        error.setWordWrap(True)
        error.setVisible(False)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        form.addRow(label, column)
        buddy = form.labelForField(column)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(field)
        self._errors[key] = error
        self._fields[key] = field


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def line_edit(name: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(name)
    line.setPlaceholderText(placeholder)
    return line
