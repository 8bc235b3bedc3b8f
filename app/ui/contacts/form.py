"""The contact form: everything the user knows about one person, editable in place."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.contacts import (
    DEFAULT_GROUPS,
    MAX_CADENCE_DAYS,
    Contact,
    split_list,
)
from app.languages import LANGUAGE_NAMES, LANGUAGES
from app.relationships.groups import group_choices
from app.relationships.keeping_in_touch import CADENCE_CHOICES, Touch, touch
from app.store import Store, StoreError
from app.ui.widgets.closeness_text import cadence_choices, strength_choices
from app.ui.widgets.field_text import field_hint, field_label
from app.ui.widgets.group_text import group_text, stored_group
from app.ui.widgets.sentence_text import error_text
from app.ui.widgets.touch_text import standing_text

_LINE_FIELDS = (
    "name", "first_name", "title", "company", "location", "industry", "profile_url", "email",
)  # fmt: skip
_CONTEXT_FIELDS = ("how_met", "met_when", "introduced_by")
_CUSTOM = "custom"
_LIST_FIELDS = ("shared_interests", "mutual_contacts")
_TEXT_FIELDS = ("their_work", "notes", "incoming_note")
_FIELD_CHARS = 24  # a field's least width, in average characters

_PRESET_DAYS = {days for _, days in CADENCE_CHOICES if days is not None}


class ContactForm(QWidget):
    """Shows one contact. `edited` carries the contact as typed (for the live preview),
    or None while it is not valid; `save_requested` and `delete_requested` ask the window
    to store or remove it.

    With a `store`, the group list offers the groups already in use and the form says
    when the user last contacted the person; with `names` (a model of contact names),
    "Introduced by" completes names of saved contacts.
    """

    edited = Signal(object)
    save_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(
        self,
        store: Store | None = None,
        names: QAbstractItemModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._loaded: Contact | None = None
        # The keeping-in-touch record of the contact shown, or why it could not be read.
        self._touch: Touch | str | None = None
        self._loading = False
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}

        form = QFormLayout()
        # Labels go above their fields when the pane is narrow (large text, small screens).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels go above their fields when the panel is narrow: never a sideways scroll.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in _LINE_FIELDS:
            form.addRow(field_label(name), self._line(name))
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.addItems(["", *map(group_text, self._groups())])
        self.group.setAccessibleName(self.tr("Group"))
        editor = self.group.lineEdit()
        assert editor is not None  # an editable combo box always has one
        editor.setPlaceholderText(self.tr("Pick one or type your own"))
        self.group.currentTextChanged.connect(self._changed)
        form.addRow(self.tr("Group"), self.group)
        self.strength = QComboBox()
        for value, label in strength_choices():
            self.strength.addItem(" · ".join((str(value), label)), value)
        self.strength.setAccessibleName(self.tr("Relationship strength"))
        self.strength.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Relationship"), self.strength)
        # The language to write to them in; each by its own name, the first the user's.
        self.language = QComboBox()
        self.language.addItem(self.tr("Yours"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Language"), self.language)
        self.register = QComboBox()
        self.register.addItem(self.tr("Your default"), "")
        self.register.addItem(self.tr("Formal"), "formal")
        self.register.addItem(self.tr("Informal"), "informal")
        self.register.setAccessibleName(self.tr("Form of address"))
        self.register.setToolTip(self.tr("Sie or du, vous or tu, usted or tú, o senhor or você"))
        self.register.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Form of address"), self.register)
        for name in _CONTEXT_FIELDS + _LIST_FIELDS:
            form.addRow(field_label(name), self._line(name))
        if names is not None:
            self._complete_names(names)
        cadence_row = self._cadence_row()
        form.addRow(self.tr("Keep in touch"), cadence_row)
        touch_label = form.labelForField(cadence_row)
        if isinstance(touch_label, QLabel):  # the row's label names its first field
            touch_label.setBuddy(self.cadence)
        self.touch_line = QLabel()
        self.touch_line.setObjectName("hint")
        self.touch_line.setWordWrap(True)  # long at 125-150% scaling: it would clip the form
        # Room for two lines: the scroll area sizes the form for its width before the
        # scroll bar takes its share, so a line that wraps only then would be cut.
        self.touch_line.setMinimumHeight(2 * self.touch_line.fontMetrics().lineSpacing())
        self.touch_line.setAccessibleDescription(self.tr("Last contacted"))
        form.addRow(self.touch_line)  # across both columns: room to wrap
        for name in _TEXT_FIELDS:
            form.addRow(field_label(name), self._text(name))

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save contact"))
        self.save_button.setAccessibleName(self.tr("Save contact"))
        self.save_button.clicked.connect(self._save)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete contact"))
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
        group = group_text(shown.group)
        if group and self.group.findText(group) < 0:
            self.group.addItem(group)
        self.group.setCurrentText(group)
        self.strength.setCurrentIndex(self.strength.findData(shown.strength))
        self.language.setCurrentIndex(max(0, self.language.findData(shown.language)))
        self.register.setCurrentIndex(max(0, self.register.findData(shown.register)))
        self._show_cadence(shown.cadence_days)
        self._touch = self._read_touch(contact)
        self.delete_button.setEnabled(contact is not None and contact.id is not None)
        self._loading = False
        self._changed()

    def refresh_touch(self) -> None:
        """Read the last interaction again (a message to this contact was recorded)."""
        self._touch = self._read_touch(self._loaded)
        self._show_touch()

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
        values["group"] = stored_group(" ".join(self.group.currentText().split()))
        values["strength"] = self.strength.currentData()
        values["language"] = self.language.currentData() or ""
        values["register"] = self.register.currentData() or ""
        values["cadence_days"] = self.cadence_days()
        # Not shown in the form, but the contact's all the same (from an import).
        values["connected_on"] = self._loaded.connected_on if self._loaded else ""
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

    def cadence_days(self) -> int | None:
        """The keep-in-touch cadence as chosen: days, or None for no reminder."""
        chosen = self.cadence.currentData()
        if chosen == _CUSTOM:
            return self.custom_days.value()
        return chosen if isinstance(chosen, int) else None

    # -- internals -----------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(field_label(name))
        edit.setPlaceholderText(field_hint(name))
        _readable_width(edit)
        edit.textChanged.connect(self._changed)
        self.lines[name] = edit
        return edit

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(field_label(name))
        edit.setPlaceholderText(field_hint(name))
        _readable_width(edit)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(3 * edit.fontMetrics().lineSpacing() + 12)
        edit.textChanged.connect(self._changed)
        self.texts[name] = edit
        return edit

    def _groups(self) -> list[str]:
        if self._store is None:
            return list(DEFAULT_GROUPS)
        try:
            return group_choices(self._store)
        except StoreError:
            return list(DEFAULT_GROUPS)  # the window reports the database's state itself

    def _complete_names(self, names: QAbstractItemModel) -> None:
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # Qt completes on the edit role by default; a list of contacts only has names.
        completer.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.lines["introduced_by"].setCompleter(completer)

    def _cadence_row(self) -> QWidget:
        self.cadence = QComboBox()
        for label, days in cadence_choices():
            self.cadence.addItem(label, days)
        self.cadence.addItem(self.tr("Custom…"), _CUSTOM)
        self.cadence.setAccessibleName(self.tr("Keep in touch"))
        self.cadence.currentIndexChanged.connect(self._cadence_changed)
        self.custom_days = QSpinBox()
        self.custom_days.setRange(1, MAX_CADENCE_DAYS)
        self.custom_days.setValue(60)
        # Prefix and suffix of the number: "every 60 days", "alle 60 Tage".
        self.custom_days.setPrefix(self.tr("every ", "before a number of days"))
        self.custom_days.setSuffix(self.tr(" days", "after a number of days"))
        self.custom_days.setAccessibleName(self.tr("Keep in touch every so many days"))
        self.custom_days.valueChanged.connect(self._changed)
        self.custom_days.setVisible(False)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cadence, 1)
        layout.addWidget(self.custom_days)
        return row

    def _show_cadence(self, days: int | None) -> None:
        if days is None:
            index = 0  # "No reminder"
        elif days in _PRESET_DAYS:
            index = self.cadence.findData(days)
        else:
            index = self.cadence.findData(_CUSTOM)
            self.custom_days.setValue(days)
        self.cadence.setCurrentIndex(index)
        self.custom_days.setVisible(self.cadence.currentData() == _CUSTOM)

    def _cadence_changed(self) -> None:
        self.custom_days.setVisible(self.cadence.currentData() == _CUSTOM)
        self._changed()

    def _read_touch(self, contact: Contact | None) -> Touch | str | None:
        if self._store is None or contact is None or contact.id is None:
            return None
        try:
            return touch(self._store, contact.id)
        except StoreError as exc:
            return self.tr("When you last contacted them could not be read: {error}").format(
                error=error_text(exc)
            )

    def _show_touch(self) -> None:
        """The last interaction, and when the next is due with the cadence now chosen."""
        found = self._touch
        if isinstance(found, Touch):
            current = dataclasses.replace(found, cadence_days=self.cadence_days())
            self.touch_line.setText(standing_text(current.standing(datetime.now().astimezone())))
        else:
            self.touch_line.setText(found or "")
        self.touch_line.setVisible(found is not None)

    def _changed(self) -> None:
        if self._loading:
            return
        self._show_touch()
        contact = self.contact()
        started = self._loaded is not None or any(e.text() for e in self.lines.values())
        self.error.setText(
            self.tr("A contact needs a name.") if contact is None and started else ""
        )
        self.save_button.setEnabled(contact is not None and self.is_dirty())
        self.edited.emit(contact)

    def _save(self) -> None:
        contact = self.contact()
        if contact is not None:
            self.save_requested.emit(contact)


def _readable_width(field: QWidget) -> None:
    """Wide enough to read a few words: where the pane is narrower than a label and that,
    the rows put their labels above their fields (at 150% scaling the fields beside the
    labels were a word wide)."""
    field.setMinimumWidth(_FIELD_CHARS * field.fontMetrics().averageCharWidth())
