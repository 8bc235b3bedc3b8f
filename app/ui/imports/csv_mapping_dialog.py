"""Confirming which column of a CSV file fills which contact field, before importing it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.importers import MAPPABLE_FIELDS, mapping_problems, propose_mapping
from app.ui.widgets.field_text import field_label
from app.ui.widgets.mnemonics import give_mnemonics
from app.ui.window_geometry import resize_within_screen

_NAME_FIELDS = ("name", "first_name", "last_name")


class CsvMappingDialog(QDialog):
    """One drop-down per contact field listing the file's columns, filled in with the
    columns the headers suggest; Import stays disabled while the mapping cannot work."""

    def __init__(self, file_name: str, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self._headers = headers
        proposed = propose_mapping(headers)
        self.choices: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in MAPPABLE_FIELDS:
            label = field_label(field)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Column for {field}").format(field=label))
            combo.addItem(self.tr("(not imported)"), None)
            for header in headers:
                combo.addItem(header, header)
            if field in proposed:
                combo.setCurrentIndex(combo.findData(proposed[field]))
            combo.currentIndexChanged.connect(self._update)
            self.choices[field] = combo
            form.addRow(label, combo)
        fields = QWidget()
        fields.setLayout(form)
        give_mnemonics(fields.findChildren(QLabel), avoid="oc")  # OK and Cancel keep theirs
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it

        intro = QLabel(
            self.tr(
                "Choose the column that holds each detail. Columns left out are not imported; "
                "contacts already saved only gain details they lack."
            )
        )
        intro.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import", "button: import the file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        resize_within_screen(self, QSize(520, 620))
        self._update()

    def mapping(self) -> dict[str, str]:
        return {
            field: combo.currentData()
            for field, combo in self.choices.items()
            if combo.currentData() is not None
        }

    def _update(self) -> None:
        mapping = self.mapping()
        problems = mapping_problems(mapping, self._headers)
        if not any(field in mapping for field in _NAME_FIELDS):
            # In the words of the form above: the core's sentence names fields as the
            # command line spells them (first_name), which this dialog never shows.
            labels = [field_label(field) for field in _NAME_FIELDS]
            problems = [
                self.tr(
                    "Choose the column for {name}, or for {first_name} and {last_name}: "
                    "every contact needs a name."
                ).format(name=labels[0], first_name=labels[1], last_name=labels[2])
            ]
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
