"""The main window's Templates menu: the editor, import and export, and the watcher that
reloads the library when template files change on disk.

The menu and its shortcuts exist from the start; the editor and the import and export
machinery are built the first time they are used, and the watcher starts once the window
has been painted (`watch_files`), so none of them delays the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from app import paths
from app.context import AppContext
from app.library.templates import TemplateLibrary, load_library
from app.ui.contacts.model import ContactListModel

if TYPE_CHECKING:
    from app.ui.templates.editor import TemplateEditor
    from app.ui.templates.library_watcher import LibraryWatcher
    from app.ui.templates.transfer import TemplateTransfer


class TemplateMenu(QObject):
    """Emits `library_changed` with each reloaded TemplateLibrary (after a file changed
    on disk, or the editor or an import wrote one), and `status` with a sentence."""

    library_changed = Signal(object)
    status = Signal(str)

    def __init__(
        self, window: QMainWindow, context: AppContext, contacts: ContactListModel
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._contacts = contacts
        self.editor: TemplateEditor | None = None
        self.watcher: LibraryWatcher | None = None
        self._transfer: TemplateTransfer | None = None

        menu = window.menuBar().addMenu(self.tr("&Templates"))
        self.edit_action = _action(
            menu, self.tr("&Edit templates…"), "Ctrl+Shift+T", self.open_editor
        )
        self.import_action = _action(
            menu,
            self.tr("&Import templates…"),
            "Ctrl+Shift+I",
            lambda: self.transfer.import_files(),
        )
        self.import_folder_action = _action(
            menu,
            self.tr("Import a &folder of templates…"),
            "Ctrl+Alt+Shift+I",
            lambda: self.transfer.import_folder(),
        )
        self.export_action = _action(
            menu, self.tr("E&xport my templates…"), "Ctrl+Shift+E", self.export_mine
        )

    @property
    def transfer(self) -> TemplateTransfer:
        """Template import and export, set up on first use."""
        if self._transfer is None:
            from app.ui.templates.transfer import TemplateTransfer

            self._transfer = TemplateTransfer(self._window)
            self._transfer.status.connect(self.status)
            self._transfer.imported.connect(lambda _result: self._loaded(load_library()))
        return self._transfer

    def watch_files(self) -> None:
        """Reload the library whenever the user's template files change on disk."""
        if self.watcher is None:
            from app.ui.templates.library_watcher import LibraryWatcher

            self.watcher = LibraryWatcher(paths.user_templates_dir(), parent=self)
            self.watcher.library_changed.connect(self._loaded)

    def open_editor(self) -> TemplateEditor:
        self.watch_files()  # the editor follows edits made elsewhere, even this early
        if self.editor is None:
            from app.ui.templates.editor import TemplateEditor

            editor = TemplateEditor(self._context, self._contacts, self._window)
            editor.library_changed.connect(self._loaded)
            editor.status.connect(self.status)
            editor.import_requested.connect(lambda: self.transfer.import_files(editor))
            editor.export_requested.connect(
                lambda templates: self.transfer.export(templates, editor)
            )
            self.editor = editor
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor

    def close_editor(self) -> bool:
        """Close the editor with the window; False when the user stays with unsaved edits."""
        return self.editor is None or self.editor.close()

    def export_mine(self) -> None:
        mine = [t for t in self._context.library.templates if t.source == "user"]
        self.transfer.export(mine)

    def _loaded(self, library: TemplateLibrary) -> None:
        if self.watcher is not None:
            self.watcher.take_as_known()
        if self.editor is not None:
            self.editor.set_library(library)
        self.library_changed.emit(library)


def _action(menu: QMenu, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
    item = QAction(text, menu)
    item.setShortcut(QKeySequence(shortcut))
    item.triggered.connect(slot)
    menu.addAction(item)
    return item
