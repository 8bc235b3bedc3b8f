"""The note the person sent, shown beside a reply, so that the reply can answer it."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget


class TheirNote(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(self.text.textFormat().PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        self.setVisible(False)

    def show_note(self, who: str, note: str) -> None:
        """Show `note` from `who`; an empty note hides the box."""
        self.setTitle(f"{who} wrote")
        self.text.setText(note.strip())
        self.setVisible(bool(note.strip()))
