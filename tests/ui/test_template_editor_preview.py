"""The editor's preview: fields the chosen contact lacks are marked, the message follows
the text, errors are shown at their line, and the message is checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.rendering import renderer as rendering
from app.ui.contacts.model import ContactRole
from app.ui.templates.editor import TemplateEditor
from app.ui.templates.fields_model import MissingRole
from tests.templates_io.helpers import template_text
from tests.ui.template_editor_helpers import open_editor, type_over_all

RENDER_TIMEOUT = 10_000  # the first render may wait for the render worker to start


@pytest.fixture
def editor(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[TemplateEditor]:
    with open_editor(context, monkeypatch) as editor:
        yield editor


def choose(editor: TemplateEditor, name: str) -> None:
    combo = editor.preview.contact
    row = next(r for r in range(combo.count()) if combo.itemData(r, ContactRole).name == name)
    combo.setCurrentIndex(row)


def fields(editor: TemplateEditor) -> dict[str, bool]:
    """Each listed field as shown, and whether it is marked missing."""
    model = editor.preview.fields_model
    return {
        model.index(r).data(): model.index(r).data(MissingRole) for r in range(model.rowCount())
    }


def test_fields_the_contact_lacks_are_marked(qtbot: QtBot, editor: TemplateEditor) -> None:
    body = "Hi {{ first_name }}, we met {{ how_met }}.{% if company %} {{ company }}{% endif %}"
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        type_over_all(qtbot, editor, template_text("my-thanks", body))
        choose(editor, "Bo Chen")
    assert fields(editor) == {
        "First name (first_name)": False,
        "Company (company)": False,
        "How you met (how_met) · missing": True,
    }
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        choose(editor, "Ana Souza")
    assert not any(fields(editor).values())


def test_the_preview_follows_the_text_and_the_contact(qtbot: QtBot, editor: TemplateEditor) -> None:
    choose(editor, "Ana Souza")
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        qtbot.keyClicks(editor.source, "See you in {{ location }}.")
    assert editor.preview.message.toPlainText() == "Thanks, Ana!\nSee you in Lisbon."
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        choose(editor, "Bo Chen")
    assert editor.preview.message.toPlainText() == "Thanks, Bo!\nSee you in Toronto."


def test_my_template_renders_in_the_worker_never_in_this_process(
    qtbot: QtBot, editor: TemplateEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The in-process renderer is replaced by one that fails: a preview that appears can
    # only have come from the render worker's process.
    def in_process(*args: object) -> str:
        raise AssertionError("an untrusted template rendered in the window's process")

    monkeypatch.setattr(rendering, "render_here", in_process)
    choose(editor, "Bo Chen")
    editor.source.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        qtbot.keyClicks(editor.source, "Bye.")
    assert editor.preview.message.toPlainText() == "Thanks, Bo!\nBye."


@pytest.mark.parametrize(
    ("body", "line", "complaint"),
    [
        ("Hi {{ first_name }},\n{{ first_name.__class__ }}", 9, "not allowed"),
        ("Hi {{ first_name }},\n\n{% if %}", 10, "Template syntax"),
    ],
)
def test_a_template_error_is_shown_at_its_line(
    qtbot: QtBot, editor: TemplateEditor, body: str, line: int, complaint: str
) -> None:
    choose(editor, "Ana Souza")
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        type_over_all(qtbot, editor, template_text("my-thanks", body))
    assert editor.problem.text().startswith(f"Line {line}: ")
    assert complaint in editor.problem.text()
    # The preview numbers the error as the editor does: one line, one number.
    assert editor.preview.problem.text().startswith(f"Line {line}: ")
    marked = {s.cursor.blockNumber() + 1 for s in editor.source.extraSelections()}
    assert marked == {line}
    assert editor.preview.message.toPlainText() == ""


def test_a_front_matter_error_is_shown_at_its_line(qtbot: QtBot, editor: TemplateEditor) -> None:
    type_over_all(qtbot, editor, template_text("my-thanks", kind="poem"))
    assert editor.problem.text().startswith("Line 3: 'kind' must be one of")
    assert {s.cursor.blockNumber() + 1 for s in editor.source.extraSelections()} == {3}
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        editor.form.kind.setCurrentIndex(editor.form.kind.findData("thanks"))
        editor.form.kind.activated.emit(editor.form.kind.currentIndex())
    assert editor.problem.text() == ""
    assert editor.source.extraSelections() == []


def test_the_rendered_message_is_checked(qtbot: QtBot, editor: TemplateEditor) -> None:
    choose(editor, "Ana Souza")
    stock = "Hi {{ first_name }}, I'd like to add you to my professional network."
    with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
        type_over_all(qtbot, editor, template_text("my-thanks", stock))
    checks = editor.preview.checks
    assert checks.verdict.text().startswith("Generic")
    assert checks.model.rowCount() > 0
    assert editor.preview.message.extraSelections()  # the stock phrase is underlined


def test_with_no_contacts_the_preview_uses_an_example(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    for contact in context.store.contacts():
        assert contact.id is not None
        context.store.delete_contact(contact.id)
    with open_editor(context, monkeypatch) as editor:
        with qtbot.waitSignal(editor.preview.rendered, timeout=RENDER_TIMEOUT):
            type_over_all(qtbot, editor, template_text("my-thanks", "Hi {{ first_name }}!"))
        assert editor.preview.message.toPlainText() == "Hi Alex!"
        assert "example" in editor.preview.contact.lineEdit().placeholderText()
