"""The template editor as the user opens it, from the main window's Templates menu, over
the window tests' context (Ana and Bo)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.library.templates import load_library
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_for_tasks
from app.ui.templates.editor import TemplateEditor
from tests.templates_io.helpers import write_template


@contextmanager
def open_editor(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[TemplateEditor]:
    """The editor, with one template of the user's own ('my-thanks') open."""
    write_template(paths.user_templates_dir(), "my-thanks", "Thanks, {{ first_name }}!")
    context.library = load_library()
    # Not handed to qtbot, which closes widgets before fixtures end: closed below, once
    # whatever a test left unsaved can be dropped without a question.
    window = MainWindow(context)
    window.show()
    yield window.templates.open_editor()
    wait_for_tasks()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    window.deleteLater()


def type_over_all(qtbot: QtBot, editor: TemplateEditor, text: str) -> None:
    """Type as a person would (QTest cannot type a line break as a character)."""
    editor.source.selectAll()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor.source, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.source, line)
