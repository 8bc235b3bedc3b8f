"""The template editor: highlighting, the front matter form kept in step with the text,
built-ins read-only, and duplicating, saving, creating and deleting templates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.library.templates import read_template
from app.ui.templates.editor import TemplateEditor
from app.ui.templates.jinja_highlighter import TOKEN_KIND
from tests.templates_io.helpers import template_text
from tests.ui.template_editor_helpers import open_editor, type_over_all


@pytest.fixture
def editor(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[TemplateEditor]:
    with open_editor(context, monkeypatch) as editor:
        yield editor


def tokens(editor: TemplateEditor, line: int) -> dict[str, str]:
    """The text of each highlighted span on a line (1-based), by token kind."""
    block = editor.source.document().findBlockByNumber(line - 1)
    units = block.text().encode("utf-16-le")  # Qt's positions count UTF-16 units
    found: dict[str, str] = {}
    for span in block.layout().formats():
        kind = span.format.property(TOKEN_KIND)
        if kind:
            piece = units[2 * span.start : 2 * (span.start + span.length)].decode("utf-16-le")
            found[kind] = found.get(kind, "") + piece
    return found


def test_templates_are_listed_mine_first_and_marked(editor: TemplateEditor) -> None:
    rows = [editor.model.index(r).data() for r in range(editor.model.rowCount())]
    assert rows[0] == "My thanks (mine)"  # as the composer names it
    assert "Invite met at event (built-in)" in rows
    assert editor.template is not None and editor.template.name == "my-thanks"


def test_jinja_and_front_matter_are_highlighted(editor: TemplateEditor) -> None:
    editor.select("my-thanks")
    editor.source.setPlainText(
        "---\nname: my-thanks # mine\n---\n"
        "Hi {{ first_name|title }}{# a note #}\n"
        "{% if company %}at {{ 'the ' ~ company }}{% endif %}\n"
        "{{ multi\n| upper }} done"
    )
    assert tokens(editor, 1) == {"delimiter": "---"}
    assert tokens(editor, 2) == {"key": "name", "comment": "# mine"}
    line_4 = tokens(editor, 4)
    assert line_4["tag"] == "{{}}"
    assert line_4["expression"] == " first_name "
    assert line_4["filter"] == "|title"
    assert line_4["comment"] == "{# a note #}"
    line_5 = tokens(editor, 5)
    assert line_5["keyword"] == "ifendif"
    assert line_5["string"] == "'the '"
    assert "at" not in line_5["tag"]
    assert tokens(editor, 6)["expression"] == " multi"  # a tag open across lines
    assert tokens(editor, 7) == {"filter": "| upper", "expression": " ", "tag": "}}"}


def test_highlighting_lands_on_the_right_characters_after_an_emoji(
    editor: TemplateEditor,
) -> None:
    editor.source.setPlainText("---\nname: x\n---\nOlá 😀 {{ first_name }} مرحبا {# x #}")
    assert tokens(editor, 4) == {"tag": "{{}}", "expression": " first_name ", "comment": "{# x #}"}


def test_the_form_shows_the_front_matter_and_edits_it_in_place(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.select("my-thanks")
    form = editor.form
    assert form.name.text() == "my-thanks"
    assert form.kind.currentData() == "thanks"
    assert form.requires.text() == "first_name"

    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.description, " Short")
    form.requires.clear()
    qtbot.keyClicks(form.requires, "first_name, how_met")
    form.channel.setCurrentIndex(form.channel.findData("email"))
    form.channel.activated.emit(form.channel.currentIndex())
    text = editor.source.toPlainText()
    assert "description: A note called my-thanks. Short\n" in text
    assert "requires: [first_name, how_met]\n" in text
    assert "channel: email\n" in text
    assert text.endswith("Thanks, {{ first_name }}!\n")
    assert editor.source.textCursor().atEnd()  # the caret in the body did not move
    assert form.requires.text() == "first_name, how_met"


def test_typing_in_the_text_updates_the_form(qtbot: QtBot, editor: TemplateEditor) -> None:
    editor.select("my-thanks")
    type_over_all(qtbot, editor, template_text("renamed", kind="coffee"))
    assert editor.form.name.text() == "renamed"
    assert editor.form.kind.currentData() == "coffee"
    assert editor.is_modified()


def test_a_built_in_is_read_only_and_duplicates_into_an_editable_copy(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.select("invite-met-at-event")
    assert editor.source.isReadOnly()
    assert editor.form.name.isReadOnly() and not editor.form.kind.isEnabled()
    assert not editor.save_action.isEnabled() and not editor.delete_action.isEnabled()
    assert editor.banner.isVisibleTo(editor)
    builtin_file = editor.template.path if editor.template else None

    with qtbot.waitSignal(editor.library_changed) as reloaded:
        editor.duplicate_action.trigger()
    copy = paths.user_templates_dir() / "invite-met-at-event-copy.j2"
    assert read_template(copy).name == "invite-met-at-event-copy"
    assert "invite-met-at-event-copy" in reloaded.args[0]
    assert editor.template is not None and editor.template.path == copy
    assert not editor.source.isReadOnly() and not editor.banner.isVisibleTo(editor)

    editor.select("invite-met-at-event")
    editor.duplicate_action.trigger()  # the name is taken now: another one
    assert (paths.user_templates_dir() / "invite-met-at-event-copy-2.j2").exists()
    assert builtin_file is not None and "-copy" not in builtin_file.read_text(encoding="utf-8")


def test_save_writes_the_file_and_a_broken_text_is_not_saved(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.select("my-thanks")
    path = paths.user_templates_dir() / "my-thanks.j2"
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.source, "See you soon.")
    assert editor.save_action.isEnabled()
    editor.save_action.trigger()
    assert path.read_text(encoding="utf-8").endswith("!\nSee you soon.")
    assert not editor.is_modified()

    qtbot.keyClicks(editor.source, " {% if %}")
    editor.save_action.trigger()
    assert "Not saved" in editor.problem.text() and "line 9" in editor.problem.text()
    assert path.read_text(encoding="utf-8").endswith("See you soon.")


def test_new_and_delete_work_on_my_templates_only(
    qtbot: QtBot, editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.new_action.trigger()
    created = paths.user_templates_dir() / "my-template.j2"
    assert editor.template is not None and editor.template.path == created

    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    editor.delete_action.trigger()
    assert not created.exists()
    assert "my-template" in asked[0]
    assert editor.model.row_of("my-template") < 0

    editor.select("invite-met-at-event")
    editor.delete_action.trigger()  # disabled for a built-in: nothing asked, nothing gone
    assert len(asked) == 1
    assert Path(paths.builtin_templates_dir() / "invite-met-at-event.j2").exists()


def test_leaving_unsaved_edits_asks_and_cancel_stays(
    qtbot: QtBot, editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.select("my-thanks")
    qtbot.keyClicks(editor.source, "Edited ")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.select("invite-met-at-event")
    assert editor.template is not None and editor.template.name == "my-thanks"
    assert editor.source.toPlainText().startswith("Edited ")
    assert editor.list.currentIndex().row() == editor.model.row_of("my-thanks")


def test_renaming_mine_to_a_built_in_name_asks_first(
    qtbot: QtBot, editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor.select("my-thanks")
    asked: list[str] = []

    def refuse(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    editor.form.name.selectAll()
    qtbot.keyClicks(editor.form.name, "thanks-for-accepting")
    assert not editor.save()
    assert "built-in template is named 'thanks-for-accepting'" in asked[0]
    assert (paths.user_templates_dir() / "my-thanks.j2").exists()
    assert not (paths.user_templates_dir() / "thanks-for-accepting.j2").exists()


def test_the_open_template_follows_an_edit_made_elsewhere(
    qtbot: QtBot, editor: TemplateEditor
) -> None:
    editor.select("my-thanks")
    menu = editor.parentWidget().templates  # the main window's Templates menu
    with qtbot.waitSignal(menu.library_changed, timeout=5_000):
        (paths.user_templates_dir() / "my-thanks.j2").write_text(
            template_text("my-thanks", "Edited elsewhere."), encoding="utf-8"
        )
    assert editor.source.toPlainText().endswith("Edited elsewhere.\n")
    assert not editor.is_modified()
