"""The template editor: the library on the left, a template's file in the middle (its
front matter also as a form), and on the right what it renders to for a chosen contact.

Built-in templates open read-only; "Duplicate" makes an editable copy among the user's
own. Every write goes through app/library/user_files.py, which checks the text first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.composing.draft import Preview
from app.context import AppContext
from app.library.templates import (
    Template,
    TemplateFormatError,
    TemplateLibrary,
    load_library,
    template_text,
)
from app.library.user_files import (
    TemplateFileError,
    TextProblem,
    check_front_matter,
    create_user_template,
    delete_user_template,
    new_template_text,
    read_front_matter,
    save_user_template,
    taken_names,
    unique_name,
    with_front_matter_value,
)
from app.ui.contacts.model import ContactListModel
from app.ui.templates.editor_parts import (
    ask_to_save,
    confirm_delete,
    editor_action,
    heading_for,
    name_taken,
)
from app.ui.templates.front_matter_form import FrontMatterForm
from app.ui.templates.jinja_highlighter import JinjaHighlighter
from app.ui.templates.library_list_model import LibraryListModel
from app.ui.templates.preview import TemplatePreview
from app.ui.widgets.keyboard import keyboard_splitter
from app.ui.widgets.sentence_text import error_text, said_text
from app.ui.widgets.text_edits import mark_line, replace_changed_part
from app.ui.window_geometry import resize_within_screen


class TemplateEditor(QDialog):
    """Emits `library_changed` with the library reloaded after each write, and `status`
    with a sentence for the user."""

    library_changed = Signal(object)
    status = Signal(str)
    import_requested = Signal()
    export_requested = Signal(object)  # the list of Templates to export

    def __init__(
        self, context: AppContext, contacts: ContactListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        resize_within_screen(self, QSize(1280, 760))
        self._user_dir = paths.user_templates_dir()
        self._template: Template | None = None
        self._loaded_text = ""
        self._render_problem: TextProblem | None = None
        self._front_problem: TextProblem | None = None

        self.model = LibraryListModel(context.library)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.form = FrontMatterForm()
        self.form.edited.connect(self._form_edited)
        self.source = QPlainTextEdit()
        self.source.setAccessibleName(self.tr("Template file text"))
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Long lines wrap: a template's paragraphs are one line each, and a sideways
        # scroll hides the end of what is being written.
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = JinjaHighlighter(self.source.document())
        self.source.textChanged.connect(self._text_changed)
        self.banner = QLabel(
            self.tr("Built-in template: read-only. Duplicate it (Ctrl+D) to make your own version.")
        )
        self.banner.setObjectName("hint")
        self.banner.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Problem in the template"))
        self.preview = TemplatePreview(context, contacts)
        self.preview.rendered.connect(self._rendered)

        self.new_action = editor_action(self, self.tr("&New template"), "Ctrl+N", self.new_template)
        self.duplicate_action = editor_action(
            self, self.tr("&Duplicate to my templates"), "Ctrl+D", self.duplicate
        )
        self.save_action = editor_action(self, self.tr("&Save"), "Ctrl+S", self.save)
        self.delete_action = editor_action(
            self, self.tr("De&lete…"), "Ctrl+Shift+Delete", self.delete
        )
        self.import_action = editor_action(
            self, self.tr("&Import…"), "Ctrl+I", self.import_requested.emit
        )
        self.export_action = editor_action(
            self,
            self.tr("&Export selected…"),
            "Ctrl+E",
            lambda: self.export_requested.emit(self.selected_templates()),
        )
        self._lay_out()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _lay_out(self) -> None:
        # Two columns: five buttons side by side (or three) would make the list as wide as
        # they are, and the dialog wider than a laptop's screen at 150% scaling.
        buttons = QGridLayout()
        actions = (
            self.new_action,
            self.duplicate_action,
            self.delete_action,
            self.import_action,
            self.export_action,
        )
        for position, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, position // 2, position % 2)
        left = QVBoxLayout()
        left.addWidget(heading_for(self.tr("&Templates"), self.list))
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        save = QToolButton()
        save.setDefaultAction(self.save_action)
        save.setAccessibleName(self.tr("Save the template"))
        header = QHBoxLayout()
        header.addWidget(heading_for(self.tr("Te&xt"), self.source))
        header.addStretch(1)
        header.addWidget(save)
        middle = QVBoxLayout()
        middle.addWidget(self.banner)
        middle.addWidget(self.form)
        middle.addLayout(header)
        middle.addWidget(self.source, 1)
        middle.addWidget(self.problem)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, middle):
            panel = QWidget()
            panel.setLayout(part)
            splitter.addWidget(panel)
        splitter.addWidget(self.preview)
        # The text is the work: it gets the most room when the dialog grows, the list least.
        for index, stretch in enumerate((1, 4, 3)):
            splitter.setStretchFactor(index, stretch)
        splitter.setSizes([260, 560, 460])
        keyboard_splitter(
            splitter,
            [
                self.tr("Between the templates and the text"),
                self.tr("Between the text and the preview"),
            ],
        )
        QVBoxLayout(self).addWidget(splitter)

    # -- what the editor shows ------------------------------------------------------------

    @property
    def template(self) -> Template | None:
        """The template open in the editor, as last loaded or saved."""
        return self._template

    @property
    def editable(self) -> bool:
        return self._template is not None and self._template.source == "user"

    def is_modified(self) -> bool:
        return self.editable and self.source.toPlainText() != self._loaded_text

    def selected_templates(self) -> list[Template]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        return [t for row in rows if (t := self.model.template_at(row)) is not None]

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def set_library(self, library: TemplateLibrary) -> None:
        """Show a reloaded library. The open template follows its file when the user has
        no unsaved edits; with edits, the text stays and saving will replace the file."""
        name = self._template.name if self._template else None
        modified = self.is_modified()
        with QSignalBlocker(self.list.selectionModel()):
            self.model.set_library(library)
            row = self.model.row_of(name) if name else -1
            if row < 0 and not modified:
                row = 0
            self.list.setCurrentIndex(self.model.index(row))  # none, for row -1
        if modified:
            if row < 0:
                self.status.emit(
                    self.tr("The template's file was removed; saving writes it again.")
                )
            return
        current = self.model.template_at(row)
        if current != self._template:
            self._open(current)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self._leave():
            with QSignalBlocker(self.list.selectionModel()):
                self.list.setCurrentIndex(previous)
            return
        self._open(self.model.template_at(current.row()))

    def _open(self, template: Template | None) -> None:
        text = ""
        if template is not None and template.path is not None:
            try:
                text = template_text(template.path)
            except TemplateFormatError as exc:
                self.status.emit(error_text(exc))
        self._template = template
        self._loaded_text = text
        self._render_problem = None
        read_only = not self.editable
        self.source.setReadOnly(read_only)
        self.form.set_read_only(read_only)
        self.banner.setVisible(template is not None and read_only)
        if text == self.source.toPlainText():
            self._text_changed()  # just saved: the caret and undo history stay
        else:
            self.source.setPlainText(text)  # a new document: no undoing into another file

    # -- keeping text, form, preview and problems in step ---------------------------------

    def _text_changed(self) -> None:
        text = self.source.toPlainText()
        self.form.show_values(read_front_matter(text))
        checked = check_front_matter(text)
        if isinstance(checked, TextProblem):
            self._front_problem = checked
            self.preview.show_template(None)
        else:
            self._front_problem = None
            # An unchanged built-in renders as what it is: trusted, in this process.
            unchanged = self._template is not None and text == self._loaded_text
            shown = self._template if unchanged and not self.editable else checked
            self.preview.show_template(shown)
        self._show_problem()
        self._update_actions()

    def _form_edited(self, key: str, value: str | list[str]) -> None:
        if self.editable:
            text = self.source.toPlainText()
            replace_changed_part(self.source, with_front_matter_value(text, key, value))

    def _rendered(self, template: Template | None, result: Preview) -> None:
        if template is not None and result.error_line:
            line = template.file_line(result.error_line)
            self._render_problem = TextProblem(result.error, line)
        else:
            self._render_problem = None
        self._show_problem()

    def _show_problem(self) -> None:
        problem = self._front_problem or self._render_problem
        if problem is None:
            self.problem.clear()
        else:
            said = said_text(problem.detail)
            detail = said[:1].upper() + said[1:]
            if problem.line:
                detail = self.tr("Line {line}: {problem}").format(line=problem.line, problem=detail)
            self.problem.setText(detail)
        mark_line(self.source, problem.line if problem else None, self.problem.text())

    def _update_actions(self) -> None:
        self.duplicate_action.setEnabled(self._template is not None)
        self.delete_action.setEnabled(self.editable)
        self.save_action.setEnabled(self.is_modified())
        if self._template is None:
            self.setWindowTitle(self.tr("Templates"))
        else:
            modified = " *" if self.is_modified() else ""
            self.setWindowTitle(
                self.tr("{name}{modified} — Templates").format(
                    name=self._template.name, modified=modified
                )
            )

    # -- files ----------------------------------------------------------------------------

    def save(self) -> bool:
        template = self._template
        if template is None or not self.is_modified():
            return True
        text = self.source.toPlainText()
        if not self._name_is_free(text):
            return False
        try:
            path = save_user_template(text, self._user_dir, template.path)
        except TemplateFileError as exc:
            not_saved = self.tr("Not saved: {problem}").format(problem=error_text(exc))
            self.status.emit(not_saved)
            self.problem.setText(not_saved)
            mark_line(self.source, exc.line, error_text(exc))
            return False
        self._loaded_text = text
        self._reload(path)
        self.status.emit(self.tr("Saved {file}.").format(file=path.name))
        return True

    def new_template(self) -> None:
        if self._leave():
            self._create(
                new_template_text("my-template"),
                "my-template",
                self.tr("Created {file} in your templates."),
            )

    def duplicate(self) -> None:
        template = self._template
        # The copy is of the file as saved: the user saves or drops any edits first.
        if template is not None and self._leave():
            self._create(
                self._loaded_text,
                f"{template.name}-copy",
                self.tr("Duplicated as {file} in your templates."),
            )

    def _create(self, text: str, wanted: str, done: str) -> None:
        """Write a new template file; `done` says so, with {file} for its name."""
        taken = {t.name for t in self._listed_templates()} | taken_names(self._user_dir)
        name = unique_name(wanted, taken)
        try:
            path = create_user_template(text, name, self._user_dir)
        except TemplateFileError as exc:
            self.status.emit(
                self.tr("No template was created: {problem}").format(problem=error_text(exc))
            )
            return
        self._reload(path)
        self.status.emit(done.format(file=path.name))

    def delete(self) -> None:
        template = self._template
        if template is None or not self.editable:
            return
        if not confirm_delete(self, template.name, self._user_dir):
            return
        try:
            delete_user_template(template, self._user_dir)
        except TemplateFileError as exc:
            self.status.emit(error_text(exc))
            return
        self._loaded_text = self.source.toPlainText()  # nothing left to save
        self._reload(None)
        self.status.emit(self.tr("Deleted {name}.").format(name=template.name))

    def _listed_templates(self) -> list[Template]:
        return [t for row in range(self.model.rowCount()) if (t := self.model.template_at(row))]

    def _reload(self, opened: Path | None) -> None:
        """Reload after a write, open the file written (or the first template), and tell
        the rest of the window."""
        library = load_library()
        match = [t for t in library.templates if opened and t.path == opened]
        with QSignalBlocker(self.list.selectionModel()):
            self.model.set_library(library)
            row = self.model.row_of(match[0].name) if match else 0
            self.list.setCurrentIndex(self.model.index(row))
        self._open(self.model.template_at(row))
        self.library_changed.emit(library)

    def _name_is_free(self, text: str) -> bool:
        refusal = name_taken(self, text, self._template, self._listed_templates())
        if refusal:
            self.status.emit(refusal)
        return refusal is None

    def _leave(self) -> bool:
        """Before the open template is replaced: save, discard or stay."""
        if not self.is_modified():
            return True
        answer = ask_to_save(self, self._template.name if self._template else "")
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer != QMessageBox.StandardButton.Discard:
            return False
        self.source.setPlainText(self._loaded_text)  # a reopened editor shows the file
        return True

    def reject(self) -> None:
        if self._leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leave():
            super().closeEvent(event)
        else:
            event.ignore()
