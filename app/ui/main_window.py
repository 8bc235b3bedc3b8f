"""The main window: assembles the panels and the actions; the panels do the work.

The window is built in two steps. What its first paint shows comes first: the menus with
every action and shortcut, the tab bar, and the Compose page (the contact list filled,
the contact form, the composer). The Inbox, History and Network pages come right after
that paint (`start_background_work`), one per turn of the event loop so that the window
answers in between; the import flow, the Settings dialog and the template editor are
built when first used. Whatever asks for a part before it is there (a page's shortcut,
a click on its tab) builds it on the spot, so nothing waits on the background step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from app.contacts import Contact
from app.context import AppContext, load_sent_index
from app.grammar.service import GrammarService
from app.library.templates import TemplateLibrary
from app.store import SentMessage, StoreError
from app.ui.compose.composer import Composer
from app.ui.contacts.form import ContactForm
from app.ui.contacts.panel import ContactsPanel
from app.ui.tasks import run_task, wait_for_tasks
from app.ui.templates.menu import TemplateMenu
from app.ui.ui_state import ui_state
from app.ui.widgets.keyboard import keyboard_splitter

if TYPE_CHECKING:
    from app.checker import SentIndex
    from app.importers import ImportSummary
    from app.ui.history.page import HistoryPage
    from app.ui.imports.import_flow import ImportFlow
    from app.ui.inbox.page import InboxPage
    from app.ui.network.page import NetworkPage
    from app.ui.settings.dialog import SavedSettings


@contextmanager
def _signals_blocked(widget: QWidget) -> Iterator[None]:
    """Change a panel without it reporting the change back (a save that moves the list's
    highlight must not count as the user picking another contact)."""
    was_blocked = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(was_blocked)


class MainWindow(QMainWindow):
    sent_index_ready = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Rapport")
        self.setMinimumSize(720, 480)  # under 512: a 1366x768 screen at 150% scaling

        self.contacts = ContactsPanel(context.store)
        self.form = ContactForm(context.store, self.contacts.model)
        self.composer = Composer(context)

        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.contacts, form_scroll, self.composer):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        keyboard_splitter(
            self.splitter,
            ["Between the contacts and the form", "Between the form and the composer"],
        )

        # Pages: writing to contacts first, then the inbox, the history and the network
        # review, each reachable with Ctrl+<its number> (see `add_page`).
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName("Pages")
        self.setCentralWidget(self.pages)

        self.contacts.contact_selected.connect(self._contact_selected)
        self.contacts.new_contact_requested.connect(self.new_contact)
        self.form.edited.connect(self.composer.set_contact)
        self.form.save_requested.connect(self.save_contact)
        self.form.delete_requested.connect(self.delete_contact)
        self.composer.save_contact_requested.connect(self.save_contact)
        self.composer.recorded.connect(self._recorded)
        self.composer.status.connect(self._show_status)

        # Built when first needed (see the module's docstring).
        self._imports: ImportFlow | None = None
        self._inbox: InboxPage | None = None
        self._history: HistoryPage | None = None
        self._network: NetworkPage | None = None
        # By title, the empty tab standing in for each of the pages until it is built, and
        # what builds it.
        self._stand_ins: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}

        self._build_actions()
        # The Templates menu; its watch on the user's template files starts after the paint.
        self.templates = TemplateMenu(self, context, self.contacts.model)
        self.templates.library_changed.connect(self._library_reloaded)
        self.templates.status.connect(self._show_status)
        self.add_page(self.splitter, "&Compose")
        self._add_page_later("&Inbox", lambda: self.inbox)
        self._add_page_later("&History", lambda: self.history)
        self._add_page_later("&Network", lambda: self.network)
        self.pages.currentChanged.connect(self._page_shown)
        self._restore_state()
        self._show_status(self._welcome())
        for problem in context.library.problems:
            self._show_status(f"A template was skipped: {problem}")

    def start_background_work(self) -> None:
        """Build and read what the window can do without at first: the other pages, the
        watch on template files, the history for the repeat check. The application calls
        this once the window is painted, so that it never competes with start-up; tests
        call it after showing the window."""
        database = self.context.store.path
        run_task(lambda: load_sent_index(database), self._sent_index_loaded, self)
        self.templates.watch_files()
        # A page's modules in one turn and the page in the next: the history page's take
        # about as long to load as the page takes to build.
        self._in_turns(
            [
                partial(import_module, "app.ui.inbox.page"),
                lambda: self.inbox,
                partial(import_module, "app.ui.history.page"),
                lambda: self.history,
                partial(import_module, "app.ui.network.page"),
                lambda: self.network,
            ]
        )

    def _in_turns(self, steps: list[Callable[[], object]]) -> None:
        """Run the steps one per turn of the event loop (none once the window is gone),
        so that a click or a key press waits for one step at most."""
        if not steps:
            return

        def run_first() -> None:
            steps[0]()
            self._in_turns(steps[1:])

        QTimer.singleShot(0, self, run_first)

    # -- parts built on first use -------------------------------------------------------------

    @property
    def imports(self) -> ImportFlow:
        if self._imports is None:
            from app.ui.imports.import_flow import ImportFlow

            self._imports = ImportFlow(self.context.store.path, self)
            self._imports.imported.connect(self._imported)
            self._imports.status.connect(self._show_status)
        return self._imports

    @property
    def inbox(self) -> InboxPage:
        if self._inbox is None:
            from app.ui.inbox.page import InboxPage

            self._inbox = InboxPage(self.context)
            self._inbox.reply_requested.connect(self.open_in_composer)
            self._inbox.status.connect(self._show_status)
            self._inbox.import_requested.connect(lambda: self.imports.import_linkedin())
            self._put_in_place(self._inbox, "&Inbox")
        return self._inbox

    @property
    def history(self) -> HistoryPage:
        if self._history is None:
            from app.ui.history.page import HistoryPage

            self._history = HistoryPage(self.context)
            self._history.compose_requested.connect(self.open_in_composer)
            self._history.status.connect(self._show_status)
            self._put_in_place(self._history, "&History")
        return self._history

    @property
    def network(self) -> NetworkPage:
        if self._network is None:
            from app.ui.network.page import NetworkPage

            self._network = NetworkPage(self.context.store.path)
            self._network.open_requested.connect(lambda id_: self.open_in_composer(id_, None))
            self._network.delete_requested.connect(self._delete_from_review)
            self._network.congratulate_requested.connect(
                lambda id_: self.open_in_composer(id_, "congratulate-new-role")
            )
            self._network.status.connect(self._show_status)
            self._put_in_place(self._network, "&Network")
        return self._network

    def _add_page_later(self, title: str, build: Callable[[], QWidget]) -> None:
        """A tab, and its View menu entry, for a page that `build` makes when first asked."""
        stand_in = QWidget()
        self._stand_ins[title] = (stand_in, build)
        self._add_tab(stand_in, title, build)

    def _put_in_place(self, page: QWidget, title: str) -> None:
        """Swap a newly built page in for its stand-in, leaving the page shown as it was."""
        stand_in, _build = self._stand_ins.pop(title)
        index, shown = self.pages.indexOf(stand_in), self.pages.currentIndex()
        with _signals_blocked(self.pages):
            self.pages.removeTab(index)
            self.pages.insertTab(index, page, title.replace("&", ""))
            self.pages.setCurrentIndex(shown)
        page.setAccessibleName(title.replace("&", ""))
        stand_in.deleteLater()

    def _page_shown(self, index: int) -> None:
        """The user picked the tab of a page not built yet: build it now."""
        for stand_in, build in list(self._stand_ins.values()):
            if self.pages.widget(index) is stand_in:
                build()
                return

    # -- actions ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.view_menu = self.menuBar().addMenu("&View")
        contact_menu = self.menuBar().addMenu("&Contact")
        message_menu = self.menuBar().addMenu("&Message")

        def action(menu: QMenu, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
            item = QAction(text, self)
            item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            menu.addAction(item)
            return item

        self.import_linkedin_action = action(
            file_menu, "Import &LinkedIn export…", "Ctrl+I", lambda: self.imports.import_linkedin()
        )
        self.import_vcard_action = action(
            file_menu,
            "Import &vCard contacts…",
            "Ctrl+Alt+Shift+V",
            lambda: self.imports.import_vcard(),
        )
        self.import_csv_action = action(
            file_menu,
            "Import CS&V contacts…",
            "Ctrl+Alt+Shift+C",
            lambda: self.imports.import_csv(),
        )
        self.settings_action = action(file_menu, "&Settings…", "Ctrl+,", self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = action(file_menu, "&Quit", "Ctrl+Q", self.close)
        self.new_action = action(contact_menu, "&New contact", "Ctrl+N", self.new_contact)
        self.save_action = action(contact_menu, "&Save contact", "Ctrl+S", self._save_form)
        self.find_action = action(contact_menu, "&Find contact", "Ctrl+F", self._focus_search)
        self.copy_action = action(
            message_menu, "&Copy message", "Ctrl+Shift+C", self.composer.copy_message
        )
        self.profile_action = action(
            message_menu, "Open &profile", "Ctrl+Shift+O", self.composer.open_profile
        )
        self.record_action = action(
            message_menu, "&Record as sent", "Ctrl+Return", self.composer.record_sent
        )
        self.template_action = action(
            message_menu, "Choose &template", "Ctrl+T", self.composer.picker.template.setFocus
        )

    def add_page(self, page: QWidget, title: str) -> None:
        """Add a page to the window and a View menu entry (Ctrl+<number>) that shows it."""
        self._add_tab(page, title, lambda: page)

    def _add_tab(self, tab: QWidget, title: str, page: Callable[[], QWidget]) -> None:
        """A tab showing `tab`, and a View menu entry (Ctrl+<number>) that shows `page()`."""
        index = self.pages.addTab(tab, title.replace("&", ""))
        tab.setAccessibleName(title.replace("&", ""))
        item = QAction(title, self)
        item.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        item.triggered.connect(lambda: self.pages.setCurrentWidget(page()))
        self.view_menu.addAction(item)

    def open_in_composer(self, contact_id: int | None, template_name: str | None) -> bool:
        """Show the composer for a saved contact with a template chosen (from the inbox, the
        follow-up list). False when the contact cannot be shown (the form's unsaved edits
        were kept, or the contact is gone)."""
        self.pages.setCurrentWidget(self.splitter)
        if contact_id is not None and (
            self.form.loaded is None or self.form.loaded.id != contact_id
        ):
            if not self._leave_current_contact():
                return False
            try:
                contact = self.context.store.get_contact(contact_id)
            except StoreError as exc:
                self._show_status(str(exc))
                return False
            with _signals_blocked(self.contacts):
                self.contacts.model.upsert(contact)
                self.contacts.select(contact_id)
            self.form.load(contact)
        if template_name is not None:
            self.composer.select_template(template_name)
        self.composer.setFocus()
        return True

    def new_contact(self) -> None:
        if not self._leave_current_contact():
            return
        self.pages.setCurrentWidget(self.splitter)
        self.contacts.select(None)
        self.form.load(None)
        self.form.lines["name"].setFocus()

    def save_contact(self, contact: Contact, *, reselect: bool = True) -> Contact | None:
        """Store the contact; `reselect` False when saving on the way to another one."""
        try:
            if contact.id is None:
                saved = self.context.store.add_contact(contact)
            else:
                saved = self.context.store.update_contact(contact)
        except StoreError as exc:
            QMessageBox.warning(self, "Contact not saved", str(exc))
            return None
        with _signals_blocked(self.contacts):
            self.contacts.model.upsert(saved)
            if reselect:
                self.contacts.select(saved.id)
        if reselect:
            self.form.mark_saved(saved)
        self._show_status(f"Saved {saved.name}.")
        return saved

    def delete_contact(self, contact: Contact | None) -> None:
        if contact is None or contact.id is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete contact",
            f"Delete {contact.name}? Messages already sent to them stay in the history.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.store.delete_contact(contact.id)
        except StoreError as exc:
            QMessageBox.warning(self, "Contact not deleted", str(exc))
            return
        with _signals_blocked(self.contacts):
            self.contacts.model.remove(contact.id)
        # The list moves on to a neighbour; the form follows it when it showed the deleted
        # contact (from the network review, another contact may be open, edits and all).
        if self.form.loaded is not None and self.form.loaded.id == contact.id:
            self.form.load(self.contacts.current_contact())
        self._show_status(f"Deleted {contact.name}.")

    def _imported(self, _summary: ImportSummary) -> None:
        """Show what an import added on every page; the open contact stays open."""
        with _signals_blocked(self.contacts):
            self.contacts.model.reload()
            if self.form.loaded is not None and self.form.loaded.id is not None:
                self.contacts.select(self.form.loaded.id)
        self.contacts.search.clear()
        self.composer.history_changed()
        for page in self._built_pages():  # a page built later reads what is there then
            page.refresh()

    def _delete_from_review(self, contact_id: int) -> None:
        try:
            contact = self.context.store.get_contact(contact_id)
        except StoreError as exc:
            self._show_status(str(exc))
        else:
            self.delete_contact(contact)
        self.network.refresh()

    def open_settings(self) -> None:
        from app.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.context.settings, self.context.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self, saved: SavedSettings) -> None:
        previous = self.context.settings
        self.context.settings = saved.settings
        if saved.needs_new_grammar_service(previous):
            old = self.context.grammar
            self.context.grammar = GrammarService.from_settings(saved.settings)
            self.context.grammar.start()
            # Stopping a local server waits for its process to end: not on the GUI thread.
            run_task(old.close, lambda _result, _error: None, self)
        self.composer.settings_changed()
        if self._history is not None:
            self._history.refresh()  # the pending window may have changed
        self._show_status(saved.folder_note or "Settings saved.")

    # -- panel coordination ------------------------------------------------------------------

    def _built_pages(self) -> list[InboxPage | HistoryPage | NetworkPage]:
        return [page for page in (self._inbox, self._history, self._network) if page is not None]

    def _recorded(self, message: SentMessage) -> None:
        self.form.refresh_touch()
        self._show_status(f"Recorded as sent to {message.contact_name}.")
        if self._history is not None:
            self._history.refresh()

    def _contact_selected(self, contact: Contact | None) -> None:
        if contact is not None and self.form.loaded == contact:
            return
        if not self._leave_current_contact():
            with _signals_blocked(self.contacts):  # stay where the unsaved edits are
                self.contacts.select(self.form.loaded.id if self.form.loaded else None)
            return
        self.form.load(contact)

    def _leave_current_contact(self) -> bool:
        """Save the form's edits before moving on, so nothing typed is lost. False when
        they cannot be saved and the user chose to stay with them."""
        if not self.form.is_dirty():
            return True
        edited = self.form.contact()
        if edited is not None and self.save_contact(edited, reselect=False) is not None:
            return True
        reason = "a contact needs a name" if edited is None else "they could not be saved"
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Your changes to this contact are not saved: {reason}. Discard them?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _save_form(self) -> None:
        contact = self.form.contact()
        if contact is not None:
            self.save_contact(contact)

    def _focus_search(self) -> None:
        self.contacts.search.setFocus()
        self.contacts.search.selectAll()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _welcome(self) -> str:
        count = self.context.store.contact_count()
        if count == 0:
            return "Welcome to Rapport. Add a contact to start writing (Ctrl+N)."
        return f"{count:,} contacts · {len(self.context.library.templates)} templates"

    def _library_reloaded(self, library: TemplateLibrary) -> None:
        """A template file changed on disk, or the editor or an import wrote one."""
        self.context.library = library
        self.composer.set_library(library)
        for problem in library.problems:
            self._show_status(f"A template was skipped: {problem}")

    def _sent_index_loaded(self, index: SentIndex | None, error: BaseException | None) -> None:
        if error is not None:
            self._show_status(f"Earlier messages could not be read for the repeat check: {error}")
            return
        self.context.sent = index
        self.composer.refresh()
        self.sent_index_ready.emit()

    # -- window state ------------------------------------------------------------------------

    def _restore_state(self) -> None:
        state: QSettings = ui_state()
        geometry = state.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            # Never past the screen: at 150% scaling a 1366x768 laptop is 911x512.
            self.resize(QSize(1360, 820).boundedTo(self.screen().availableGeometry().size()))
        splitter = state.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([300, 430, 630])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_current_contact() or not self.templates.close_editor():
            event.ignore()
            return
        self.composer.save_draft_now()
        state = ui_state()
        state.setValue("main/geometry", self.saveGeometry())
        state.setValue("main/splitter", self.splitter.saveState())
        state.sync()
        # A grammar check may still be running; it must not call back into a closed window.
        wait_for_tasks()
        super().closeEvent(event)
