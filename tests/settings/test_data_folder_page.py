"""Choosing the data folder in the Settings dialog: checked as it is typed, copied on OK
if wanted, and used from the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import data_folder, paths
from app.settings import Settings, load_settings, save_settings
from app.ui.settings.dialog import SettingsDialog
from tests.settings.dialog_helpers import press_ok, type_into


def test_a_new_data_folder_is_recorded_and_the_data_copied(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current = tmp_path / "current"
    current.mkdir()
    save_settings(Settings(my_name="Ana"), current / "settings.json")
    data_folder.record_choice(current)
    monkeypatch.delenv("RAPPORT_HOME")  # the data folder setting applies only without it
    dialog = SettingsDialog(load_settings(current / "settings.json"), current)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.folder
    dialog.tabs.setCurrentWidget(page)
    type_into(qtbot, page.folder, "relative/path")
    assert not dialog.ok_button.isEnabled()
    assert "not a full path" in page._errors["data_folder"].text()
    target = tmp_path / "synced" / "Rapport"
    type_into(qtbot, page.folder, str(target))
    assert dialog.ok_button.isEnabled()
    assert page.copy.isVisible() and page.copy.isChecked()
    assert "from the next start" in page.note.text()
    type_into(qtbot, dialog.profile.my_name, "Ana Souza")

    with qtbot.waitSignal(dialog.settings_saved) as saved:
        press_ok(qtbot, dialog)
    assert paths.chosen_data_dir() == target
    assert saved.args[0].folder_note == (
        f"Rapport will use {target} from its next start; your data was copied there."
    )
    assert load_settings(target / "settings.json").my_name == "Ana Souza"
    assert load_settings(current / "settings.json").my_name == "Ana Souza"


def test_a_folder_chosen_earlier_in_this_run_can_be_taken_back(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    current, elsewhere = tmp_path / "current", tmp_path / "elsewhere"
    current.mkdir()
    elsewhere.mkdir()
    data_folder.record_choice(elsewhere)  # chosen earlier; this run still uses `current`
    monkeypatch.delenv("RAPPORT_HOME")
    dialog = SettingsDialog(Settings(), current)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.folder
    assert page.folder.text() == str(elsewhere)
    assert page.note.text().startswith("Chosen earlier: Rapport uses this folder from its next")
    type_into(qtbot, page.folder, str(current))
    assert page.note.text() == "Rapport stays with this folder, the one it uses now."
    assert page.copy.isHidden()
    press_ok(qtbot, dialog)
    assert paths.chosen_data_dir() == current
    assert [p.name for p in elsewhere.iterdir()] == []


def test_the_data_folder_cannot_be_changed_while_rapport_home_is_set(
    qtbot: QtBot, rapport_home: Path
) -> None:
    dialog = SettingsDialog(Settings(), rapport_home)
    qtbot.addWidget(dialog)
    page = dialog.folder
    assert not page.folder.isEnabled() and not page.browse.isEnabled()
    assert page.folder.text() == str(rapport_home)  # the folder in use, as the note says
    assert page.note.text().startswith(
        f"RAPPORT_HOME is set, so Rapport keeps its data in {rapport_home}."
    )
    assert page.chosen() is None
