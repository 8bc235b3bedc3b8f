"""The note the person sent, shown beside a reply, so that the reply can answer it.

The note is as long as they made it: it scrolls in a box the height of the message
rather than growing the page and pushing the composer's buttons off the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QPlainTextEdit, QVBoxLayout, QWidget


class TheirNote(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        self.setVisible(False)

    def show_note(self, who: str, note: str) -> None:
        """Show `note` from `who`; an empty note hides the box."""
        self.setTitle(self.tr("{name} wrote").format(name=who))
        self.text.setAccessibleName(self.tr("{name}'s note").format(name=who))
        if self.text.toPlainText() != note.strip():
            self.text.setPlainText(note.strip())
        self.setVisible(bool(note.strip()))
