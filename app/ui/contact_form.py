"""The contact form: everything the user knows about one person, editable in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.contacts import DEFAULT_GROUPS, FIELD_LABELS, STRENGTH_LABELS, Contact, split_list

_LINE_FIELDS = (
    "name", "first_name", "title", "company", "location", "industry", "profile_url", "email",
)  # fmt: skip
_CONTEXT_FIELDS = ("how_met", "met_when", "introduced_by")
_LIST_FIELDS = ("shared_interests", "mutual_contacts")
_TEXT_FIELDS = ("their_work", "notes", "incoming_note")

_PLACEHOLDERS = {
    "first_name": "Taken from the name when empty",
    "how_met": "e.g. at PyCon Lisbon; on the payments team at Stripe",
    "met_when": "e.g. last week; in March 2025",
    "introduced_by": "Who put you in touch",
    "their_work": "Something they wrote or did that matters to you",
    "shared_interests": "Comma-separated, e.g. chess, climbing",
    "mutual_contacts": "Comma-separated names",
    "incoming_note": "The note they sent with their request",
}


class ContactForm(QWidget):
    """Shows one contact. `edited` carries the contact as typed (for the live preview),
    or None while it is not valid; `save_requested` and `delete_requested` ask the window
    to store or remove it."""

    edited = Signal(object)
    save_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: Contact | None = None
        self._loading = False
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in _LINE_FIELDS:
            form.addRow(FIELD_LABELS[name], self._line(name))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(["", *DEFAULT_GROUPS])
        self.group.setAccessibleName("Group")
        self.group.currentTextChanged.connect(self._changed)
        form.addRow("Group", self.group)
        self.strength = QComboBox()
        for value, label in STRENGTH_LABELS.items():
            self.strength.addItem(f"{value} · {label}", value)
        self.strength.setAccessibleName("Relationship strength")
        self.strength.currentIndexChanged.connect(self._changed)
        form.addRow("Relationship", self.strength)
        for name in _CONTEXT_FIELDS + _LIST_FIELDS:
            form.addRow(FIELD_LABELS[name], self._line(name))
        for name in _TEXT_FIELDS:
            form.addRow(FIELD_LABELS[name], self._text(name))

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton("Save contact")
        self.save_button.setAccessibleName("Save contact")
        self.save_button.clicked.connect(self._save)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setAccessibleName("Delete contact")
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self._loaded))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load(None)

    # -- reading and writing the fields -------------------------------------------------

    def load(self, contact: Contact | None) -> None:
        """Show a contact (None: an empty form for a new one)."""
        self._loading = True
        self._loaded = contact
        shown = contact or Contact(name="-")
        for name, line in self.lines.items():
            value = getattr(shown, name)
            line.setText(", ".join(value) if isinstance(value, tuple) else value)
        if contact is None:
            self.lines["name"].clear()
        for name, text in self.texts.items():
            text.setPlainText(getattr(shown, name))
        self.group.setCurrentText(shown.group)
        self.strength.setCurrentIndex(self.strength.findData(shown.strength))
        self.delete_button.setEnabled(contact is not None and contact.id is not None)
        self._loading = False
        self._changed()

    @property
    def loaded(self) -> Contact | None:
        """The contact as last loaded or saved (None for a new one)."""
        return self._loaded

    def contact(self) -> Contact | None:
        """The contact as currently typed, or None when it is not valid yet."""
        values: dict[str, object] = {
            name: self.lines[name].text().strip() for name in _LINE_FIELDS + _CONTEXT_FIELDS
        }
        values.update({name: split_list(self.lines[name].text()) for name in _LIST_FIELDS})
        values.update({name: self.texts[name].toPlainText().strip() for name in _TEXT_FIELDS})
        values["group"] = self.group.currentText().strip()
        values["strength"] = self.strength.currentData()
        values["id"] = self._loaded.id if self._loaded else None
        try:
            return Contact(**values)  # type: ignore[arg-type]
        except ValueError:
            return None

    def is_dirty(self) -> bool:
        current = self.contact()
        if self._loaded is None:
            return current is not None
        return current != self._loaded

    def mark_saved(self, contact: Contact) -> None:
        self.load(contact)

    # -- internals -----------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(FIELD_LABELS[name])
        edit.setPlaceholderText(_PLACEHOLDERS.get(name, ""))
        edit.textChanged.connect(self._changed)
        self.lines[name] = edit
        return edit

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(FIELD_LABELS[name])
        edit.setPlaceholderText(_PLACEHOLDERS.get(name, ""))
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(3 * edit.fontMetrics().lineSpacing() + 12)
        edit.textChanged.connect(self._changed)
        self.texts[name] = edit
        return edit

    def _changed(self) -> None:
        if self._loading:
            return
        contact = self.contact()
        started = self._loaded is not None or any(e.text() for e in self.lines.values())
        self.error.setText("A contact needs a name." if contact is None and started else "")
        self.save_button.setEnabled(contact is not None and self.is_dirty())
        self.edited.emit(contact)

    def _save(self) -> None:
        contact = self.contact()
        if contact is not None:
            self.save_requested.emit(contact)
