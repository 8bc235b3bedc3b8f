"""The composer: the message for the person chosen, as plain text the user edits, with the
checker's findings on it. What the message holds and when it follows the template is the
session's (app/composing/session.py); this widget shows it and passes the user's edits on."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from app.checker import Finding, Report
from app.composing.draft import known_words
from app.composing.draft_shelf import DraftShelf
from app.composing.personal_dictionary import add_word, dictionary_path, read_words
from app.composing.questions import question_for
from app.composing.saved_drafts import DraftFolder
from app.composing.session import DraftSession
from app.composing.suggestion import TemplateChoice, choose_template, template_records
from app.contacts import Contact
from app.context import AppContext
from app.grammar.matches import GrammarMatch
from app.library.templates import Template, TemplateLibrary
from app.relationships.places import shipped_places
from app.relationships.triage import suggest as triage
from app.store import StoreError
from app.terminal_text import safe_message
from app.ui.compose.composer_layout import ComposerWidgets
from app.ui.compose.details_form import DetailsForm
from app.ui.compose.draft_keeper import DraftKeeper
from app.ui.compose.save_template import SaveTemplateDialog

_WEB_SCHEMES = ("http", "https")
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
        self._records = template_records(context.store)
        self._dictionary = read_words(dictionary_path(context.data_dir))
        shelf = DraftShelf(DraftFolder(context.data_dir / "drafts"))
        self.session = DraftSession(
            context.library, context.settings, shelf=shelf, suggest=self._suggest
        )
        self._report: Report | None = None
        self._grammar: tuple[str, list[GrammarMatch]] | None = None
        self._syncing = False
        self.keeper = DraftKeeper(shelf, self)
        self.keeper.problem.connect(self.status)
        self.picker.template_changed.connect(self._template_picked)
        self.details.changed.connect(partial(self._typed, self.details, self.session.set_detail))
        self.gaps.changed.connect(partial(self._typed, self.gaps, self.session.set_gap))
        self.gaps.save_requested.connect(self._save_gaps)
        self.message.textChanged.connect(self._message_edited)
        self.message.suggestion_chosen.connect(self._apply_suggestion)
        self.message.ignore_requested.connect(self._ignore)
        self.message.word_added.connect(self._add_word)
        self.refill_button.clicked.connect(self.refill)
        self.save_template_button.clicked.connect(self.save_as_template)
        self.checks.finding_clicked.connect(self.message.select_finding)
        self.grammar.checked.connect(self._grammar_checked)
        self.grammar.status_changed.connect(self.checks.show_grammar_status)
        self.copy_button.clicked.connect(self.copy_message)
        self.profile_button.clicked.connect(self.open_profile)
        self.record_button.clicked.connect(self.record_sent)
        next_finding = QShortcut(QKeySequence(NEXT_FINDING), self)
        next_finding.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_finding.activated.connect(self.checks.next_finding)
        self.refresh()

    # -- what the rest of the window tells the composer, and asks of it -------------------

    def set_contact(self, contact: Contact | None) -> None:
        """The contact to write to, as saved or as being typed in the form."""
        previous = self.session.contact.id if self.session.contact else None
        notice = self.session.set_contact(contact)
        if (contact.id if contact else None) != previous:
            self.quota.recount()
            self._grammar = None
        self.refresh()
        self._draft_edited()
        if notice:
            self.status.emit(notice)

    @property
    def report(self) -> Report:
        """What the checker says about the message shown now."""
        return self._report or Report("generic", 0, ())

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
        self.refresh()
        self._draft_edited()

    def set_library(self, library: TemplateLibrary) -> None:
        """Offer a reloaded template library (a template file changed on disk)."""
        self.picker.set_library(library)
        self.session.use_library(library)
        self.refresh()

    def settings_changed(self) -> None:
        """The context's settings, and perhaps its grammar service, were replaced."""
        self.picker.set_settings(self.context.settings)
        self.session.use_settings(self.context.settings)
        self.grammar.use(self.context.grammar, self.context.settings.grammar_language)
        self._grammar = None
        self.refresh()

    def history_changed(self) -> None:
        """Messages were recorded elsewhere (an import): count again."""
        self._records = template_records(self.context.store)
        self.quota.recount()
        self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def copy_message(self) -> None:
        if self.session.preview.sendable:
            # A contact's fields come from other people: a terminal escape or a bidi
            # override in them goes to the clipboard only as a visible escape.
            QGuiApplication.clipboard().setText(safe_message(self.session.message))
            self.status.emit("Message copied to the clipboard.")

    def open_profile(self) -> None:
        contact = self.session.contact
        url = QUrl.fromUserInput(contact.profile_url if contact else "")
        # Only web pages: a profile field must not open local files or run other handlers.
        if url.isValid() and url.scheme() in _WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.status.emit("The profile address is not a web address (https://…).")

    def record_sent(self) -> None:
        if not self.session.can_record or not self.quota.confirm_past_quota(self):
            return
        score = self._report.score if self._report else None
        try:
            message = self.session.record(self.context.store, score)
        except StoreError as exc:
            self.status.emit(f"Not recorded: {exc}")
            return
        self.keeper.flush()  # its draft is done with: gone from disk at once
        self.quota.recount()
        self.context.note_sent(message.contact_id, message.text)
        self.recorded.emit(message)
        self.refresh()

    def refill(self) -> None:
        """Bring the template's words back, after asking when that drops the user's own."""
        if self.session.edited and not self._confirm_dropping_edits():
            return
        self.session.refill()
        self.refresh()
        self._draft_edited()

    def save_as_template(self) -> None:
        session = self.session
        if session.contact is None or session.template is None or not session.message:
            return
        folder = self.context.data_dir / "templates"
        dialog = SaveTemplateDialog(
            session.message, session.contact, session.template, folder, self
        )
        if dialog.exec() and dialog.saved is not None:
            self.status.emit(f"Saved as a template in {dialog.saved}.")

    # -- showing the session ----------------------------------------------------------------

    def refresh(self) -> None:
        session = self.session
        self._sync_picker()
        self._syncing = True
        self.message.show_message(session.message)
        self._syncing = False
        self._show_forms()
        result = session.preview
        self._show_counter(result.length, result.limit, result.over_limit)
        where = f"Line {result.error_line}: " if result.error_line else ""
        self.problem.setText(where + result.error if result.error else "")
        self._show_guidance(session.contact is None)
        self.choice_line.setText(self._why(session.choice))
        contact = session.contact
        self.their_note.show_note(
            contact.given_name if contact else "",
            contact.incoming_note if contact and self._replying() else "",
        )
        self._check()
        channel = session.template.channel if session.template else None
        self.quota.show_for(channel, self.context.store, self.context.settings)
        self.copy_button.setEnabled(result.sendable)
        self.record_button.setEnabled(session.can_record)
        self.profile_button.setEnabled(bool(contact and contact.profile_url))
        self.refill_button.setEnabled(session.edited)
        self.save_template_button.setEnabled(bool(contact and session.message))

    def _replying(self) -> bool:
        choice, template = self.session.choice, self.session.template
        return bool(choice and choice.reply and template and choice.template == template.name)

    def _why(self, choice: TemplateChoice | None) -> str:
        template, contact = self.session.template, self.session.contact
        if contact is None or template is None:
            return ""
        if choice is not None and choice.template == template.name:
            return f"Suggested for {contact.given_name}: {choice.why}."
        if self.session.picked:
            return f"You chose this template for {contact.given_name}."
        return ""

    def _show_forms(self) -> None:
        session = self.session
        who = session.contact.given_name if session.contact else "them"
        reply = self._replying()
        self.gaps.set_labels(
            {n: question_for(n, who, reply=reply).question for n in session.gap_names}
        )
        self.gaps.set_recipient(session.contact.given_name if session.contact else None)
        self.gaps.restore(session.gaps)
        self.gaps.set_names(session.gap_names)
        self.details.restore(session.details)
        self.details.set_names(session.detail_names)

    def _sync_picker(self) -> None:
        template = self.session.template
        current = self.picker.current()
        if template is not None and (current is None or current.name != template.name):
            self._syncing = True
            self.picker.select(template.name)
            self._syncing = False

    # -- the checker ------------------------------------------------------------------------

    def _check(self) -> None:
        """Local checks now, on every edit; grammar later, in the background. Grammar
        findings for the same text stay in place until a new check replaces them."""
        text = self.session.message
        report = self.session.check(self.context.checker, self.context.sent)
        if report is not None:
            if self._grammar is not None and self._grammar[0] == text:
                report = self._with_grammar(report, *self._grammar)
            else:
                self.grammar.request(text, self._known_words())
        self._show_report(report)

    def _known_words(self) -> tuple[str, ...]:
        return known_words(self.context.settings, self._dictionary)

    def _grammar_checked(self, text: str, matches: list[GrammarMatch]) -> None:
        if text != self.session.message or self._report is None:
            return  # checked an older version of the message
        self._grammar = (text, matches)
        self._show_report(self._with_grammar(self._report, text, matches))

    def _with_grammar(self, report: Report, text: str, matches: list[GrammarMatch]) -> Report:
        draft = self.session.draft
        merged = self.context.checker.with_grammar(
            report,
            text,
            matches,
            contact=draft.contact if draft else None,
            known_words=self._known_words(),
        )
        return self.session.without_ignored(merged)

    def _show_report(self, report: Report | None) -> None:
        self._report = report
        self.message.set_findings(report.findings if report else ())
        contact = self.session.contact
        name = contact.given_name if contact else "them"
        self.checks.show_report(report, name, self.session.message)

    def _apply_suggestion(self, finding: Finding, replacement: str) -> None:
        self.session.replace(finding.start, finding.end, replacement)
        self.refresh()
        self._draft_edited()

    def _ignore(self, finding: Finding) -> None:
        self.session.ignore(finding)
        self.refresh()

    def _add_word(self, word: str) -> None:
        try:
            self._dictionary = add_word(dictionary_path(self.context.data_dir), word)
        except (ValueError, OSError) as exc:
            self.status.emit(f"Not added to your dictionary: {exc}")
            return
        self._grammar = None
        self.status.emit(f"“{word.strip()}” is in your dictionary now.")
        self.refresh()

    # -- the user's edits -------------------------------------------------------------------

    def _suggest(self, contact: Contact) -> TemplateChoice | None:
        context = self.context
        answered = contact.id is not None and bool(context.store.messages(contact.id, limit=1))
        return choose_template(
            contact,
            library=self.session.library,
            settings=context.settings,
            triage=lambda person, note: triage(person, note, context.settings, context.checker),
            places=shipped_places(),
            answered=answered,
            records=self._records,
        )

    def _template_picked(self, template: Template | None) -> None:
        if self._syncing or template is None:
            return
        if self.session.template is not None and template.name == self.session.template.name:
            return
        if self.session.edited and not self._confirm_dropping_edits():
            self.refresh()  # back to the template the message came from
            return
        self.quota.recount()
        self.select_template(template.name)

    def _message_edited(self) -> None:
        if self._syncing:
            return
        self.session.edit(self.message.toPlainText())
        self.refresh()
        self._draft_edited()

    def _typed(self, form: DetailsForm, store: Callable[[str, str], None]) -> None:
        for name, value in form.values().items():
            store(name, value)
        self.refresh()
        self._draft_edited()

    def _save_gaps(self) -> None:
        """Keep what was typed for this message in the contact too (the window saves it;
        the fields then come from the contact and leave the form)."""
        draft = self.session.draft
        if draft is not None and draft.contact != self.session.contact:
            self.save_contact_requested.emit(draft.contact)

    def _draft_edited(self) -> None:
        if self.keeper.shelf.edited(self.session.contact, self.session.unsent_content()):
            self.keeper.soon()

    def _confirm_dropping_edits(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Replace your message?",
            "The template's words will replace the message as you edited it. Ctrl+Z brings "
            "your words back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
