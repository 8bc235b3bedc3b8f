"""The Settings dialog's "Data" page: where contacts, history, templates and settings live.

A new folder is used from the next start. The page only checks and describes the choice;
the dialog makes it (off the GUI thread, as copying a large database takes a moment).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import data_folder, paths
from app.ui.settings.form_page import SettingsPage, form_layout, hint
from app.ui.widgets.folder_text import folder_text

KEY = "data_folder"


class DataFolderPage(SettingsPage):
    def __init__(self, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&Data")
        self.current = current  # where this run keeps its data
        try:
            self.recorded = data_folder.next_start_folder()
        except paths.DataFolderError:
            self.recorded = current  # a damaged record: choosing a folder here mends it
        self.folder = QLineEdit(str(self.recorded))
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the data folder"))
        self.browse.clicked.connect(self._browse)
        self.default = QPushButton(self.tr("Use the d&efault"))
        self.default.setAccessibleName(self.tr("Use the default data folder"))
        self.default.clicked.connect(lambda: self.folder.setText(str(paths.default_data_dir())))
        self.copy = QCheckBox(self.tr("&Copy my contacts, history, templates and settings there"))
        self.copy.setAccessibleName(self.tr("Copy my data to the new folder"))
        self.copy.setChecked(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleDescription(self.tr("What changing the data folder does"))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        row.addWidget(self.default)
        chooser = QWidget()
        chooser.setLayout(row)
        box = QGroupBox(self.tr("Data folder"))
        form = form_layout()
        self.add_field(form, KEY, self.tr("&Folder"), chooser)
        form.addRow(self.copy)
        form.addRow(self.note)
        box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(
            hint(
                self.tr(
                    "Your contacts, message history, own templates and settings live in this "
                    "folder. Passwords and API keys do not: they stay in the system keyring."
                )
            )
        )
        layout.addStretch(1)

        home = data_folder.home_override()
        if home is not None:
            self.folder.setText(str(current))  # the folder in use, not the one recorded
            for widget in (self.folder, self.browse, self.default):
                widget.setEnabled(False)
            self.note.setText(
                self.tr(
                    "RAPPORT_HOME is set, so Rapport keeps its data in {folder}. "
                    "Start Rapport without it to choose a folder here."
                ).format(folder=home)
            )
        self.folder.textChanged.connect(self.changed)
        self.copy.toggled.connect(self.changed)
        self.problems()

    def values(self) -> dict[str, Any]:
        return {}  # not a setting in the settings file: see `chosen`

    def chosen(self) -> Path | None:
        """The folder for the next start, or None when that does not change (or the choice
        is not valid)."""
        if data_folder.home_override() is not None:
            return None
        try:
            folder = data_folder.check_folder(self.folder.text())
        except data_folder.FolderProblem:
            return None
        return None if folder == self.recorded else folder

    def copy_wanted(self) -> bool:
        return not self.copy.isHidden() and self.copy.isChecked()

    def problems(self) -> dict[str, str]:
        """The error to show under the folder, if any; also updates the note and the
        copy offer for the folder typed now."""
        self.copy.setVisible(False)
        if data_folder.home_override() is not None:
            return {}
        try:
            folder = data_folder.check_folder(self.folder.text())
        except data_folder.FolderProblem as exc:
            self.note.setText("")
            return {KEY: folder_text(exc.issue)}
        if folder == self.recorded == self.current:
            self.note.setText(self.tr("This is the folder Rapport uses now."))
        elif folder == self.recorded:
            self.note.setText(
                self.tr(
                    "Chosen earlier: Rapport uses this folder from its next start, and "
                    "{current} until then."
                ).format(current=self.current)
            )
        elif folder == self.current:
            self.note.setText(self.tr("Rapport stays with this folder, the one it uses now."))
        elif data_folder.holds_rapport_data(folder):
            self.note.setText(
                self.tr(
                    "That folder already holds Rapport data: Rapport will use it as it is, "
                    "from the next start. Your data in {current} stays where it is."
                ).format(current=self.current)
            )
        else:
            self.copy.setVisible(True)
            if self.copy.isChecked():
                note = self.tr(
                    "Rapport uses the new folder from the next start. A copy of your data "
                    "goes there; the data in {current} stays where it is."
                )
            else:
                note = self.tr(
                    "Rapport uses the new folder from the next start. Nothing of your data "
                    "goes there; the data in {current} stays where it is."
                )
            self.note.setText(note.format(current=self.current))
        return {}

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the data folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
