"""The message, as the user edits it, with the checker's findings underlined.

Severities differ in the underline's style as well as its colour (errors a wave, warnings
a dashed line, notes dots), so they are told apart without colour. Hovering an underline
says what is wrong; the context menu (right click, the Menu key or Shift+F10) offers its
replacements, Ignore and Add to dictionary, and tells the composer through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from app.checker import Finding, Severity
from app.ui.style import severity_colour

_UNDERLINES = {
    Severity.ERROR: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Severity.WARNING: QTextCharFormat.UnderlineStyle.DashUnderline,
    Severity.INFO: QTextCharFormat.UnderlineStyle.DotLine,
}
_SPELLING = ("spelling",)


def utf16_index(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; the checker counts code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def code_point_index(text: str, utf16: int) -> int:
    """The inverse of `utf16_index`."""
    return len(text.encode("utf-16-le")[: utf16 * 2].decode("utf-16-le", errors="ignore"))


class MessageView(QPlainTextEdit):
    """Emits `suggestion_chosen(finding, replacement)`, `ignore_requested(finding)` and
    `word_added(word)` from the context menu."""

    suggestion_chosen = Signal(object, str)
    ignore_requested = Signal(object)
    word_added = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setTabChangesFocus(True)
        self._findings: tuple[Finding, ...] = ()

    def show_message(self, text: str) -> None:
        """Show the message as the template fills it, through the cursor so that Ctrl+Z
        brings back what was there."""
        if text == self.toPlainText():
            return
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        self._findings = findings
        text = self.toPlainText()
        selections = []
        for finding in findings:
            if finding.end <= finding.start or finding.end > len(text):
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(utf16_index(text, finding.start))
            cursor.setPosition(utf16_index(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            style = QTextCharFormat()
            style.setUnderlineStyle(_UNDERLINES[finding.severity])
            style.setUnderlineColor(severity_colour(finding.severity, self.palette()))
            selection.format = style
            selections.append(selection)
        self.setExtraSelections(selections)

    def select_finding(self, finding: Finding) -> None:
        text = self.toPlainText()
        cursor = self.textCursor()
        cursor.setPosition(utf16_index(text, finding.start))
        cursor.setPosition(utf16_index(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark: redraw the underlines
            self.set_findings(self._findings)

    def findings_at(self, position: int) -> list[Finding]:
        """The findings covering a Qt cursor position."""
        text = self.toPlainText()
        return [
            f
            for f in self._findings
            if utf16_index(text, f.start) <= position <= utf16_index(text, f.end)
            and f.end > f.start
        ]

    def _findings_under(self, point: QPoint) -> list[Finding]:
        return self.findings_at(self.cursorForPosition(point).position())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._findings_under(self.viewport().mapFrom(self, event.pos()))
            if found:
                QToolTip.showText(event.globalPos(), "\n".join(f.message for f in found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The Menu key and Shift+F10 open the menu at the text cursor. Qt turns neither
        into a context-menu event for a widget by itself everywhere (Shift+F10 nowhere)."""
        menu_key = event.key() == Qt.Key.Key_Menu and not event.modifiers()
        shift_f10 = (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if not (menu_key or shift_f10):
            super().keyPressEvent(event)
            return
        at = self.cursorRect().bottomLeft()
        self.contextMenuEvent(
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, at, self.viewport().mapToGlobal(at)
            )
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """By mouse, the findings under the pointer; by keyboard, those at the cursor."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            found = self._findings_under(event.pos())
        else:
            found = self.findings_at(self.textCursor().position())
        menu = self.createStandardContextMenu()
        if found:
            first = menu.actions()[0]
            menu.insertActions(first, self.finding_actions(found, menu))
            menu.insertSeparator(first)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def finding_actions(self, found: list[Finding], menu: QMenu) -> list[QAction]:
        """Replacements, Ignore and Add to dictionary for these findings."""
        text = self.toPlainText()
        actions: list[QAction] = []
        for finding in found:
            words = text[finding.start : finding.end]
            for replacement in finding.suggestions[:6]:
                action = QAction(
                    self.tr("Replace “{words}” with “{replacement}”").format(
                        words=words, replacement=replacement
                    ),
                    menu,
                )
                action.triggered.connect(
                    lambda _=False, f=finding, r=replacement: self.suggestion_chosen.emit(f, r)
                )
                actions.append(action)
            ignore = QAction(self.tr("Ignore “{words}” in this message").format(words=words), menu)
            ignore.triggered.connect(lambda _=False, f=finding: self.ignore_requested.emit(f))
            actions.append(ignore)
            if finding.code in _SPELLING and words.strip():
                add = QAction(self.tr("Add “{words}” to your dictionary").format(words=words), menu)
                add.triggered.connect(lambda _=False, w=words: self.word_added.emit(w))
                actions.append(add)
        return actions
