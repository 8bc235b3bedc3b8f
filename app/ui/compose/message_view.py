"""The rendered message, with the checker's findings underlined where they apply.

Hovering an underline shows what is wrong; clicking one with suggestions offers them, and
`suggestion_chosen(finding, replacement)` tells the composer which one the user picked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from app.checker import Finding
from app.ui.style import severity_colour


def utf16_index(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; the checker counts code points."""
    return len(text[:index].encode("utf-16-le")) // 2


class MessageView(QPlainTextEdit):
    suggestion_chosen = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMouseTracking(True)
        self._findings: tuple[Finding, ...] = ()

    def show_message(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)

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
            style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            style.setUnderlineColor(severity_colour(finding.severity, self.palette()))
            selection.format = style
            selections.append(selection)
        self.setExtraSelections(selections)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark: redraw the underlines
            self.set_findings(self._findings)

    def findings_at(self, point: QPoint) -> list[Finding]:
        text = self.toPlainText()
        position = self.cursorForPosition(point).position()
        return [
            f
            for f in self._findings
            if utf16_index(text, f.start) <= position < utf16_index(text, f.end)
        ]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.findings_at(self.viewport().mapFrom(self, event.pos()))
            if found:
                QToolTip.showText(event.globalPos(), "\n".join(map(_tip, found)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offered = [f for f in self.findings_at(event.position().toPoint()) if f.suggestions]
        if not offered:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for finding in offered:
            for replacement in finding.suggestions[:6]:
                action = menu.addAction(f"Replace with “{replacement}”")
                action.triggered.connect(
                    lambda _=False, f=finding, r=replacement: self.suggestion_chosen.emit(f, r)
                )
        menu.popup(self.viewport().mapToGlobal(event.position().toPoint()))


def _tip(finding: Finding) -> str:
    if not finding.suggestions:
        return finding.message
    offered = ", ".join(f"“{s}”" for s in finding.suggestions[:5])
    return f"{finding.message}\nClick to replace with {offered}."
