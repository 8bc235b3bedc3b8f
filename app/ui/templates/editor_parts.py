"""The template editor's small parts: what it asks before it writes or drops a file, its
headings, and its keyboard actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.library.templates import Template
from app.library.user_files import TextProblem, check_front_matter


def confirm_delete(parent: QWidget, name: str, folder: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EditorParts", "Delete template"),
        QCoreApplication.translate(
            "EditorParts", "Delete your template '{name}'? Its file is removed from {folder}."
        ).format(name=name, folder=folder),
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_replacing_builtin(parent: QWidget, name: str) -> bool:
    """A user's template may take a built-in's name, used in its place everywhere."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EditorParts", "Replace a built-in template"),
        QCoreApplication.translate(
            "EditorParts",
            "A built-in template is named '{name}'. Yours will be used in its place "
            "everywhere. Save under this name?",
        ).format(name=name),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_to_save(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Before the open template is replaced: Save, Discard or Cancel."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("EditorParts", "Unsaved changes"),
        QCoreApplication.translate("EditorParts", "Save your changes to '{name}'?").format(
            name=name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def heading_for(text: str, widget: QWidget) -> QLabel:
    """A bold heading that is `widget`'s buddy, so its Alt key focuses the widget."""
    label = QLabel(text)
    label.setObjectName("heading")
    label.setBuddy(widget)
    return label


def editor_action(parent: QWidget, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
    """An action of `parent` with its shortcut, reachable while `parent` has the focus."""
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda: slot())
    parent.addAction(action)
    return action


def name_taken(
    parent: QWidget, text: str, current: Template | None, listed: list[Template]
) -> str | None:
    """None when `text` may be saved under the name its front matter gives; otherwise why
    not, in a sentence for the status bar ("" when the user said no to a question).
    A renamed template may take a built-in's name (the user agreeing to replace it), never
    the name of another of the user's own."""
    checked = check_front_matter(text)
    if isinstance(checked, TextProblem) or current is None or checked.name == current.name:
        return None  # saving reports what is wrong with the text
    taken = [t for t in listed if t.name == checked.name]
    if not taken:
        return None
    if taken[0].source == "user":
        return QCoreApplication.translate(
            "EditorParts", "Not saved: you already have a template named '{name}'."
        ).format(name=checked.name)
    return None if confirm_replacing_builtin(parent, checked.name) else ""
