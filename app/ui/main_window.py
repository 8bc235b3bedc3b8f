"""The main window: assembles the panels, the pages and the menus; they do the work.

What the first paint shows comes first: the menus with every action and shortcut, the
tab bar, and the Compose page (the contact list, the contact form, the composer). The
Inbox, History and Network pages come right after that paint (`start_background_work`,
see `page_tabs`); the import flow, the Settings dialog and the template editor are built
when first used. Changes to the user's data reach the pages through `context_signals`,
which each page subscribes to; the window relays nothing page by page.
"""

from __future__ import annotations

from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QSplitter, QWidget

from app.context import AppContext, load_sent_index
from app.library.templates import TemplateLibrary
from app.store import SentMessage
from app.ui.actions import ActionSlots, build_menus
from app.ui.compose.composer import Composer
from app.ui.contacts.flows import ContactFlows
from app.ui.contacts.form import ContactForm
from app.ui.contacts.panel import ContactsPanel
from app.ui.context_signals import context_signals
from app.ui.page_tabs import PageTabs, build_in_turns
from app.ui.tasks import run_task, wait_for_tasks
from app.ui.templates.menu import TemplateMenu
from app.ui.widgets.keyboard import keyboard_splitter
from app.ui.widgets.mnemonics import give_mnemonics, letters_in_use
from app.ui.widgets.scroll_when_short import ScrollWhenShort
from app.ui.widgets.sentence_text import error_text, sentence_text
from app.ui.window_geometry import restore_state, save_state

if TYPE_CHECKING:
    from app.checker import SentIndex
    from app.ui.history.page import HistoryPage
    from app.ui.imports.import_flow import ImportFlow
    from app.ui.inbox.page import InboxPage
    from app.ui.network.page import NetworkPage


