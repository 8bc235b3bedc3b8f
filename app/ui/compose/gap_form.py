"""Filling gaps in the composer: the contact fields a template needs and the contact
lacks, typed in for this message, with a button to save them to the contact too."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.contacts import FIELD_LABELS
from app.ui.compose.details_form import DetailsForm
from app.ui.widgets.field_text import field_labels

SAVE_SHORTCUT = "Ctrl+Shift+S"


class GapForm(DetailsForm):
    """Emits `changed` on every edit, and `save_requested` when the user asks to keep the
    values in the contact as well."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("GapForm", "Missing from the contact")
        super().__init__(title, field_labels(FIELD_LABELS), parent)
        self.setAccessibleName(self.tr("Fields missing from the contact"))
        self.note = QLabel(self.tr("Used for this message only, unless you save them."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.save_button = QPushButton()  # named by _name_recipient
        self.save_button.setShortcut(QKeySequence(SAVE_SHORTCUT))
        self.save_button.clicked.connect(self.save_requested)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        self.rows.addLayout(row)
        self._recipient: str | None = None
        self._name_recipient(None)
        self._enable_saving()

    def set_recipient(self, name: str | None) -> None:
        """Name the contact in the title and the button ("Save to Ana's contact")."""
        if name != self._recipient:  # asked on every keystroke in the contact form
            self._recipient = name
            self._name_recipient(name)

    def _name_recipient(self, name: str | None) -> None:
        shortcut = QKeySequence(SAVE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        if name:
            title = self.tr("Missing from {name}’s contact")
            button = self.tr("Save to {name}’s contact")
            accessible = self.tr("Save these fields to {name}’s contact")
            tip = self.tr("Keep these values in {name}’s contact for later messages ({shortcut})")
        else:
            title = self.tr("Missing from the contact")
            button = self.tr("Save to the contact")
            accessible = self.tr("Save these fields to the contact")
            tip = self.tr("Keep these values in the contact for later messages ({shortcut})")
        self.setTitle(title.format(name=name))
        self.save_button.setText(button.format(name=name))
        self.save_button.setAccessibleName(accessible.format(name=name))
        self.save_button.setToolTip(tip.format(name=name, shortcut=shortcut))

    def set_names(self, names: list[str]) -> None:
        super().set_names(names)
        self._enable_saving()

    def restore(self, values: Mapping[str, str]) -> None:
        super().restore(values)
        self._enable_saving()

    def _edited(self, name: str, text: str) -> None:
        super()._edited(name, text)
        self._enable_saving()

    def _enable_saving(self) -> None:
        """Saving makes sense once something is typed."""
        self.save_button.setEnabled(any(value.strip() for value in self.values().values()))
