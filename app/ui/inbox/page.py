"""The Inbox page: incoming connection requests, a suggested answer for each with its
reasons, the reply drafted in the composer, and a record of what was done."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.relationships.inbox import (
    InboxEntry,
    add_pasted_request,
    contact_for_reply,
    entry_for,
    inbox_entries,
)
from app.store import RequestAction, Store, StoreError
from app.ui.context_signals import context_signals
from app.ui.inbox.model import EntryRole, InboxModel, works_at
from app.ui.inbox.request_dialog import RequestDialog
from app.ui.tasks import run_task
from app.ui.widgets.action_text import action_text
from app.ui.widgets.column_widths import fit_columns
from app.ui.widgets.keyboard import keyboard_splitter, keyboard_table
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.scroll_when_short import ScrollWhenShort, keep_lines_whole
from app.ui.widgets.sentence_text import error_text
from app.ui.window_language import core_language

# The columns' widths, from typical contents (see the header's set-up).
_WIDTH_SAMPLES = (
    "Marcus Whitfield-Moreau · Head of",
    "28 Sep 2026",
    "",
    "Accept and send a thank-you note",
    "Decline without a reply",
)
_RECEIVED_COLUMN = 1  # a date keeps its width when the table is narrow
_NOTE_COLUMN = 2
_DONE_COLUMN = 4


class InboxPage(QWidget):
    """Emits `reply_requested(contact_id, template_name)` for the window to open the
    composer, and `import_requested` for the window's LinkedIn import."""

    reply_requested = Signal(int, str)
    import_requested = Signal()
    status = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loading = self._reload = False
        self.model = InboxModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Incoming requests"))
        keyboard_table(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Widths from typical contents, never from the rows shown: a table whose columns
        # follow its contents jumps on every change and pushes "Done" out of sight.
        self.view.horizontalHeader().setMinimumSectionSize(60)
        self.view.setColumnHidden(_DONE_COLUMN, True)  # the Waiting list comes first
        self.columns = fit_columns(
            self.view, _WIDTH_SAMPLES, _NOTE_COLUMN, keep=(_RECEIVED_COLUMN,)
        )
        self.view.selectionModel().currentChanged.connect(self._show_current)

        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Which requests to show"))
        self.show_filter.addItem(self.tr("Waiting for an answer"), True)
        self.show_filter.addItem(self.tr("All requests"), False)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        self.add_button = QPushButton(self.tr("Add request…"))
        self.add_button.setAccessibleDescription(self.tr("Add a request you received"))
        self.add_button.clicked.connect(self.add_request)
        self.import_button = QPushButton(self.tr("Import from LinkedIn…"))
        self.import_button.setAccessibleDescription(
            self.tr("Import requests from a LinkedIn data export")
        )
        self.import_button.clicked.connect(self.import_requested)
        self.count = QLabel()
        self.count.setObjectName("hint")

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setReadOnly(True)
        self.note.setAccessibleName(self.tr("Their note"))
        self.note.setMaximumHeight(110)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("heading")
        self.suggestion.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        keep_lines_whole(self.reasons)  # squeezed, its lines were cut at 150% scaling
        self.reasons.setAccessibleDescription(self.tr("Why this is suggested"))
        self.reply_button = QPushButton(self.tr("Draft the reply"))
        self.reply_button.setAccessibleName(self.tr("Draft the reply in the composer"))
        self.reply_button.clicked.connect(self.draft_reply)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("What you did"))
        for action in RequestAction:
            self.action.addItem(action_text(action), action)
        self.record_button = QPushButton(self.tr("Record", "verb: record what you did"))
        self.record_button.setAccessibleName(self.tr("Record what you did with this request"))
        self.record_button.clicked.connect(self.record_action)
        # Undoes what was recorded, so it says so: "back to the inbox" read as a way back
        # to the list.
        self.reopen_button = QPushButton(self.tr("Undo: waiting again"))
        self.reopen_button.setAccessibleName(
            self.tr("Undo what you recorded: the request waits again")
        )
        self.reopen_button.clicked.connect(self.reopen)
        self._lay_out()
        self._show_current()
        signals = context_signals(context)
        for changed in (
            signals.settings_changed,  # who counts as nearby, recruiter titles
            signals.data_imported,
            signals.message_recorded,
            signals.contacts_changed,
        ):
            changed.connect(self.refresh)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        show = QLabel(self.tr("&Show"))
        show.setBuddy(self.show_filter)
        top.addWidget(show)
        top.addWidget(self.show_filter)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.import_button)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(top)
        listing_layout.addWidget(self.view, 1)
        # Below the list, as on the History page: beside the buttons it was cut at 150%.
        listing_layout.addWidget(self.count)

        self.details = QGroupBox(self.tr("Request"))
        details = QVBoxLayout(self.details)
        details.addWidget(self.heading)
        details.addWidget(self.note)
        details.addWidget(self.suggestion)
        details.addWidget(self.reasons)
        # Two rows, so the page fits a laptop's width beside the list.
        reply = QHBoxLayout()
        reply.addWidget(self.reply_button)
        reply.addStretch(1)
        details.addLayout(reply)
        actions = QHBoxLayout()
        did = QLabel(self.tr("&You did:"))
        did.setBuddy(self.action)
        actions.addWidget(did)
        actions.addWidget(self.action)
        actions.addStretch(1)
        details.addLayout(actions)
        # The buttons on a row of their own, so the chosen request fits beside the list at
        # 150% scaling.
        record = QHBoxLayout()
        record.addWidget(self.record_button)
        record.addWidget(self.reopen_button)
        record.addStretch(1)
        details.addLayout(record)
        details.addStretch(1)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(listing)
        # Scrolls when a long note and its reasons need more height than the page has.
        splitter.addWidget(ScrollWhenShort(self.details))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 500])
        keyboard_splitter(splitter, [self.tr("Between the requests and the chosen one")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the requests in the background, keeping the chosen one when it is still
        listed. A hidden page reads nothing: it reloads when shown."""
        if not self.isVisible():
            return
        if self._loading:
            self._reload = True  # the filter changed while loading: load again after
            return
        self._loading, self._reload = True, False
        if self.model.rowCount() == 0:  # the first read: say why the list is empty
            self.count.setText(self.tr("Reading the inbox…"))
        database, settings, checker = (
            self.context.store.path,
            self.context.settings,
            self.context.checker,
        )
        open_only = bool(self.show_filter.currentData())
        explain_in = core_language()

        def load() -> list[InboxEntry]:
            with Store.open(database) as store:
                return inbox_entries(store, settings, checker, open_only, explain_in)

        run_task(load, self._loaded, self)

    def _loaded(self, entries: list[InboxEntry] | None, error: BaseException | None) -> None:
        self._loading = False
        if self._reload:
            self.refresh()
            return
        if entries is None:
            assert error is not None  # run_task gives a result or an error
            self.status.emit(
                self.tr("The inbox could not be read: {error}").format(error=error_text(error))
            )
            return
        chosen = self.current()
        self.model.set_rows(entries)
        self._show_count()
        row = self.model.row_of(chosen.request.id) if chosen is not None else -1
        self.view.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._show_current()

    def _show_count(self) -> None:
        entries = self.model.rows()
        waiting = sum(1 for e in entries if e.request.action is None)
        self.count.setText(
            self.tr("{waiting} waiting · {shown} shown").format(
                waiting=count_text(waiting), shown=count_text(len(entries))
            )
        )

    def _waiting_only(self) -> bool:
        return bool(self.show_filter.currentData())

    def _filter_changed(self) -> None:
        # Nothing waiting has been done: the Done column would stay empty, so it goes.
        self.view.setColumnHidden(_DONE_COLUMN, self._waiting_only())
        self.columns.fit()
        self.refresh()

    # -- the chosen request -------------------------------------------------------------------

    def current(self) -> InboxEntry | None:
        index = self.view.currentIndex()
        entry: InboxEntry | None = index.data(EntryRole) if index.isValid() else None
        return entry

    def _show_current(self, *_: QModelIndex) -> None:
        entry = self.current()
        # The heading stays readable (it guides when the inbox is empty); what acts on a
        # request is off without one.
        acting: tuple[QWidget, ...] = (
            self.reply_button,
            self.action,
            self.record_button,
            self.reopen_button,
        )
        for acts in acting:
            acts.setEnabled(entry is not None)
        self.details.setTitle(self.tr("Request") if entry is not None else "")
        if entry is None:
            self.heading.setText(
                self.tr("No request chosen.") if self.model.rowCount() else _empty_text()
            )
            for widget in (self.note, self.suggestion, self.reasons):
                widget.clear()
            self.note.setVisible(False)
            return
        self.note.setVisible(True)
        request, contact = entry.request, entry.contact
        works = works_at(contact.title, contact.company)
        self.heading.setText(
            self.tr("{name}, {works}").format(name=request.contact_name, works=works)
            if works
            else request.contact_name
        )
        self.note.setPlainText(request.note or self.tr("(They sent no note.)"))
        self.suggestion.setText(
            self.tr("Suggested: {answer}").format(answer=action_text(entry.suggestion.action))
        )
        self.reasons.setText("\n".join(f"• {reason}" for reason in entry.suggestion.reasons))
        self.reply_button.setEnabled(entry.suggestion.template is not None)
        shown = request.action or entry.suggestion.action
        self.action.setCurrentIndex(self.action.findData(shown))
        self.reopen_button.setVisible(request.action is not None)
        self.record_button.setText(
            self.tr("Change", "verb: change what you recorded")
            if request.action is not None
            else self.tr("Record", "verb: record what you did")
        )

    def draft_reply(self) -> None:
        entry = self.current()
        if entry is None or entry.suggestion.template is None:
            return
        try:
            contact = contact_for_reply(self.context.store, entry)
        except StoreError as exc:
            self.status.emit(error_text(exc))
            return
        assert contact.id is not None  # contact_for_reply returns a saved contact
        self.reply_requested.emit(contact.id, entry.suggestion.template)

    def record_action(self) -> None:
        # Qt hands the enum back as its plain string value.
        self._set_action(RequestAction(self.action.currentData()))

    def reopen(self) -> None:
        self._set_action(None)

    def _set_action(self, action: RequestAction | None) -> None:
        entry = self.current()
        if entry is None:
            return
        store = self.context.store
        try:
            request = store.set_request_action(entry.request.id, action)
            updated = entry_for(
                store, request, self.context.settings, self.context.checker, core_language()
            )
        except StoreError as exc:
            self.status.emit(error_text(exc))
            return
        row = self.model.row_of(updated.request.id)
        if action is not None and self._waiting_only():
            # Done: it leaves the waiting list, and the next request waiting is chosen.
            self.model.remove_row(row)
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        else:
            self.model.replace(updated)
        self._show_count()
        self._show_current()
        done = self.tr("waiting again") if action is None else action_text(action)
        self.status.emit(self.tr("{name}: {done}.").format(name=request.contact_name, done=done))
        context_signals(self.context).requests_changed.emit()

    def add_request(self) -> None:
        dialog = RequestDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            request = add_pasted_request(
                self.context.store, dialog.sending_contact(), dialog.note()
            )
        except StoreError as exc:
            self.status.emit(error_text(exc))
            return
        self.status.emit(
            self.tr("Added the request from {name}.").format(name=request.contact_name)
        )
        self.refresh()


def _empty_text() -> str:
    return QCoreApplication.translate(
        "InboxPage",
        "No requests waiting. Requests you receive come in with your LinkedIn data export "
        "(Import from LinkedIn…, or Ctrl+I), or add one by hand with Add request…: Rapport "
        "suggests an answer for each and drafts the reply.",
    )
