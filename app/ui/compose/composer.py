"""The composer: the message for the person chosen, as plain text the user edits, with the
checker's findings on it. What the message holds and when it follows the template is the
session's (app/composing/session.py); this widget shows it and passes the user's edits on."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from app.checker import Report
from app.composing.draft_shelf import DraftShelf
from app.composing.saved_drafts import DraftFolder
from app.composing.session import DraftSession
from app.contacts import Contact
from app.context import AppContext
from app.library.templates import Template, TemplateLibrary
from app.safe_io.terminal import safe_message
from app.store import StoreError
from app.ui.compose.choice_text import choice_line
from app.ui.compose.composer_layout import ComposerWidgets
from app.ui.compose.details_form import DetailsForm
from app.ui.compose.draft_keeper import DraftKeeper
from app.ui.compose.message_actions import (
    confirm_dropping_edits,
    open_save_as_template,
    web_profile,
)
from app.ui.compose.message_checks import MessageChecks
from app.ui.compose.question_text import missing_text
from app.ui.compose.save_template import SaveTemplateDialog
from app.ui.compose.suggester import ContactSuggester
from app.ui.context_signals import context_signals
from app.ui.widgets.sentence_text import error_text, said_text, sentence_text

NEXT_FINDING = "F8"


class Composer(ComposerWidgets):
    """Emits `recorded` with the stored message after "Record as sent", `status` with a
    sentence for the status bar, and `save_contact_requested` with the contact and the
    fields filled in for this message, when the user asks to keep them in the contact."""

    recorded = Signal(object)
    status = Signal(str)
    save_contact_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context = context
        self._suggester = ContactSuggester(context)
        shelf = DraftShelf(DraftFolder(context.data_dir / "drafts"))
        self.session = DraftSession(
            context.library, context.settings, shelf=shelf, suggest=self._suggester
        )
        self.checking = MessageChecks(
            context, self.session, self.message, self.checks, self.grammar
        )
        self.checking.changed.connect(self._changed)
        self.checking.status.connect(self.status)
        self._syncing = False
        # The contact (id, language) the picker's language was last set for: it follows
        # the person, not each keystroke in their form.
        self._picker_language_for: tuple[int | None, str] | None = None
        self.keeper = DraftKeeper(shelf, self)
        self.keeper.problem.connect(self.status)
        self.picker.template_changed.connect(self._template_picked)
        self.details.changed.connect(partial(self._typed, self.details, self.session.set_detail))
        self.gaps.changed.connect(partial(self._typed, self.gaps, self.session.set_gap))
        context_signals(context).settings_changed.connect(self.settings_changed)
        context_signals(context).data_imported.connect(self.history_changed)
        self.gaps.save_requested.connect(self._save_gaps)
        self.message.textChanged.connect(self._message_edited)
        self.refill_button.clicked.connect(self.refill)
        self.save_template_button.clicked.connect(self.save_as_template)
        self.copy_button.clicked.connect(self.copy_message)
        self.profile_button.clicked.connect(self.open_profile)
        self.record_button.clicked.connect(self.record_sent)
        next_finding = QShortcut(QKeySequence(NEXT_FINDING), self)
        next_finding.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_finding.activated.connect(self.checks.next_finding)
        # The first check waits for the window's first paint (MainWindow.start_background_work):
        # the checker's phrase lists and patterns take longer to load than the window to show.
        self.refresh(check=False)

    # -- what the rest of the window tells the composer, and asks of it -------------------

    def set_contact(self, contact: Contact | None) -> None:
        """The contact to write to, as saved or as being typed in the form."""
        previous = self.session.contact.id if self.session.contact else None
        notice = self.session.set_contact(contact)
        self.recommendations.set_contact(contact)
        if (contact.id if contact else None) != previous:
            self.quota.recount()
            self.checking.forget_grammar()
        person = (contact.id, contact.language) if contact else None
        if person is not None and person != self._picker_language_for:
            self._picker_language_for = person
            self.picker.set_language(person[1] or self.context.settings.my_language)
        self._changed()
        if notice is not None:
            self.status.emit(sentence_text(notice))

    @property
    def report(self) -> Report:
        """What the checker says about the message shown now."""
        return self.checking.report or Report("generic", 0, ())

    @property
    def template(self) -> Template | None:
        return self.session.template

    def detail_field(self, name: str) -> QLineEdit | None:
        """The input for a per-message detail, when the draft asks for one."""
        return self.details.field(name)

    def gap_field(self, name: str) -> QLineEdit | None:
        """The input for a contact field the message needs and the contact lacks."""
        return self.gaps.field(name)

    def save_draft_now(self) -> None:
        """Write the draft being typed to disk without waiting (the window is closing)."""
        self.keeper.flush()

    def select_template(self, name: str) -> None:
        """Choose a template for this contact (from the inbox, a follow-up, Ctrl+T)."""
        self.session.choose(name)
        self._changed()

    def set_library(self, library: TemplateLibrary) -> None:
        """Offer a reloaded template library (a template file changed on disk)."""
        self.picker.set_library(library)
        self.session.use_library(library)
        self.refresh()

    def settings_changed(self) -> None:
        """The context's settings, and perhaps its grammar service, were replaced."""
        self.picker.set_settings(self.context.settings)
        self.session.use_settings(self.context.settings)
        self.checking.use_grammar()
        self.recommendations.refresh()
        self.refresh()

    def history_changed(self) -> None:
        """Messages were recorded elsewhere (an import): count again."""
        self._suggester.recount()
        self.quota.recount()
        self.recommendations.refresh()
        self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def copy_message(self) -> None:
        if self.session.preview.sendable:
            # A contact's fields come from other people: a terminal escape or a bidi
            # override in them goes to the clipboard only as a visible escape.
            QGuiApplication.clipboard().setText(safe_message(self.session.message))
            self.status.emit(self.tr("Message copied to the clipboard."))

    def open_profile(self) -> None:
        url = web_profile(self.session.contact)
        if url is not None:
            opened = QDesktopServices.openUrl(url)
            said = (
                self.tr("Opening {address} in your browser.")
                if opened
                else self.tr("No browser opened: copy the address instead, {address}")
            )
            self.status.emit(said.format(address=url.toDisplayString()))
        else:
            self.status.emit(self.tr("The profile address is not a web address (https://…)."))

    def record_sent(self) -> None:
        if not self.session.can_record or not self.quota.confirm_past_quota(self):
            return
        score = self.checking.report.score if self.checking.report else None
        try:
            message = self.session.record(self.context.store, score)
        except StoreError as exc:
            self.status.emit(self.tr("Not recorded: {error}").format(error=error_text(exc)))
            return
        self.keeper.flush()  # its draft is done with: gone from disk at once
        self.quota.recount()
        self.recommendations.refresh()
        self.context.note_sent(message.contact_id, message.text)
        self.recorded.emit(message)
        self.refresh()

    def refill(self) -> None:
        """Bring the template's words back, after asking when that drops the user's own."""
        if self.session.edited and not confirm_dropping_edits(self):
            return
        self.session.refill()
        self._changed()

    def save_as_template(self) -> SaveTemplateDialog | None:
        """Open the dialog that shows the message as a template (it writes on Save)."""
        dialog = open_save_as_template(self.session, self.context.data_dir / "templates", self)
        if dialog is not None:
            dialog.saved_to.connect(
                lambda path: self.status.emit(
                    self.tr("Saved as a template in {path}.").format(path=path)
                )
            )
        return dialog

    # -- showing the session ----------------------------------------------------------------

    def refresh(self, *, check: bool = True) -> None:
        session = self.session
        self._sync_picker()
        self._syncing = True
        self.message.show_message(session.message)
        self._syncing = False
        self._show_forms(session)
        result = session.preview
        self.counter.show_count(result.length, result.limit, result.over_limit)
        problem = missing_text(result.missing) if result.missing else said_text(result.error)
        if result.error and result.error_line:
            problem = self.tr("Line {line}: {error}").format(
                line=result.error_line, error=said_text(result.error)
            )
        self.problem.setText(problem)
        self._show_guidance(session.contact is None)
        self.choice_line.setText(choice_line(session))
        contact = session.contact
        self.their_note.show_note(
            contact.given_name if contact else "",
            contact.incoming_note if contact and session.replying else "",
        )
        if check:
            self.checking.check()
        channel = session.template.channel if session.template else None
        self.quota.show_for(channel, self.context.store, self.context.settings)
        if contact is None:  # nobody to send a note to yet: no warning about one
            self.quota.warning.hide()
        self.copy_button.setEnabled(result.sendable)
        self.record_button.setEnabled(session.can_record)
        self.profile_button.setEnabled(bool(contact and contact.profile_url))
        self.refill_button.setEnabled(session.edited)
        self.save_template_button.setEnabled(bool(contact and session.message))

    def _sync_picker(self) -> None:
        template = self.session.template
        current = self.picker.current()
        if template is not None and (current is None or current.name != template.name):
            self._syncing = True
            self.picker.select(template.name)
            self._syncing = False

    # -- the user's edits -------------------------------------------------------------------

    def _template_picked(self, template: Template | None) -> None:
        if self._syncing or template is None:
            return
        if self.session.template is not None and template.name == self.session.template.name:
            return
        if self.session.edited and not confirm_dropping_edits(self):
            self.refresh()  # back to the template the message came from
            return
        self.quota.recount()
        self.select_template(template.name)

    def _changed(self) -> None:
        self.refresh()
        self._draft_edited()

    def _message_edited(self) -> None:
        if self._syncing:
            return
        self.session.edit(self.message.toPlainText())
        self._changed()

    def _typed(self, form: DetailsForm, store: Callable[[str, str], None]) -> None:
        for name, value in form.values().items():
            store(name, value)
        self._changed()

    def _save_gaps(self) -> None:
        """Keep what was typed for this message in the contact too (the window saves it;
        the fields then come from the contact and leave the form)."""
        draft = self.session.draft
        if draft is not None and draft.contact != self.session.contact:
            self.save_contact_requested.emit(draft.contact)

    def _draft_edited(self) -> None:
        if self.keeper.shelf.edited(self.session.contact, self.session.unsent_content()):
            self.keeper.soon()
