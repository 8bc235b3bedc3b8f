"""A small form for what a message needs that no contact supplies (who is introduced,
the role a recruiter wrote about), asked for only while the draft uses it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ui.widgets.mnemonics import letters_in_use


class DetailsForm(QGroupBox):
    """Keeps what was typed even while a field is hidden, so switching back and forth
    between templates loses nothing. Emits `changed` on every edit.

    `labels` names the fields; a name without one is shown as words ("intro_name" as
    "Intro name"). Each label is its field's buddy with an Alt letter the rest of the
    window does not use when the fields change.
    """

    changed = Signal()

    def __init__(
        self,
        title: str | None = None,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if title is None:
            title = QCoreApplication.translate("DetailsForm", "Details for this message")
        super().__init__(title, parent)
        self._labels = dict(labels or {})
        self.rows = QVBoxLayout(self)
        self._form = QFormLayout()
        self.rows.addLayout(self._form)
        self._fields: dict[str, QLineEdit] = {}
        self._values: dict[str, str] = {}
        self._shown: list[tuple[str, str]] = []
        self.setVisible(False)

    def names(self) -> list[str]:
        return list(self._fields)

    def field(self, name: str) -> QLineEdit | None:
        return self._fields.get(name)

    def values(self) -> dict[str, str]:
        return {name: self._values.get(name, "") for name in self._fields}

    def set_labels(self, labels: Mapping[str, str]) -> None:
        """Name the fields anew (shown the next time the fields change)."""
        self._labels = dict(labels)

    def set_names(self, names: list[str]) -> None:
        shown = [(name, self._label(name)) for name in names]
        if shown == self._shown:  # asked on every keystroke; a new label is a new row
            return
        self._shown = shown
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields = {}
        used = letters_in_use(self.window(), besides=self).upper()
        for name in names:
            edit = QLineEdit(self._values.get(name, ""))
            text = self._label(name)
            label = QLabel(with_mnemonic(text, used))
            label.setBuddy(edit)
            label.setWordWrap(True)
            used += mnemonic_of(label.text())
            edit.setAccessibleName(text)
            edit.textChanged.connect(lambda typed, key=name: self._edited(key, typed))
            self._form.addRow(label, edit)
            self._fields[name] = edit
        self.setVisible(bool(names))

    def _label(self, name: str) -> str:
        return self._labels.get(name) or name.replace("_", " ").capitalize()

    def restore(self, values: Mapping[str, str]) -> None:
        """Show the values typed earlier for another message (without emitting)."""
        self._values = dict(values)
        for name, edit in self._fields.items():
            edit.blockSignals(True)
            edit.setText(self._values.get(name, ""))
            edit.blockSignals(False)

    def _edited(self, name: str, text: str) -> None:
        self._values[name] = text
        self.changed.emit()


def with_mnemonic(text: str, taken: str) -> str:
    """`text` with an `&` before a letter not in `taken`: a word's first letter if one is
    free, else any free letter; `text` as it is (with `&` doubled) when none is."""
    plain = text.replace("&", "&&")
    free = [i for i, ch in enumerate(plain) if ch.isalpha() and ch.upper() not in taken.upper()]
    starts = [i for i in free if i == 0 or not plain[i - 1].isalpha()]
    if not free:
        return plain
    chosen = (starts or free)[0]
    return plain[:chosen] + "&" + plain[chosen:]


def mnemonic_of(text: str) -> str:
    """The Alt letter of a label's text, upper-case; empty when it has none ("&&" is a
    plain ampersand)."""
    index = text.find("&")
    while 0 <= index < len(text) - 1:
        if text[index + 1] != "&":
            return text[index + 1].upper()
        index = text.find("&", index + 2)
    return ""
