"""The first launch: who the user is (name, place, LinkedIn account type), written to the
settings, and what to do next, with a button for each way to start.

It shows before the main window, only when the settings hold no name yet and the window
opens for a person: `rapport --exit-after-startup` (bench_startup) never asks, and tests,
which build `MainWindow` themselves, never meet it. A data folder that should skip it (a
seeded one for screenshots) needs only a name: `rapport config set my_name "Sam"`.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.channels import FREE_NOTE_LIMIT, PREMIUM_NOTE_LIMIT
from app.context import AppContext
from app.settings import Settings, SettingsError, save_settings
from app.ui.main_window import MainWindow
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.sentence_text import error_text
from app.ui.window_language import core_language

# Longer than any name or city; a settings value is one line, and this keeps it short.
MAX_LENGTH = 200


class FirstStep(Enum):
    """Where the user chose to start."""

    ADD_CONTACT = "add a contact"
    IMPORT_LINKEDIN = "import a LinkedIn export"


def needs_first_run(settings: Settings) -> bool:
    return not settings.my_name.strip()


class FirstRunDialog(QDialog):
    """Writes the settings when the user picks a way to start (`step` then says which);
    "Not now" writes nothing, so the next launch asks again."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Rapport"))
        self._settings = settings
        self.step: FirstStep | None = None
        self.name = QLineEdit(settings.my_name)
        self.name.setPlaceholderText(self.tr("As you sign your messages"))
        self.location = QLineEdit(settings.my_location)
        self.location.setPlaceholderText(
            self.tr("e.g. Lisbon: people near you are offered a coffee")
        )
        for line in (self.name, self.location):
            line.setMaxLength(MAX_LENGTH)
        quota = settings.note_quota_per_month
        self.free = QRadioButton(
            QCoreApplication.translate(
                "FirstRunDialog",
                "&Free: notes of up to {limit} characters, about %Ln personalised notes a month",
                "",
                quota,
            ).format(limit=count_text(FREE_NOTE_LIMIT))
        )
        self.premium = QRadioButton(
            self.tr("&Premium: notes of up to {limit} characters").format(
                limit=count_text(PREMIUM_NOTE_LIMIT)
            )
        )
        self.account = QButtonGroup(self)
        for button in (self.free, self.premium):
            self.account.addButton(button)
        (self.premium if settings.linkedin_account == "premium" else self.free).setChecked(True)
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add a contact"))
        self.import_button = QPushButton(self.tr("&Import a LinkedIn export…"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.clicked.connect(lambda: self._start(FirstStep.ADD_CONTACT))
        self.import_button.clicked.connect(lambda: self._start(FirstStep.IMPORT_LINKEDIN))
        later.clicked.connect(self.reject)
        self.add_button.setDefault(True)
        self.name.textChanged.connect(self._enable)
        self._lay_out(buttons)
        self._enable()

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout()
        for text, field in (
            (self.tr("Your &name"), self.name),
            (self.tr("Your &location"), self.location),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        accounts = QVBoxLayout()
        accounts.addWidget(self.free)
        accounts.addWidget(self.premium)
        form.addRow(self.tr("LinkedIn account"), accounts)
        intro = QLabel(
            self.tr(
                "Rapport signs messages with your name, knows who lives near you, and counts "
                "characters against your account's limit. Settings (Ctrl+,) change these later."
            )
        )
        next_steps = QLabel(
            self.tr(
                "Next, add someone you want to write to, or import the connections and "
                "invitations of your LinkedIn data export.\nRapport then suggests a message for "
                "each person from what you know about them."
            )
        )
        layout = QVBoxLayout(self)
        for label in (intro, next_steps):
            label.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(next_steps)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _enable(self) -> None:
        """A name is what the first run is for; the ways to start need one."""
        named = bool(self.name.text().strip())
        self.add_button.setEnabled(named)
        self.import_button.setEnabled(named)

    def settings(self) -> Settings:
        """The settings with what the user typed."""
        account = "premium" if self.premium.isChecked() else "free"
        # A new user writes in the window's language (the system's) until they say
        # otherwise in Settings; one who chose a language already keeps it.
        language = self._settings.my_language
        if language == Settings().my_language:
            language = core_language()
        return self._settings.replace(
            my_name=self.name.text().strip(),
            my_location=self.location.text().strip(),
            linkedin_account=account,
            my_language=language,
        )

    def _start(self, step: FirstStep) -> None:
        chosen = self.settings()
        try:
            save_settings(chosen, paths.settings_path())
        except SettingsError as exc:
            self.problem.setText(error_text(exc))
            return
        self._settings, self.step = chosen, step
        self.accept()

    @property
    def saved_settings(self) -> Settings:
        """The settings as they are on disk now."""
        return self._settings


def ask_first_run(context: AppContext) -> FirstStep | None:
    """Ask a new user who they are, before the window opens; the context gets the settings
    written. Returns where they chose to start; None when they were not asked or said "Not
    now"."""
    if not needs_first_run(context.settings):
        return None
    dialog = FirstRunDialog(context.settings)
    dialog.exec()
    context.settings = dialog.saved_settings
    step = dialog.step
    dialog.deleteLater()
    return step


def take_first_step(window: MainWindow, step: FirstStep) -> None:
    """Open what the user chose to start with, in the window now on screen."""
    if step is FirstStep.ADD_CONTACT:
        window.new_contact()
    else:
        window.imports.import_linkedin()
