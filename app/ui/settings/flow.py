"""Opening the Settings dialog from the window, and putting what it saved to use.

The new settings replace the context's, the grammar service is rebuilt when where checks
go changed, and `settings_changed` tells every page that shows something they decide.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from app.context import AppContext
from app.grammar.service import GrammarService
from app.ui.context_signals import context_signals
from app.ui.settings.dialog import SavedSettings, SettingsDialog
from app.ui.tasks import run_task


def open_settings(
    context: AppContext, parent: QWidget, status: Callable[[str], None]
) -> SettingsDialog:
    dialog = SettingsDialog(context.settings, context.data_dir, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.settings_saved.connect(lambda saved: _use(context, saved, parent, status))
    dialog.open()
    return dialog


def _use(
    context: AppContext, saved: SavedSettings, owner: QWidget, status: Callable[[str], None]
) -> None:
    previous = context.settings
    context.settings = saved.settings
    if saved.needs_new_grammar_service(previous):
        old = context.grammar
        context.grammar = GrammarService.from_settings(saved.settings)
        context.grammar.start()
        # Stopping a local server waits for its process to end: not on the GUI thread.
        run_task(old.close, lambda _result, _error: None, owner)
    context_signals(context).settings_changed.emit(saved.settings)
    status(saved.folder_note or QCoreApplication.translate("SettingsFlow", "Settings saved."))
