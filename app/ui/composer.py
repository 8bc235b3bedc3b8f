"""The composer: pick a template, edit the draft, watch the message update, send it."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
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
    channel_label,
    check_draft,
    detail_names,
    known_words,
    preview,
)
from app.grammar.status import GrammarStatus
from app.store import SentMessage, StoreError
from app.template_library import Kind, Template
from app.ui.findings_model import FindingRole, FindingsModel
from app.ui.grammar_runner import GrammarRunner
from app.ui.message_view import MessageView, utf16_index
from app.ui.template_model import TemplateKindFilter, TemplateListModel, TemplateRole


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
        self._detail_edits: dict[str, QLineEdit] = {}
        self._details: dict[str, str] = {}

        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of message")
        self.kind.addItem("All kinds", None)
        for kind in Kind:
            self.kind.addItem(kind.label, kind)
        self.templates_model = TemplateListModel(context.library.templates)
        self.templates_filter = TemplateKindFilter(self.templates_model)
        self.template = QComboBox()
        self.template.setAccessibleName("Template")
        self.template.setModel(self.templates_filter)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.template.currentIndexChanged.connect(self._template_changed)

        self.description = QLabel()
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)

        self.details_box = QGroupBox("Details for this message")
        self.details_form = QFormLayout(self.details_box)

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.source = QPlainTextEdit()
        self.source.setAccessibleName("Template text for this message")
        self.source.setFont(mono)
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(self._source_changed)
        self.reset_button = QPushButton("Reset to template")
        self.reset_button.setAccessibleName("Reset the draft to the template")
        self.reset_button.clicked.connect(self._reset_source)

        self.message = MessageView()
        self.message.setAccessibleName("Message preview")
        self.message.suggestion_chosen.connect(self._apply_suggestion)
        self.message.setPlaceholderText("The message appears here as you write.")
        self.counter = QLabel()
        self.counter.setAccessibleName("Character count")
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)

        self._report = Report("generic", 0, ())
        self.verdict = QLabel()
        self.verdict.setAccessibleName("Verdict and personalisation score")
        self.grammar_state = QLabel()
        self.grammar_state.setObjectName("hint")
        self.grammar_state.setAccessibleName("Grammar checking")
        self.findings_model = FindingsModel()
        self.findings = QListView()
        self.findings.setModel(self.findings_model)
        self.findings.setAccessibleName("What to improve")
        self.findings.setWordWrap(True)
        self.findings.clicked.connect(self._show_finding)
        self.all_clear = QLabel()
        self.all_clear.setObjectName("hint")
        self.all_clear.setWordWrap(True)
        self.grammar = GrammarRunner(context.grammar, context.settings.grammar_language, self)
        self.grammar.checked.connect(self._grammar_checked)
        self.grammar.status_changed.connect(self._show_grammar_status)
        self._show_grammar_status(self.grammar.status)

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
        self._template_changed()

    def _lay_out(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(QLabel("Kind"))
        picker.addWidget(self.kind)
        picker.addSpacing(8)
        picker.addWidget(QLabel("Template"))
        picker.addWidget(self.template, 1)

        source_header = QHBoxLayout()
        source_header.addWidget(_heading("Draft"))
        source_header.addStretch(1)
        source_header.addWidget(self.reset_button)

        message_header = QHBoxLayout()
        message_header.addWidget(_heading("Message"))
        message_header.addStretch(1)
        message_header.addWidget(self.counter)

        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.profile_button)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.record_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker)
        layout.addWidget(self.description)
        layout.addWidget(self.details_box)
        layout.addLayout(source_header)
        layout.addWidget(self.source, 2)
        layout.addLayout(message_header)
        layout.addWidget(self.message, 2)
        layout.addWidget(self.problem)
        checks_header = QHBoxLayout()
        checks_header.addWidget(self.verdict)
        checks_header.addStretch(1)
        checks_header.addWidget(self.grammar_state)
        layout.addLayout(checks_header)
        layout.addWidget(self.findings, 2)
        layout.addWidget(self.all_clear)
        layout.addLayout(actions)

    # -- what the rest of the window tells the composer ----------------------------------

    def set_contact(self, contact: Contact | None) -> None:
        """The contact to write to, as saved or as being typed in the form."""
        self._contact = contact
        self._redraft(contact=contact)
        self.refresh()

    @property
    def report(self) -> Report:
        """What the checker says about the message shown now."""
        return self._report

    def detail_field(self, name: str) -> QLineEdit | None:
        """The input for a per-message detail, when the draft asks for one."""
        return self._detail_edits.get(name)

    def current_template(self) -> Template | None:
        template: Template | None = self.template.currentData(TemplateRole)
        return template

    def select_template(self, name: str) -> None:
        self.kind.setCurrentIndex(0)
        for row in range(self.template.count()):
            template = self.template.itemData(row, TemplateRole)
            if template is not None and template.name == name:
                self.template.setCurrentIndex(row)
                return

    # -- actions --------------------------------------------------------------------------

    def copy_message(self) -> None:
        if not self._preview.sendable:
            return
        QGuiApplication.clipboard().setText(self._preview.text)
        self.status.emit("Message copied to the clipboard.")

    def open_profile(self) -> None:
        if self._contact and self._contact.profile_url:
            QDesktopServices.openUrl(QUrl.fromUserInput(self._contact.profile_url))

    def record_sent(self) -> None:
        draft, contact = self._draft, self._contact
        if draft is None or contact is None or not self._preview.sendable:
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
        self.context.note_sent(contact.id, message.text)
        self.recorded.emit(message)
        self.status.emit(f"Recorded as sent to {contact.name}.")
        self.refresh()

    # -- keeping the preview up to date ---------------------------------------------------

    def refresh(self) -> None:
        if self._draft is None:
            result = Preview("", error="There are no templates to pick from.")
        else:
            result = preview(self._draft, self.context.settings)
        self._preview = result
        self.message.show_message(result.text)
        self._show_counter(result)
        self.problem.setText(self._problem_text(result))
        self._check(result)
        self.copy_button.setEnabled(result.sendable)
        self.record_button.setEnabled(result.sendable and bool(self._contact))
        self.profile_button.setEnabled(bool(self._contact and self._contact.profile_url))

    def _show_counter(self, result: Preview) -> None:
        if result.limit is None:
            self.counter.setText(f"{result.length} characters")
        else:
            self.counter.setText(f"{result.length} / {result.limit}")
        self.counter.setProperty("over", result.over_limit)
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _problem_text(self, result: Preview) -> str:
        if result.error:
            where = f"Line {result.error_line}: " if result.error_line else ""
            return where + result.error
        return ""  # an over-long message is one of the checker's findings

    # -- the checker ----------------------------------------------------------------------

    def _check(self, result: Preview) -> None:
        """Local checks now, on every edit; grammar later, in the background."""
        if self._draft is None or not result.text:
            self._show_report(Report("generic", 0, ()))
            self.verdict.clear()
            return
        settings = self.context.settings
        report = check_draft(
            self.context.checker, self._draft, result.text, settings, self.context.sent
        )
        self._show_report(report)
        self.grammar.request(result.text, known_words(self._draft, settings))

    def _grammar_checked(self, text: str, matches: object) -> None:
        if text != self._preview.text or self._draft is None:
            return  # checked an older version of the message
        merged = self.context.checker.with_grammar(
            self._report,
            text,
            matches,  # type: ignore[arg-type]
            contact=self._contact,
            known_words=known_words(self._draft, self.context.settings),
        )
        self._show_report(merged)

    def _show_report(self, report: Report) -> None:
        self._report = report
        self.findings_model.set_findings(report.findings)
        self.message.set_findings(report.findings)
        self.findings.setVisible(bool(report.findings))
        self.all_clear.setVisible(not report.findings and bool(self._preview.text))
        name = self._contact.given_name if self._contact else "them"
        self.all_clear.setText(f"Nothing to fix: this reads as written for {name}.")
        if self._preview.text:
            verdict = "Personal" if report.verdict == "personal" else "Generic"
            self.verdict.setText(f"{verdict} · score {report.score}/100")
            self.verdict.setProperty("verdict", report.verdict)
            self.verdict.style().unpolish(self.verdict)
            self.verdict.style().polish(self.verdict)

    def _show_grammar_status(self, status: GrammarStatus) -> None:
        self.grammar_state.setText("Grammar: on" if status.ready else f"Grammar: {status.reason}")
        self.grammar_state.setToolTip(status.reason)

    def _show_finding(self, index: QModelIndex) -> None:
        finding: Finding = index.data(FindingRole)
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
        # Through the cursor rather than setPlainText, so Ctrl+Z undoes the replacement.
        cursor = QTextCursor(self.source.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(updated)

    def _kind_changed(self) -> None:
        self.templates_filter.set_kind(self.kind.currentData())
        if self.template.currentIndex() < 0 and self.template.count():
            self.template.setCurrentIndex(0)

    def _template_changed(self) -> None:
        template = self.current_template()
        if template is None:
            self._draft = None
            self.description.clear()
            self._rebuild_details([])
            self.refresh()
            return
        self._draft = Draft(template, template.body, self._contact, dict(self._details))
        self.description.setText(
            f"{template.description}  ·  {channel_label(template.channel, self.context.settings)}"
        )
        self.source.blockSignals(True)
        self.source.setPlainText(template.body)
        self.source.blockSignals(False)
        self._rebuild_details(detail_names(self._draft))
        self.refresh()

    def _source_changed(self) -> None:
        if self._draft is None:
            return
        self._redraft(source=self.source.toPlainText())
        names = detail_names(self._draft)
        if names != list(self._detail_edits):
            self._rebuild_details(names)
        self.refresh()

    def _reset_source(self) -> None:
        if self._draft is not None:
            self.source.setPlainText(self._draft.template.body)

    def _rebuild_details(self, names: list[str]) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self._detail_edits = {}
        for name in names:
            edit = QLineEdit(self._details.get(name, ""))
            label = name.replace("_", " ").capitalize()
            edit.setAccessibleName(label)
            edit.textChanged.connect(lambda text, key=name: self._detail_changed(key, text))
            self.details_form.addRow(label, edit)
            self._detail_edits[name] = edit
        self.details_box.setVisible(bool(names))

    def _detail_changed(self, name: str, text: str) -> None:
        self._details[name] = text
        self._redraft(details=dict(self._details))
        self.refresh()

    def _redraft(self, **changes: Any) -> None:
        if self._draft is not None:
            self._draft = dataclasses.replace(self._draft, **changes)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    return label
