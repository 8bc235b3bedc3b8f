"""Writes the drafts the session keeps to disk shortly after every edit, off the
keystroke, so that a burst of typing is one write."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.composing.draft_shelf import DraftShelf
from app.ui.widgets.sentence_text import sentence_text

# Long enough that a burst of typing is one write, short enough that a crash mid-sentence
# loses at most the last few keystrokes.
SAVE_DELAY_MS = 500


class DraftKeeper(QObject):
    """Emits `problem` with a sentence when a draft cannot be saved."""

    problem = Signal(str)

    def __init__(self, shelf: DraftShelf, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shelf = shelf
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def soon(self) -> None:
        """Something changed: write it after a pause in the typing."""
        self._timer.start()

    def flush(self) -> None:
        """Write what is waiting now (also on quitting, and before a test reads the disk)."""
        self._timer.stop()
        for problem in self.shelf.flush():
            self.problem.emit(sentence_text(problem))
