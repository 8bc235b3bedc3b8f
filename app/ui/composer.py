"""The composer: pick a template, edit the draft, watch the message update, send it."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QUrl, Signal
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
from app.contacts import Contact
from app.context import AppContext
from app.drafting import (
    Draft,
    Preview,
    apply_suggestion,
    check_draft,
    detail_names,
    known_words,
    preview,
)
from app.grammar.matches import GrammarMatch
from app.store import SentMessage, StoreError
from app.template_library import Template
from app.ui.checks_panel import ChecksPanel
from app.ui.details_form import DetailsForm
from app.ui.grammar_runner import GrammarRunner
from app.ui.message_view import MessageView, utf16_index
from app.ui.template_picker import TemplatePicker

_WEB_SCHEMES = ("http", "https")


@dataclasses.dataclass(frozen=True)
class _Kept:
    """A draft the user left to write to someone else, to come back to."""

    template: str
    source: str
    details: dict[str, str]


class Composer(QWidget):
    """Emits `recorded` with the stored message after "Record as sent", and `status`
    with a sentence for the status bar."""

    recorded = Signal(object)
    status = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._contact: Contact | None = None
        self._draft: Draft | None = None
        self._preview = Preview("")
        self._report: Report | None = None
        self._grammar: tuple[str, list[GrammarMatch]] | None = None
        self._kept: dict[int | None, _Kept] = {}
        self._last_recorded: tuple[int | None, str] | None = None

        self.picker = TemplatePicker(context.library.templates, context.settings)
        self.picker.template_changed.connect(self._template_changed)
        self.details = DetailsForm()
        self.details.changed.connect(self._details_changed)

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
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)

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
        layout.addWidget(self.details)
        layout.addLayout(_header("Draft", self.reset_button))
        layout.addWidget(self.source, 2)
        layout.addLayout(_header("Message", self.counter))
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
        self._contact = contact
        self._redraft(contact=contact)
        # No id -> an id: a new contact just got saved (or the first one was picked); the
        # draft being written is for them.
        adopted = previous is None and current is not None
        if current != previous and not adopted:
            self._switch_drafts(previous, current)
        self.refresh()

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

    def select_template(self, name: str) -> None:
        self.picker.select(name)

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
        try:
            message: SentMessage = self.context.store.record_message(
                contact,
                template=draft.template.name,
                kind=draft.template.kind.value,
                channel=draft.template.channel.value,
                text=self._preview.text,
            )
        except StoreError as exc:
            self.status.emit(f"Not recorded: {exc}")
            return
        self._last_recorded = (contact.id, message.text)
        self.context.note_sent(contact.id, message.text)
        self.recorded.emit(message)
        self.refresh()

    # -- keeping the preview up to date -------------------------------------------------------

    def refresh(self) -> None:
        if self._draft is None:
            result = Preview("", error="There are no templates to pick from.")
        else:
            result = preview(self._draft, self.context.settings)
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
        self.copy_button.setEnabled(result.sendable)
        self.record_button.setEnabled(self._can_record())
        self.profile_button.setEnabled(bool(self._contact and self._contact.profile_url))

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
            self.grammar.request(result.text, known_words(self._draft, settings))
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
            contact=self._contact,
            known_words=known_words(self._draft, self.context.settings),
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
            self.refresh()
            return
        self._draft = Draft(template, template.body, self._contact, self.details.values())
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

    def _details_changed(self) -> None:
        self._redraft(details=self.details.values())
        self.refresh()

    def _reset_source(self) -> None:
        if self._draft is not None:
            self._replace_source(self._draft.template.body)

    def _switch_drafts(self, previous: int | None, current: int | None) -> None:
        draft = self._draft
        edited = draft is not None and (
            draft.source != draft.template.body or any(draft.details.values())
        )
        if draft is not None and edited:
            self._kept[previous] = _Kept(draft.template.name, draft.source, dict(draft.details))
        kept = self._kept.pop(current, None)
        self.details.restore(kept.details if kept else {})
        if kept is not None:
            self.picker.select(kept.template)
            self._replace_source(kept.source)
        elif draft is not None:
            self._replace_source(draft.template.body)

    def _redraft(self, **changes: Any) -> None:
        if self._draft is not None:
            self._draft = dataclasses.replace(self._draft, **changes)


def _header(title: str, right: QWidget) -> QHBoxLayout:
    label = QLabel(title)
    label.setObjectName("heading")
    row = QHBoxLayout()
    row.addWidget(label)
    row.addStretch(1)
    row.addWidget(right)
    return row
