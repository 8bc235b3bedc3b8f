"""The template editor's right-hand side: a contact to try the template on, the fields
the template uses, and the message it renders to, checked as the composer checks it.

Rendering runs off the GUI thread, after the user pauses typing: a template from someone
else renders in the render worker, which may take up to its time limit to stop a
hostile one, and the window must not wait for that. Results for older text are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.checker import Report
from app.composing.draft import Draft, Preview, check_draft, detail_names, known_words, preview
from app.contacts import EXAMPLE_CONTACT, Contact
from app.context import AppContext
from app.grammar.matches import GrammarMatch
from app.library.fields import field_uses
from app.library.templates import Template
from app.rendering.renderer import template_variables
from app.ui.compose.checks_panel import ChecksPanel
from app.ui.compose.details_form import DetailsForm
from app.ui.compose.grammar_runner import GrammarRunner
from app.ui.compose.message_view import MessageView
from app.ui.compose.question_text import missing_text, question_text
from app.ui.contacts.model import ContactListModel, ContactRole
from app.ui.tasks import run_task
from app.ui.templates.fields_model import TemplateFieldsModel
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.sentence_text import error_text, said_text

# Long enough that a burst of keystrokes renders once, short enough to feel live.
DEBOUNCE_MS = 150


class TemplatePreview(QWidget):
    """Emits `rendered(template, preview)` once a render's result is on screen."""

    rendered = Signal(object, object)

    def __init__(
        self, context: AppContext, contacts: ContactListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._template: Template | None = None
        self._draft: Draft | None = None
        self._generation = 0
        self._text = ""
        self._report: Report | None = None
        self._grammar_result: tuple[str, list[GrammarMatch]] | None = None

        self.contact = QComboBox()
        self.contact.setAccessibleDescription(self.tr("Contact to preview the template for"))
        self.contact.setView(_uniform_list())
        self.contact.setModel(contacts)
        # As wide as the layout makes it: sized to its contents, the box would measure
        # every contact's name.
        self.contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact.setMinimumContentsLength(16)
        completer = QCompleter(self.contact)
        completer.setPopup(_uniform_list())
        completer.setModel(contacts)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Editable with this completer from the start: made editable first, the box would
        # build a completer of its own over every contact, and keep it.
        line = QLineEdit()
        line.setCompleter(completer)
        self.contact.setLineEdit(line)
        self.contact.setCompleter(completer)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contact.currentIndexChanged.connect(self._inputs_changed)
        # With no contacts of their own the user still sees a template filled in.
        line.setPlaceholderText(
            self.tr("{name} (an example: no contacts yet)").format(name=EXAMPLE_CONTACT.name)
        )

        self.fields_model = TemplateFieldsModel()
        self.fields = QListView()
        self.fields.setModel(self.fields_model)
        self.fields.setAccessibleName(self.tr("Fields the template uses"))
        self.details = DetailsForm()
        self.details.changed.connect(self._inputs_changed)

        self.message = MessageView()
        self.message.setAccessibleName(self.tr("Message preview"))
        self.counter = QLabel()
        self.counter.setAccessibleDescription(self.tr("Character count"))
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Why there is no preview"))
        self.checks = ChecksPanel()
        self.grammar = GrammarRunner(context.grammar, context.settings.grammar_language, self)
        self.grammar.checked.connect(self._grammar_checked)
        self.grammar.status_changed.connect(self.checks.show_grammar_status)
        self.checks.show_grammar_status(self.grammar.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render)
        self._lay_out()

    def _lay_out(self) -> None:
        label = QLabel(self.tr("Preview &for"))
        label.setBuddy(self.contact)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.contact, 1)
        fields = QLabel(self.tr("F&ields"))
        fields.setBuddy(self.fields)
        message = QHBoxLayout()
        message.addWidget(QLabel(self.tr("Message")))
        message.addStretch(1)
        message.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(fields)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.details)
        layout.addLayout(message)
        layout.addWidget(self.message, 2)
        layout.addWidget(self.problem)
        layout.addWidget(self.checks, 2)

    def current_contact(self) -> Contact | None:
        """The contact chosen; the example contact while the user has none."""
        if self.contact.count() == 0:
            return EXAMPLE_CONTACT
        contact: Contact | None = self.contact.currentData(ContactRole)
        return contact

    def choose_contact(self, contact_id: int | None) -> None:
        model = self.contact.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ContactRole).id == contact_id:
                self.contact.setCurrentIndex(row)
                return

    def show_template(self, template: Template | None) -> None:
        """Preview this template (None: the text is not a template yet)."""
        self._template = template
        self._inputs_changed()

    def _inputs_changed(self) -> None:
        # Everything waits for the pause in typing, reading the template's fields too:
        # that parses the whole body.
        self._generation += 1
        self._timer.start(DEBOUNCE_MS)

    def _render(self) -> None:
        draft, generation, settings = (
            self._update_fields(),
            self._generation,
            self._context.settings,
        )
        if draft is None:
            self._show(None, Preview(""))
            return
        run_task(
            lambda: preview(draft, settings),
            lambda result, error: self._rendered(generation, draft, result, error),
            self,
        )

    def _update_fields(self) -> Draft | None:
        """Show the fields the template uses and ask for the per-message details; returns
        the draft to render."""
        template, contact = self._template, self.current_contact()
        if template is None:
            self._draft = None
            self.fields_model.set_fields([], "")
            self.details.set_names([])
            return None
        # Which details to ask for depends on the text alone; the values come after.
        names = detail_names(Draft.start(template, contact))
        who = contact.given_name if contact else ""
        self.details.set_labels({name: question_text(name, who) for name in names})
        self.details.set_names(names)
        self._draft = Draft(template, template.body, contact, self.details.values())
        settings = self._context.settings
        variables = template_variables(
            contact, self._draft.details, my_name=settings.my_name, my_location=settings.my_location
        )
        recipient = contact.given_name if contact else ""
        self.fields_model.set_fields(field_uses(template, variables), recipient)
        return self._draft

    def _rendered(
        self, generation: int, draft: Draft, result: Preview | None, error: BaseException | None
    ) -> None:
        if generation != self._generation:
            return  # the template or the contact changed since; a newer render is coming
        if result is None:
            failed = self.tr("The preview failed: {error}").format(
                error=error_text(error) if error else ""
            )
            result = Preview("", error=failed)
        self._show(draft, result)

    def _show(self, draft: Draft | None, result: Preview) -> None:
        self._text = result.text
        self.message.show_message(result.text)
        self.counter.setText(self._count_text(result) if draft else "")
        # Numbered as the editor numbers it: by the line of the file, front matter included.
        at_line = draft.template.file_line(result.error_line) if draft and result.error_line else 0
        problem = missing_text(result.missing) if result.missing else said_text(result.error)
        if problem and at_line:
            problem = self.tr("Line {line}: {problem}").format(line=at_line, problem=problem)
        self.problem.setText(problem)
        report = None
        if draft is not None and result.text:
            settings = self._context.settings
            report = check_draft(
                self._context.checker, draft, result.text, settings, self._context.sent
            )
            if self._grammar_result is not None and self._grammar_result[0] == result.text:
                report = self._with_grammar(report, *self._grammar_result)
            else:
                self.grammar.request(result.text, known_words(settings), report.language)
        self._show_report(report)
        self.rendered.emit(draft.template if draft else None, result)

    def _count_text(self, result: Preview) -> str:
        """ "137 / 200" against the channel's limit, "412 characters" without one."""
        if result.limit is None:
            return self.tr("%Ln characters", "", result.length)
        return self.tr("{length} / {limit}").format(
            length=count_text(result.length), limit=count_text(result.limit)
        )

    def _grammar_checked(self, text: str, matches: list[GrammarMatch]) -> None:
        if text != self._text or self._report is None:
            return  # checked an older version of the message
        self._grammar_result = (text, matches)
        self._show_report(self._with_grammar(self._report, text, matches))

    def _with_grammar(self, report: Report, text: str, matches: list[GrammarMatch]) -> Report:
        known = known_words(self._context.settings) if self._draft else ()
        return self._context.checker.with_grammar(
            report, text, matches, contact=self.current_contact(), known_words=known
        )

    def _show_report(self, report: Report | None) -> None:
        self._report = report
        self.message.set_findings(report.findings if report else ())
        contact = self.current_contact()
        self.checks.show_report(
            report, contact.given_name if contact else self.tr("them", "the contact, unnamed")
        )


def _uniform_list() -> QListView:
    """A list of contacts whose rows are all the height of the first: a list that asks
    each of 10,000 contacts for its size, whenever the editor is laid out, takes seconds."""
    view = QListView()
    view.setUniformItemSizes(True)
    return view
