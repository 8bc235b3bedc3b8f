"""What the Compose page says while nobody is picked: how to get someone to write to,
with a button for each way, so the page is never empty with nothing to do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstSteps(QWidget):
    """Emits `new_contact_requested` and `import_requested` from its buttons."""

    new_contact_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(
            self.tr(
                "Pick someone in the list to write to, or add the person you want to connect "
                "with.\nWith a LinkedIn data export, your connections and invitations come in "
                "at once."
            )
        )
        self.text.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New contact"))
        self.new_button.setToolTip(self.tr("Add someone to write to (Ctrl+N)"))
        self.import_button = QPushButton(self.tr("Import a &LinkedIn export…"))
        self.import_button.setToolTip(self.tr("Read the zip LinkedIn sends you (Ctrl+I)"))
        self.new_button.clicked.connect(self.new_contact_requested)
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
