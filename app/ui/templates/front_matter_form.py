"""The front matter of a template as a form: name, kind, channel, description, fields.

The form only shows values and reports edits; the editor writes them into the file's
text (app/library/user_files.py), and the text stays the one thing that is saved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from app.channels import Channel
from app.contacts import split_list
from app.library.templates import Kind
from app.ui.widgets.channel_text import channel_text
from app.ui.widgets.kind_text import kind_text


class FrontMatterForm(QWidget):
    """Emits `edited(key, value)` when the user changes a field; value is text, or a
    list of names for `requires`."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setPlaceholderText(self.tr("letters, digits, - and _"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of message"))
        for kind in Kind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        for channel in Channel:
            self.channel.addItem(channel_text(channel), channel.value)
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("When to use this template"))
        self.requires = QLineEdit()
        self.requires.setAccessibleName(self.tr("Required fields"))
        self.requires.setPlaceholderText(
            self.tr("first_name, how_met", "an example of field names: keep them as written")
        )
        self.requires.setToolTip(
            self.tr("The contact fields this template cannot do without, separated by commas.")
        )

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A label goes above its field when the pane is narrow (150% scaling): beside it, the
        # Kind list made the template editor wider than a laptop's screen.
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addRow(self.tr("&Name"), self.name)
        layout.addRow(self.tr("&Kind"), self.kind)
        layout.addRow(self.tr("C&hannel"), self.channel)
        layout.addRow(self.tr("&Description"), self.description)
        layout.addRow(self.tr("&Required fields"), self.requires)

        self.name.textEdited.connect(lambda text: self.edited.emit("name", text))
        self.description.textEdited.connect(lambda text: self.edited.emit("description", text))
        self.requires.textEdited.connect(
            lambda text: self.edited.emit("requires", list(split_list(text)))
        )
        self.kind.activated.connect(lambda _: self.edited.emit("kind", self.kind.currentData()))
        self.channel.activated.connect(
            lambda _: self.edited.emit("channel", self.channel.currentData())
        )

    def show_values(self, values: Mapping[str, Any]) -> None:
        """Show what the file's front matter says, without reporting it as an edit.

        A field whose text already means the same (the user typing "first_name, " while
        the file holds [first_name]) is left alone, so typing in the form is not undone.
        """
        for edit, key in ((self.name, "name"), (self.description, "description")):
            value = values.get(key)
            text = value if isinstance(value, str) else ""
            if edit.text() != text:
                edit.setText(text)
        names = _names(values.get("requires"))
        if list(split_list(self.requires.text())) != names:
            self.requires.setText(", ".join(names))
        for combo, key in ((self.kind, "kind"), (self.channel, "channel")):
            value = values.get(key)
            combo.setCurrentIndex(combo.findData(value) if isinstance(value, str) else -1)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.name, self.description, self.requires):
            edit.setReadOnly(read_only)
        for combo in (self.kind, self.channel):
            combo.setEnabled(not read_only)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return list(split_list(value))
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    return []
