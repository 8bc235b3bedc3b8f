"""Every page and dialog of the real window, for the accessibility walks.

The window's fixtures (a real database with two contacts, the real window, no
unanswered dialogs) are the UI tests' own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.crash_dialog import CrashDialog
from app.ui.imports.csv_mapping_dialog import CsvMappingDialog
from app.ui.inbox.request_dialog import RequestDialog
from app.ui.main_window import MainWindow
from app.ui.settings.dialog import SettingsDialog
from app.ui.templates.editor import TemplateEditor
from tests.ui.conftest import context, no_unexpected_dialogs, window

__all__ = ["context", "no_unexpected_dialogs", "surfaces", "window"]

PAGES = ("Compose", "Inbox", "History", "Network")


@pytest.fixture
def surfaces(qtbot: QtBot, window: MainWindow, context: AppContext) -> Iterator[dict[str, QWidget]]:
    """Each page of the window and each dialog, built and shown, by name."""
    pages = {name: window.pages.widget(index) for index, name in enumerate(PAGES)}
    pages["Inbox"], pages["History"], pages["Network"] = (
        window.inbox,
        window.history,
        window.network,
    )
    dialogs: dict[str, QDialog] = {
        "Settings": SettingsDialog(context.settings, context.data_dir, window),
        "Templates": TemplateEditor(context, window.contacts.model, window),
        "Add request": RequestDialog(window),
        "CSV columns": CsvMappingDialog("people.csv", ["Name", "Employer", "Email"], window),
        "Crash": CrashDialog("RuntimeError (message not logged)", None, window),
    }
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
    yield {**pages, **dialogs}
    for dialog in dialogs.values():
        dialog.close()
