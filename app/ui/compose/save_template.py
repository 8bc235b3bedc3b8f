""" "Save as template…": the message with the contact's values put back as fields, shown
for the user to confirm and name before it is written to their template folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.composing.message_template import template_text
from app.contacts import Contact
from app.library.templates import Template, TemplateFormatError, parse_template
from app.library.user_files import TemplateFileError, create_user_template, taken_names, unique_name
from app.ui.widgets.sentence_text import error_text


class SaveTemplateDialog(QDialog):
    """Emits `saved_to` with the file written, once the user pressed Save."""

    saved_to = Signal(Path)

    def __init__(
        self, message: str, contact: Contact, template: Template, folder: Path, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as template"))
        self._folder = folder
        self._message, self._contact, self._template = message, contact, template
        self.name = QLineEdit(unique_name(f"my-{template.name}", taken_names(folder)))
        self.name.textChanged.connect(self._show)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout(self)
        label = QLabel(self.tr("Template &name"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        form.addRow(
            QLabel(
                self.tr(
                    "The contact's details become fields, filled in for each person you write to:"
                )
            )
        )
        form.addRow(self.text)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.saved: Path | None = None
        self._show()

    def _show(self) -> None:
        name = self.name.text().strip()
        self.text.setPlainText(template_text(self._message, self._contact, self._template, name))
        try:
            parse_template(self.text.toPlainText())
        except TemplateFormatError as exc:
            self.problem.setText(error_text(exc))
            self.save_button.setEnabled(False)
            return
        self.problem.clear()
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        name = unique_name(self.name.text().strip(), taken_names(self._folder))
        try:
            self.saved = create_user_template(self.text.toPlainText(), name, self._folder)
        except (TemplateFileError, OSError) as exc:
            self.problem.setText(error_text(exc))
            return
        self.saved_to.emit(self.saved)
        self.accept()