class MainWindow(QMainWindow):
    sent_index_ready = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.signals = context_signals(context)
        self.setWindowTitle(QGuiApplication.applicationDisplayName() or "Rapport")
        # A 1366x768 screen at 150% scaling leaves about 465 under its panel and title bar.
        self.setMinimumSize(720, 440)

        self.contacts = ContactsPanel(context.store)
        self.form = ContactForm(context.store, self.contacts.model)
        self.composer = Composer(context)
        self.flows = ContactFlows(context, self.contacts, self.form, self)
        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Never narrower than the form's own minimum, so it never scrolls sideways.
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_bar = form_scroll.verticalScrollBar().sizeHint().width()
        form_scroll.setMinimumWidth(self.form.minimumSizeHint().width() + scroll_bar)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it

        # Below its least height (150% scaling on a laptop) the composer scrolls: squeezed
        # further, its labels were cut through the middle of their lines.
        composer_scroll = ScrollWhenShort(self.composer)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.contacts, 2), (form_scroll, 3), (composer_scroll, 4)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        keyboard_splitter(
            self.splitter,
            [
                self.tr("Between the contacts and the form"),
                self.tr("Between the form and the composer"),
            ],
        )

        self.contacts.new_contact_requested.connect(self.new_contact)
        self.form.edited.connect(self.composer.set_contact)
        self.composer.save_contact_requested.connect(self.flows.save)
        self.composer.recorded.connect(self._recorded)
        self.composer.status.connect(self.show_status)
        self.flows.status.connect(self.show_status)
        self.composer.first_steps.new_contact_requested.connect(self.new_contact)
        self.composer.first_steps.import_requested.connect(lambda: self.imports.import_linkedin())

        # Built when first needed (see the module's docstring).
        self._imports: ImportFlow | None = None
        self._inbox: InboxPage | None = None
        self._history: HistoryPage | None = None
        self._network: NetworkPage | None = None
        self.menus = build_menus(
            self,
            ActionSlots(
                import_linkedin=lambda: self.imports.import_linkedin(),
                import_vcard=lambda: self.imports.import_vcard(),
                import_csv=lambda: self.imports.import_csv(),
                settings=self.open_settings,
                new_contact=self.new_contact,
                save_contact=self.flows.save_form,
                find_contact=self._focus_search,
                copy_message=self.composer.copy_message,
                open_profile=self.composer.open_profile,
                record_sent=self.composer.record_sent,
                choose_template=self._choose_template,
            ),
        )
        self.pages = PageTabs(self.menus.view_menu)
        self.setCentralWidget(self.pages)
        # The Templates menu; its watch on the user's template files starts after the paint.
        self.templates = TemplateMenu(self, context, self.contacts.model)
        self.templates.library_changed.connect(self._library_reloaded)
        self.templates.status.connect(self.show_status)
        self.pages.add_page(self.splitter, self.tr("&Compose"))
        # Translated once: a page built later finds its stand-in by this same title.
        self._titles = {
            "inbox": self.tr("&Inbox"),
            "history": self.tr("&History"),
            "network": self.tr("&Network"),
        }
        self.pages.add_page_later(self._titles["inbox"], lambda: self.inbox)
        self.pages.add_page_later(self._titles["history"], lambda: self.history)
        self.pages.add_page_later(self._titles["network"], lambda: self.network)
        # The form's labels take the Alt letters the menus and the composer leave free;
        # when none is, one another field's label has (Alt then steps between the two).
        taken = letters_in_use(self, besides=self.form, hidden_too=True)
        fields = letters_in_use(self, besides=self.form, hidden_too=True, labels_only=True)
        give_mnemonics(self.form.findChildren(QLabel), taken, fields)
        restore_state(self, self.splitter)
        self.show_status(self._welcome())
        for problem in context.library.problems:
            self.show_status(
                self.tr("A template was skipped: {problem}").format(problem=sentence_text(problem))
            )

    def start_background_work(self) -> None:
        """Build and read what the window can do without at first: the composer's first
        check, the other pages, the watch on template files, the history for the repeat
        check. The application calls this once the window is painted; tests call it after
        showing the window."""
        database = self.context.store.path
        self.composer.checking.check()
        run_task(lambda: load_sent_index(database), self._sent_index_loaded, self)
        self.templates.watch_files()
        # A page's modules in one turn and the page in the next: the history page's take
        # about as long to load as the page takes to build.
        build_in_turns(
            self,
            [
                partial(import_module, "app.ui.inbox.page"),
                lambda: self.inbox,
                partial(import_module, "app.ui.history.page"),
                lambda: self.history,
                partial(import_module, "app.ui.network.page"),
                lambda: self.network,
            ],
        )

    # -- parts built on first use -------------------------------------------------------------

    @property
    def imports(self) -> ImportFlow:
        if self._imports is None:
            from app.ui.imports.import_flow import ImportFlow

            self._imports = ImportFlow(self.context.store.path, self)
            self._imports.imported.connect(self.signals.data_imported)
            self._imports.status.connect(self.show_status)
        return self._imports

    @property
    def inbox(self) -> InboxPage:
        if self._inbox is None:
            from app.ui.inbox.page import InboxPage

            self._inbox = InboxPage(self.context)
            self._inbox.reply_requested.connect(self.open_in_composer)
            self._inbox.status.connect(self.show_status)
            self._inbox.import_requested.connect(lambda: self.imports.import_linkedin())
            self.pages.put_in_place(self._inbox, self._titles["inbox"])
        return self._inbox

    @property
    def history(self) -> HistoryPage:
        if self._history is None:
            from app.ui.history.page import HistoryPage

            self._history = HistoryPage(self.context)
            self._history.compose_requested.connect(self.open_in_composer)
            self._history.status.connect(self.show_status)
            self.pages.put_in_place(self._history, self._titles["history"])
        return self._history

    @property
    def network(self) -> NetworkPage:
        if self._network is None:
            from app.ui.network.page import NetworkPage

            self._network = NetworkPage(self.context)
            self._network.open_requested.connect(lambda id_: self.open_in_composer(id_, None))
            self._network.delete_requested.connect(self.flows.delete_by_id)
            self._network.congratulate_requested.connect(
                lambda id_: self.open_in_composer(id_, "congratulate-new-role")
            )
            self._network.status.connect(self.show_status)
            self.pages.put_in_place(self._network, self._titles["network"])
        return self._network

    def add_page(self, page: QWidget, title: str) -> None:
        """Add a page to the window and a View menu entry (Ctrl+<number>) that shows it."""
        self.pages.add_page(page, title)

    # -- what the actions and pages ask for ---------------------------------------------------

    def open_in_composer(self, contact_id: int | None, template_name: str | None) -> bool:
        """Show the composer for a saved contact with a template chosen (from the inbox, the
        follow-up list). False when the contact cannot be shown (the form's unsaved edits
        were kept, or the contact is gone)."""
        self.pages.setCurrentWidget(self.splitter)
        if contact_id is not None and not self.flows.open(contact_id):
            return False
        if template_name is not None:
            self.composer.select_template(template_name)
        self.composer.setFocus()
        return True

    def new_contact(self) -> None:
        if self.flows.start_new():
            self.pages.setCurrentWidget(self.splitter)
            self.form.lines["name"].setFocus()

    def open_settings(self) -> None:
        from app.ui.settings.flow import open_settings

        open_settings(self.context, self, self.show_status)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _recorded(self, message: SentMessage) -> None:
        self.form.refresh_touch()
        self.show_status(self.tr("Recorded as sent to {name}.").format(name=message.contact_name))
        self.signals.message_recorded.emit(message)

    def _choose_template(self) -> None:
        """Ctrl+T: the template list, open, so the choice is where the eyes are."""
        self.pages.setCurrentWidget(self.splitter)
        self.composer.picker.template.setFocus()
        self.composer.picker.template.showPopup()

    def _focus_search(self) -> None:
        self.contacts.search.setFocus()
        self.contacts.search.selectAll()

    def _welcome(self) -> str:
        count = self.context.store.contact_count()
        if count == 0:
            return self.tr("Welcome to Rapport. Add a contact to start writing (Ctrl+N).")
        templates = len(self.context.library.templates)
        return "{contacts} · {templates}".format(
            contacts=QCoreApplication.translate("MainWindow", "%Ln contacts", "", count),
            templates=QCoreApplication.translate("MainWindow", "%Ln templates", "", templates),
        )

    def _library_reloaded(self, library: TemplateLibrary) -> None:
        """A template file changed on disk, or the editor or an import wrote one."""
        self.context.library = library
        self.composer.set_library(library)
        for problem in library.problems:
            self.show_status(
                self.tr("A template was skipped: {problem}").format(problem=sentence_text(problem))
            )

    def _sent_index_loaded(self, index: SentIndex | None, error: BaseException | None) -> None:
        if error is not None:
            self.show_status(
                self.tr("Earlier messages could not be read for the repeat check: {error}").format(
                    error=error_text(error)
                )
            )
            return
        self.context.sent = index
        self.composer.refresh()
        self.sent_index_ready.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flows.leave_current() or not self.templates.close_editor():
            event.ignore()
            return
        self.composer.save_draft_now()
        save_state(self, self.splitter)
        # A grammar check may still be running; it must not call back into a closed window.
        wait_for_tasks()
        super().closeEvent(event)
