"""Small helpers for a plain-text editor: change text in place, mark a line as wrong."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from app.ui.compose.message_view import utf16_index


def replace_changed_part(edit: QPlainTextEdit, new: str) -> None:
    """Make the editor hold `new` by replacing only the part that differs, through a
    cursor: the caret elsewhere stays put, and Ctrl+Z undoes the change."""
    old = edit.toPlainText()
    if old == new:
        return
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    cursor = QTextCursor(edit.document())
    cursor.setPosition(utf16_index(old, prefix))
    cursor.setPosition(utf16_index(old, len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[prefix : len(new) - suffix])


def mark_line(edit: QPlainTextEdit, line: int | None, message: str) -> None:
    """Tint a line (1-based) and underline its text; None clears the mark."""
    selections: list[QTextEdit.ExtraSelection] = []
    block = edit.document().findBlockByNumber(line - 1) if line else None
    if block is not None and block.isValid():
        error = QColor("#d32f2f")
        tint = QColor(error)
        dark = edit.palette().color(QPalette.ColorRole.Base).lightness() < 128
        tint.setAlpha(70 if dark else 40)

        whole_line = QTextEdit.ExtraSelection()
        whole_line.cursor = QTextCursor(block)
        whole_line.format = QTextCharFormat()
        whole_line.format.setBackground(tint)
        whole_line.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        whole_line.format.setToolTip(message)

        text = QTextEdit.ExtraSelection()
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        text.cursor = cursor
        text.format = QTextCharFormat()
        text.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        text.format.setUnderlineColor(error)
        selections = [whole_line, text]
    edit.setExtraSelections(selections)
