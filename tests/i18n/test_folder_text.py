"""Why a data folder cannot be used, in the window's language: the Settings dialog's Data
page words the core's `FolderIssue` itself. With the English translation it reads exactly
as `rapport config` says it (so a problem the core adds without a wording here fails);
with the German one the page reads German, the folders as they were typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import data_folder
from app.data_folder import FolderIssue, Trouble
from app.settings import Settings
from app.ui.settings.dialog import SettingsDialog
from app.ui.widgets.folder_text import folder_text
from tests.settings.dialog_helpers import type_into


def test_every_issue_reads_as_the_core_says_it(qapp: QApplication) -> None:
    for trouble in Trouble:
        issue = FolderIssue(trouble, "/mnt/usb/Rapport", "/mnt/usb", "Read-only file system")
        assert folder_text(issue) == data_folder.english(issue)


@pytest.mark.parametrize(
    ("typed", "german"),
    [
        ("", "Wählen Sie einen Ordner für Ihre Daten."),
        (
            "relative/Rapport",
            "relative/Rapport ist kein vollständiger Pfad; geben Sie den ganzen Pfad an.",
        ),
        ("{file}", "{file} ist eine Datei, kein Ordner."),
    ],
)
def test_the_data_page_says_in_german_why_a_folder_will_not_do(
    qtbot: QtBot,
    shipped_german: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    german: str,
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    monkeypatch.delenv("RAPPORT_HOME")  # the data folder can be chosen only without it
    dialog = SettingsDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.folder
    dialog.tabs.setCurrentWidget(page)
    type_into(qtbot, page.folder, typed.format(file=a_file))
    if not typed:
        page.folder.clear()
    assert page._errors["data_folder"].text() == german.format(file=a_file)
    assert not dialog.ok_button.isEnabled()
