"""Template files edited outside Rapport: the library reloads, the composer's picker
follows and keeps its choice, and the Templates menu imports shared files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.library.templates import TemplateLibrary
from app.ui.compose.template_model import TemplateRole
from app.ui.main_window import MainWindow
from app.ui.network.page import NetworkPage
from app.ui.templates.library_watcher import DEBOUNCE_MS, LibraryWatcher
from tests.templates_io.helpers import template_text, write_template, write_zip
from tests.ui.conftest import select_contact
from tests.ui.template_editor_helpers import open_editor

WAIT = 5_000


@pytest.fixture
def watcher(qapp: object) -> LibraryWatcher:
    write_template(paths.user_templates_dir(), "my-thanks", "Thanks, {{ first_name }}!")
    return LibraryWatcher(paths.user_templates_dir())


def save_by_rename(path: Path, text: str) -> None:
    """Save as many editors do: write a new file beside it, rename it over the old one."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_an_edit_in_place_reloads_the_library(qtbot: QtBot, watcher: LibraryWatcher) -> None:
    path = paths.user_templates_dir() / "my-thanks.j2"
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT) as reloaded:
        path.write_text(template_text("my-thanks", "Many thanks!"), encoding="utf-8")
    library: TemplateLibrary = reloaded.args[0]
    assert library.get("my-thanks").body == "Many thanks!"


def test_a_save_by_rename_reloads_and_the_file_stays_watched(
    qtbot: QtBot, watcher: LibraryWatcher
) -> None:
    path = paths.user_templates_dir() / "my-thanks.j2"
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT) as reloaded:
        save_by_rename(path, template_text("my-thanks", "Renamed into place."))
    assert reloaded.args[0].get("my-thanks").body == "Renamed into place."
    assert watcher.watched_files == [str(path)]
    # Edited in place afterwards: only the watch on the file itself can see this.
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT) as reloaded:
        path.write_text(template_text("my-thanks", "And edited again."), encoding="utf-8")
    assert reloaded.args[0].get("my-thanks").body == "And edited again."


def test_added_and_removed_files_reload_the_library(qtbot: QtBot, watcher: LibraryWatcher) -> None:
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT) as reloaded:
        write_template(paths.user_templates_dir(), "coffee-soon")
    assert "coffee-soon" in reloaded.args[0]
    with qtbot.waitSignal(watcher.library_changed, timeout=WAIT) as reloaded:
        (paths.user_templates_dir() / "coffee-soon.j2").unlink()
    assert "coffee-soon" not in reloaded.args[0]


def test_the_composer_picker_follows_the_files_and_keeps_its_choice(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    with qtbot.waitSignal(window.templates.library_changed, timeout=WAIT):
        write_template(paths.user_templates_dir(), "coffee-soon", "Coffee, {{ first_name }}?")
    assert "coffee-soon" in window.context.library
    picker = window.composer.picker
    listed = [picker.model.index(r).data(TemplateRole).name for r in range(picker.model.rowCount())]
    assert "coffee-soon" in listed
    assert window.composer.template is not None
    assert window.composer.template.name == "invite-met-at-event"

    window.composer.select_template("coffee-soon")
    assert window.composer.message.toPlainText() == "Coffee, Ana?"
    with qtbot.waitSignal(window.templates.library_changed, timeout=WAIT):
        save_by_rename(
            paths.user_templates_dir() / "coffee-soon.j2",
            template_text("coffee-soon", "Tea, {{ first_name }}?"),
        )
    assert window.composer.message.toPlainText() == "Tea, Ana?"


def test_a_reload_keeps_what_the_user_wrote_in_the_draft(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_contact(window, "Ana Souza")
    with qtbot.waitSignal(window.templates.library_changed, timeout=WAIT):
        write_template(paths.user_templates_dir(), "coffee-soon", "Coffee, {{ first_name }}?")
    window.composer.select_template("coffee-soon")
    window.composer.message.setPlainText("My own words, Ana.")
    with qtbot.waitSignal(window.templates.library_changed, timeout=WAIT):
        save_by_rename(
            paths.user_templates_dir() / "coffee-soon.j2",
            template_text("coffee-soon", "Tea, {{ first_name }}?"),
        )
    assert window.composer.message.toPlainText() == "My own words, Ana."
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.composer.refill_button.click()
    assert window.composer.message.toPlainText() == "Tea, Ana?"


def test_a_save_in_the_editor_reloads_the_library_once(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_editor(context, monkeypatch) as editor:
        menu = editor.parentWidget().templates
        reloads: list[TemplateLibrary] = []
        menu.library_changed.connect(reloads.append)
        editor.select("my-thanks")
        editor.source.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor.source, " See you soon.")
        editor.save_action.trigger()
        qtbot.wait(DEBOUNCE_MS * 4)  # long enough for the watcher to have seen the write
    assert len(reloads) == 1
    assert reloads[0].get("my-thanks").body.endswith("See you soon.")


def test_every_window_shortcut_is_used_once(qtbot: QtBot, window: MainWindow) -> None:
    # The pages, with their own shortcuts, are built right after the window shows.
    qtbot.waitUntil(lambda: isinstance(window.pages.widget(3), NetworkPage))
    shortcuts = [
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))
    assert window.templates.edit_action.shortcut().toString() == "Ctrl+Shift+T"


def test_importing_a_shared_zip_from_the_menu_asks_about_clashes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = write_template(paths.user_templates_dir(), "coffee-soon", "Mine, {{ first_name }}.")
    archive = write_zip(
        tmp_path / "shared.zip",
        {
            "coffee-soon.j2": template_text("coffee-soon", "Theirs, {{ first_name }}."),
            "warm-thanks.j2": template_text("warm-thanks"),
        },
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(archive)], ""))
    asked: list[str] = []

    def keep_mine(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", keep_mine)
    with qtbot.waitSignal(window.templates.transfer.imported, timeout=WAIT):
        window.templates.import_action.trigger()
    assert len(asked) == 1 and "'coffee-soon'" in asked[0]
    assert "Mine" in mine.read_text(encoding="utf-8")
    assert "warm-thanks" in window.context.library
    assert "Imported 1 template; kept your own coffee-soon" in window.statusBar().currentMessage()
