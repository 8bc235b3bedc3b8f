"""The composer: pick a template, edit the draft, watch the message update, send it."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.checker import Finding, Report
from app.composing.draft import (
    Draft,
    Preview,
    apply_suggestion,
    check_draft,
    detail_names,
    known_words,
    preview,
)
from app.composing.gaps import fill_gaps, gap_fields
from app.composing.saved_drafts import DraftContent, DraftFolder
from app.contacts import Contact
from app.context import AppContext
from app.grammar.matches import GrammarMatch
from app.library.templates import Template, TemplateLibrary
from app.store import SentMessage, StoreError
from app.ui.compose.checks_panel import ChecksPanel
from app.ui.compose.details_form import DetailsForm
from app.ui.compose.draft_keeper import DraftKeeper
from app.ui.compose.gap_form import GapForm
from app.ui.compose.grammar_runner import GrammarRunner
from app.ui.compose.message_view import MessageView, utf16_index
from app.ui.compose.quota_notice import QuotaNotice
from app.ui.compose.recommendations_view import RecommendationsView
from app.ui.compose.template_picker import TemplatePicker
from app.ui.style import hold_size

_WEB_SCHEMES = ("http", "https")


class Composer(QWidget):
    """Emits `recorded` with the stored message after "Record as sent", `status` with a
    sentence for the status bar, and `save_contact_requested` with the contact and the
    fields filled in for this message, when the user asks to keep them in the contact."""

    recorded = Signal(object)
    status = Signal(str)
    save_contact_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._contact: Contact | None = None
        self._draft: Draft | None = None
        self._preview = Preview("")
        self._report: Report | None = None
        self._grammar: tuple[str, list[GrammarMatch]] | None = None
        self._last_recorded: tuple[int | None, str] | None = None
        # What the draft held when it was recorded: done with, so not kept as a draft.
        self._sent_content: DraftContent | None = None
        self.keeper = DraftKeeper(DraftFolder(context.data_dir / "drafts"), self)
        self.keeper.problem.connect(self.status)

        self.picker = TemplatePicker(context.library.templates, context.settings)
        self.picker.template_changed.connect(self._template_changed)
        self.details = DetailsForm()
        self.details.changed.connect(self._details_changed)
        self.gaps = GapForm()
        self.gaps.changed.connect(self._gaps_changed)
        self.gaps.save_requested.connect(self._save_gaps)

        self.source = QPlainTextEdit()
        self.source.setAccessibleName("Template text for this message")
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(self._source_changed)
        self.reset_button = QPushButton("Reset to template")
        self.reset_button.setAccessibleName("Reset the draft to the template")
        self.reset_button.clicked.connect(self._reset_source)

        self.message = MessageView()
        self.message.setAccessibleName("Message preview")
        self.message.setPlaceholderText("The message appears here as you write.")
        self.message.suggestion_chosen.connect(self._apply_suggestion)
        self.counter = QLabel()
        self.counter.setAccessibleName("Character count")
        hold_size(self.counter, "00000 / 00000", bold=True)  # bold when over the limit
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.quota = QuotaNotice(self)
        self.recommendations = RecommendationsView(context)

        self.checks = ChecksPanel()
        self.checks.finding_clicked.connect(self._show_finding)
        self.grammar = GrammarRunner(context.grammar, context.settings.grammar_language, self)
        self.grammar.checked.connect(self._grammar_checked)
        self.grammar.status_changed.connect(self.checks.show_grammar_status)
        self.checks.show_grammar_status(self.grammar.status)

        self.copy_button = QPushButton("Copy")
        self.copy_button.setAccessibleName("Copy the message")
        self.copy_button.clicked.connect(self.copy_message)
        self.profile_button = QPushButton("Open profile")
        self.profile_button.setAccessibleName("Open the contact's profile")
        self.profile_button.clicked.connect(self.open_profile)
        self.record_button = QPushButton("Record as sent")
        self.record_button.setAccessibleName("Record the message as sent")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record_sent)

        self._lay_out()
        self._template_changed(self.picker.current())

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.recommendations)
        layout.addWidget(self.details)
        layout.addWidget(self.gaps)
        layout.addLayout(_header("Draft", self.reset_button))
        layout.addWidget(self.source, 2)
        layout.addLayout(_header("Message", self.quota.line, self.counter))
        layout.addWidget(self.quota.warning)
        layout.addWidget(self.message, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.checks, 2)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.profile_button, self.copy_button, self.record_button):
            actions.addWidget(button)
        layout.addLayout(actions)

    # -- what the rest of the window tells the composer, and asks of it -------------------

    def set_contact(self, contact: Contact | None) -> None:
        """The contact to write to, as saved or as being typed in the form. Moving to a
        different person puts the draft aside and brings back the one left for them, so
        a note written for one person never carries over to another."""
        previous = self._contact.id if self._contact else None
        current = contact.id if contact else None
        leaving = self._unsent_content()
        self._contact = contact
        self.recommendations.set_contact(contact)
        self.gaps.set_recipient(contact.given_name if contact else None)
        self._redraft(contact=self._filled_contact())
        if current == previous:
            self.refresh()
            return
        self.quota.recount()
        self._sent_content = None
        # No id -> an id: a new contact just got saved (or the first one was picked); the
        # draft being written is for them, unless they have one of their own waiting.
        if previous is None and current is not None and not self.keeper.has_draft(current):
            self.refresh()
            self._draft_edited()
            return
        self.keeper.put_aside(previous, leaving)
        content, notice = self.keeper.take(contact)
        self._show_content(content)
        if notice:
            self.status.emit(notice)

    @property
    def report(self) -> Report:
        """What the checker says about the message shown now."""
        return self._report or Report("generic", 0, ())

    @property
    def template(self) -> Template | None:
        return self._draft.template if self._draft else None

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
        self.picker.select(name)

    def set_library(self, library: TemplateLibrary) -> None:
        """Offer a reloaded template library (a template file changed on disk)."""
        self.picker.set_library(library)

    def settings_changed(self) -> None:
        """The context's settings, and perhaps its grammar service, were replaced: count
        against the new note limit and check grammar again with the new service."""
        self.picker.set_settings(self.context.settings)
        self.grammar.use(self.context.grammar, self.context.settings.grammar_language)
        self._grammar = None
        self.recommendations.refresh()
        self.refresh()

    # -- actions ----------------------------------------------------------------------------

    def copy_message(self) -> None:
        if self._preview.sendable:
            QGuiApplication.clipboard().setText(self._preview.text)
            self.status.emit("Message copied to the clipboard.")

    def open_profile(self) -> None:
        url = QUrl.fromUserInput(self._contact.profile_url if self._contact else "")
        # Only web pages: a profile field must not open local files or run other handlers.
        if url.isValid() and url.scheme() in _WEB_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.status.emit("The profile address is not a web address (https://…).")

    def record_sent(self) -> None:
        draft, contact = self._draft, self._contact
        if draft is None or contact is None or not self._can_record():
            return
        if contact.id is None:
            self.status.emit("Save the contact first, then record the message.")
            return
        if not self.quota.confirm_past_quota(self):
            return
        try:
            message: SentMessage = self.context.store.record_message(
                contact,
                template=draft.template.name,
                kind=draft.template.kind.value,
                channel=draft.template.channel.value,
                text=self._preview.text,
                score=self._report.score if self._report else None,
            )
        except StoreError as exc:
            self.status.emit(f"Not recorded: {exc}")
            return
        self._last_recorded = (contact.id, message.text)
        self._sent_content = self._content()
        self.keeper.forget(contact.id)
        self.quota.recount()
        self.recommendations.refresh()
        self.context.note_sent(contact.id, message.text)
        self.recorded.emit(message)
        self.refresh()

    # -- keeping the preview up to date -------------------------------------------------------

    def history_changed(self) -> None:
        """Messages were recorded elsewhere (an import): count this month's notes again."""
        self.quota.recount()
        self.recommendations.refresh()
        self.refresh()

    def refresh(self) -> None:
        result = self._render()
        if self._draft is not None:
            asked = self.gaps.names()
            names = gap_fields(self._draft.source, self._contact, result.missing, asked)
            if names != asked:
                self.gaps.set_names(names)
                self._redraft(contact=self._filled_contact())
                result = self._render()
        self._preview = result
        self.message.show_message(result.text)
        self._show_counter(result)
        where = f"Line {result.error_line}: " if result.error_line else ""
        # An over-long message is one of the checker's findings, not a problem here.
        self.problem.setText(where + result.error if result.error else "")
        # "Pick a contact" is guidance, not an error: shown quietly.
        guidance = self._contact is None
        if self.problem.property("guidance") != guidance:
            self.problem.setProperty("guidance", guidance)
            self.problem.style().unpolish(self.problem)
            self.problem.style().polish(self.problem)
        self._check(result)
        channel = self._draft.template.channel if self._draft else None
        self.quota.show_for(channel, self.context.store, self.context.settings)
        self.copy_button.setEnabled(result.sendable)
        self.record_button.setEnabled(self._can_record())
        self.profile_button.setEnabled(bool(self._contact and self._contact.profile_url))

    def _render(self) -> Preview:
        if self._draft is None:
            return Preview("", error="There are no templates to pick from.")
        return preview(self._draft, self.context.settings)

    def _can_record(self) -> bool:
        """A complete message, to a contact, not the one just recorded for them (a second
        press of Ctrl+Return must not count the same message twice)."""
        contact = self._contact
        if contact is None or not self._preview.sendable:
            return False
        return self._last_recorded != (contact.id, self._preview.text)

    def _show_counter(self, result: Preview) -> None:
        limit = f" / {result.limit}" if result.limit is not None else " characters"
        self.counter.setText(f"{result.length}{limit}")
        if self.counter.property("over") != result.over_limit:
            self.counter.setProperty("over", result.over_limit)
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)

    # -- the checker ------------------------------------------------------------------------

    def _check(self, result: Preview) -> None:
        """Local checks now, on every edit; grammar later, in the background. Grammar
        findings for the same text stay in place until a new check replaces them."""
        if self._draft is None or not result.text:
            self._show_report(None)
            return
        settings = self.context.settings
        report = check_draft(
            self.context.checker, self._draft, result.text, settings, self.context.sent
        )
        if self._grammar is not None and self._grammar[0] == result.text:
            report = self._with_grammar(report, *self._grammar)
        else:
            self.grammar.request(result.text, known_words(settings))
        self._show_report(report)

    def _grammar_checked(self, text: str, matches: list[GrammarMatch]) -> None:
        if text != self._preview.text or self._draft is None or self._report is None:
            return  # checked an older version of the message
        self._grammar = (text, matches)
        self._show_report(self._with_grammar(self._report, text, matches))

    def _with_grammar(self, report: Report, text: str, matches: list[GrammarMatch]) -> Report:
        assert self._draft is not None
        return self.context.checker.with_grammar(
            report,
            text,
            matches,
            contact=self._draft.contact,
            known_words=known_words(self.context.settings),
        )

    def _show_report(self, report: Report | None) -> None:
        self._report = report
        findings = report.findings if report else ()
        self.message.set_findings(findings)
        name = self._contact.given_name if self._contact else "them"
        self.checks.show_report(report, name)

    def _show_finding(self, finding: Finding) -> None:
        text = self._preview.text
        cursor = self.message.textCursor()
        cursor.setPosition(utf16_index(text, finding.start))
        cursor.setPosition(utf16_index(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
        self.message.setTextCursor(cursor)

    def _apply_suggestion(self, finding: Finding, replacement: str) -> None:
        if self._draft is None:
            return
        updated = apply_suggestion(
            self._draft, self._preview.text, finding.start, finding.end, replacement
        )
        if updated is None:
            self.status.emit(
                "That text comes from a contact field or appears twice: edit the draft."
            )
            return
        self._replace_source(updated)

    # -- the draft ----------------------------------------------------------------------------

    def _template_changed(self, template: Template | None) -> None:
        if template is None:
            self._draft = None
            self.details.set_names([])
            self.gaps.set_names([])
            self.refresh()
            return
        draft = self._draft
        if draft and draft.template.name == template.name and draft.source != draft.template.body:
            # The same template, reloaded from its changed file: the user's edits to this
            # draft stay, and "Reset to template" now brings back the new text.
            self._redraft(template=template)
            self.refresh()
            return
        self.quota.recount()
        contact = self._filled_contact()
        self._draft = Draft(template, template.body, contact, self.details.values())
        self._replace_source(template.body)

    def _replace_source(self, text: str) -> None:
        """Change the draft's text through the editor's cursor, so Ctrl+Z brings back what
        was there (after a template switch, a reset or an applied suggestion)."""
        if self.source.toPlainText() == text:
            self._source_changed()
            return
        cursor = QTextCursor(self.source.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def _source_changed(self) -> None:
        if self._draft is None:
            return
        self._redraft(source=self.source.toPlainText())
        assert self._draft is not None
        self.details.set_names(detail_names(self._draft))
        self._redraft(details=self.details.values())
        self.refresh()
        self._draft_edited()

    def _details_changed(self) -> None:
        self._redraft(details=self.details.values())
        self.refresh()
        self._draft_edited()

    def _gaps_changed(self) -> None:
        self._redraft(contact=self._filled_contact())
        self.refresh()
        self._draft_edited()

    def _save_gaps(self) -> None:
        """Keep what was typed for this message in the contact too (the window saves it;
        the fields then come from the contact and leave the form)."""
        filled = self._filled_contact()
        if filled is not None and filled != self._contact:
            self.save_contact_requested.emit(filled)

    def _filled_contact(self) -> Contact | None:
        """The contact with the fields typed in for this message."""
        return fill_gaps(self._contact, self.gaps.values()) if self._contact else None

    def _reset_source(self) -> None:
        if self._draft is not None:
            self._replace_source(self._draft.template.body)

    # -- keeping drafts --------------------------------------------------------------------

    def _content(self) -> DraftContent | None:
        """What the user typed into the draft shown; None when it is just the template."""
        draft = self._draft
        if draft is None:
            return None
        source = None if draft.source == draft.template.body else draft.source
        content = DraftContent(
            draft.template.name, source, self.details.values(), self.gaps.values()
        )
        return None if content.blank else content

    def _unsent_content(self) -> DraftContent | None:
        content = self._content()
        return None if content == self._sent_content else content

    def _draft_edited(self) -> None:
        self.keeper.edited(self._contact, self._unsent_content())

    def _show_content(self, content: DraftContent | None) -> None:
        """Bring back a kept draft, or start afresh from the template shown."""
        self.details.restore(content.details if content else {})
        self.gaps.restore(content.gaps if content else {})
        self.gaps.set_names([])  # asked afresh for this contact
        self._redraft(contact=self._filled_contact(), details=self.details.values())
        if content is None:
            if self._draft is not None:
                self._replace_source(self._draft.template.body)
            else:
                self.refresh()
            return
        self.picker.select(content.template)
        template = self.template
        if template is None:
            self.refresh()
            return
        if template.name != content.template:
            self.status.emit(
                f"The template “{content.template}” of your draft is no longer in your "
                f"library; your text is kept with “{template.name}”."
            )
        self._replace_source(template.body if content.source is None else content.source)

    def _redraft(self, **changes: Any) -> None:
        if self._draft is not None:
            self._draft = dataclasses.replace(self._draft, **changes)


def _header(title: str, *right: QWidget) -> QHBoxLayout:
    label = QLabel(title)
    label.setObjectName("heading")
    row = QHBoxLayout()
    row.addWidget(label)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row
