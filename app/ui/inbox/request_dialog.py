"""A dialog to paste in a connection request received on LinkedIn."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.contacts import Contact, contact_from_mapping


class RequestDialog(QDialog):
    """Asks who sent the request and what their note said; `sending_contact()` and `note()`
    once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a connection request"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label, hint in (
            ("name", self.tr("&Name"), self.tr("As shown on the request")),
            ("title", self.tr("&Title", "job title"), self.tr("Their headline or job title")),
            ("company", self.tr("&Company"), ""),
            ("location", self.tr("&Location"), self.tr("City or area, if the profile shows one")),
            ("profile_url", self.tr("&Profile URL"), "https://www.linkedin.com/in/…"),
        ):
            line = QLineEdit()
            line.setPlaceholderText(hint)
            line.setAccessibleName(label.replace("&", ""))
            line.textChanged.connect(self._update_ok)
            self.fields[name] = line
            form.addRow(label, line)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Their note"))
        self.note_edit.setPlaceholderText(
            self.tr("Paste the note they sent, or leave empty if none.")
        )
        self.note_edit.setTabChangesFocus(True)
        note_label = QLabel(self.tr("Their &note"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to inbox"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 380)
        self._update_ok()

    def sending_contact(self) -> Contact:
        values = {name: line.text().strip() for name, line in self.fields.items()}
        return contact_from_mapping(values)

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields["name"].text().strip()))
