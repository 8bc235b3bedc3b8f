"""The Settings dialog: the user's preferences, the grammar service's secrets, the data folder.

Every value is checked as it is typed, with the message under its field, and OK stays
disabled until all are acceptable. OK stores any new secrets in the keyring, saves the
settings file, and records a new data folder; that work runs off the GUI thread (the
keyring may wait for an unlock prompt, a database copy takes a moment). Cancel changes
nothing. The window learns the outcome from `settings_saved`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import data_folder, paths, secrets
from app.settings import (
    Settings,
    SettingsError,
    save_settings,
    settings_problem_codes,
    validate_setting,
)
from app.ui.settings.data_folder_page import DataFolderPage
from app.ui.settings.form_page import SettingsPage
from app.ui.settings.grammar_page import GrammarPage
from app.ui.settings.language_page import LanguagePage
from app.ui.settings.problem_text import problem_text
from app.ui.settings.you_and_triage_pages import ProfilePage, TriagePage
from app.ui.tasks import run_task
from app.ui.widgets.folder_text import folder_text
from app.ui.widgets.keyring_text import keyring_text
from app.ui.widgets.sentence_text import error_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SavedSettings:
    """What OK changed: the settings now in the file, the keyring entries stored or
    removed, and a sentence about the data folder when it changed."""

    settings: Settings
    secrets_changed: frozenset[str] = frozenset()
    folder_note: str = ""

    def needs_new_grammar_service(self, previous: Settings) -> bool:
        """Whether the grammar service must be rebuilt. Its language alone is not a reason
        (every check names its language), nor a secret another mode uses: rebuilding a
        local service restarts its server."""

        def where(s: Settings) -> tuple[str, ...]:
            return (
                s.grammar_mode,
                s.grammar_url,
                s.grammar_server_username,
                s.grammar_username,
                str(s.grammar_download),
                str(s.grammar_idle_minutes),
            )

        uses = {"remote": secrets.SERVER_PASSWORD.key, "premium": secrets.PREMIUM_API_KEY.key}
        secret = uses.get(self.settings.grammar_mode)
        return secret in self.secrets_changed or where(previous) != where(self.settings)


@dataclass(frozen=True)
class _Plan:
    settings: Settings
    settings_file: Path
    secrets: dict[str, str] = field(repr=False)  # entry -> new value, "" to remove it
    folder: Path | None  # the new data folder, if it changes
    copy: bool
    current: Path


def _carry_out(plan: _Plan) -> tuple[str, str]:
    """Runs on a worker thread. Returns the folder note, and an error about the folder
    (the settings are saved by then). Keyring and settings errors are raised: then the
    settings file is unchanged."""
    for key, value in plan.secrets.items():
        if value:
            secrets.store_secret(secrets.SECRETS[key], value)
        else:
            secrets.delete_secret(secrets.SECRETS[key])
    save_settings(plan.settings, plan.settings_file)
    if plan.folder is None:
        return "", ""
    # The default folder is recorded as no choice at all, so it follows the platform.
    recorded = None if plan.folder == paths.default_data_dir() else plan.folder
    try:
        data_folder.change_folder(recorded, copy_from=plan.current if plan.copy else None)
    except data_folder.FolderProblem as exc:
        return "", folder_text(exc.issue)
    if plan.copy:
        note = QCoreApplication.translate(
            "SettingsDialog",
            "Rapport will use {folder} from its next start; your data was copied there.",
        )
    else:
        note = QCoreApplication.translate(
            "SettingsDialog", "Rapport will use {folder} from its next start."
        )
    return note.format(folder=plan.folder), ""


class SettingsDialog(QDialog):
    settings_saved = Signal(object)  # SavedSettings

    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.data_dir = data_dir
        self.saved: SavedSettings | None = None
        self._busy = False
        self.profile = ProfilePage(settings)
        self.grammar = GrammarPage(settings)
        self.triage = TriagePage(settings)
        self.language = LanguagePage(settings)
        self.folder = DataFolderPage(data_dir)
        self.pages: tuple[SettingsPage, ...] = (
            self.profile,
            self.language,
            self.grammar,
            self.triage,
            self.folder,
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        for page in self.pages:
            self.tabs.addTab(page, page.title)
            page.changed.connect(self.validate)

        self.summary = QLabel()
        self.summary.setObjectName("error")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Problems with the settings"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleDescription(self.tr("Save the settings"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(self.tr("Close without changing anything"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.validate()
        run_task(_look_at_keyring, self._keyring_seen, self)

    def candidate(self) -> tuple[Settings | None, dict[str, str]]:
        """The settings as typed, or None, and the problems by setting name."""
        values = {}
        errors: dict[str, str] = {}
        for page in self.pages:
            for key, value in page.values().items():
                try:
                    values[key] = validate_setting(key, value)
                except SettingsError as exc:
                    errors[key] = problem_text(exc.problem) if exc.problem else error_text(exc)
        settings = None if errors else Settings(**values)
        if settings is not None:
            codes = settings_problem_codes(settings)
            errors.update({key: problem_text(code) for key, code in codes.items()})
        errors.update(self.folder.problems())
        return (None if errors else settings), errors

    def validate(self) -> Settings | None:
        """Show every problem where it belongs; the settings as typed, when acceptable."""
        settings, errors = self.candidate()
        first = ""
        for index, page in enumerate(self.pages):
            shown = page.show_errors(errors)
            if shown and not first:
                first = self.tr("On the {page} page: {problem}").format(
                    page=page.title.replace("&", ""), problem=shown[0]
                )
            self.tabs.setTabToolTip(index, "\n".join(shown))
        self.summary.setText(first)
        self.summary.setVisible(bool(first))
        self.ok_button.setEnabled(settings is not None and not self._busy)
        return settings

    def accept(self) -> None:
        settings = None if self._busy else self.validate()
        if settings is None:
            return  # Enter in a field presses OK even while it is disabled
        changes = {f.secret.key: f.change() for f in self.grammar.secret_fields()}
        plan = _Plan(
            settings=settings,
            settings_file=self.data_dir / paths.SETTINGS_NAME,
            secrets={key: value for key, value in changes.items() if value is not None},
            folder=self.folder.chosen(),
            copy=self.folder.copy_wanted(),
            current=self.data_dir,
        )
        self._set_busy(True)
        run_task(lambda: _carry_out(plan), lambda r, e: self._carried_out(plan, r, e), self)

    def _carried_out(
        self, plan: _Plan, result: tuple[str, str] | None, error: BaseException | None
    ) -> None:
        self._set_busy(False)
        if error is not None:
            if not isinstance(error, secrets.SecretStoreError | SettingsError):
                log.error("Saving the settings failed", exc_info=error)
            if isinstance(error, secrets.SecretStoreError):
                self.summary.setText(keyring_text(error.problem))
            else:
                self.summary.setText(error_text(error))
            self.summary.setVisible(True)
            return
        assert result is not None
        note, folder_error = result
        self.saved = SavedSettings(plan.settings, frozenset(plan.secrets), note)
        self.settings_saved.emit(self.saved)
        if folder_error:
            # The settings are saved; only the folder is left to choose again or leave.
            self.tabs.setCurrentWidget(self.folder)
            self.summary.setText(folder_error)
            self.summary.setVisible(True)
            return
        super().accept()

    def _set_busy(self, busy: bool) -> None:
        """While OK's work runs, nothing can be edited and OK cannot be pressed twice."""
        self._busy = busy
        self.tabs.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def _keyring_seen(
        self,
        result: tuple[secrets.KeyringProblem | None, dict[str, bool]] | None,
        error: BaseException | None,
    ) -> None:
        if isinstance(error, secrets.SecretStoreError):
            self.grammar.show_keyring(error.problem, {})
        elif error is not None:  # keyring itself failed to import, say
            log.error("Looking at the keyring failed", exc_info=error)
            refused = f"{type(error).__name__}: {error}"[:300]
            problem = secrets.KeyringProblem(secrets.Trouble.REFUSED, detail=refused)
            self.grammar.show_keyring(problem, {})
        elif result is not None:
            self.grammar.show_keyring(*result)


def _look_at_keyring() -> tuple[secrets.KeyringProblem | None, dict[str, bool]]:
    """Whether there is a keyring, and which secrets it holds (a worker thread: a keyring
    service may take seconds to answer, or wait for the user to unlock it)."""
    problem = secrets.keyring_problem()
    if problem is not None:
        return problem, {}
    return None, {key: secrets.secret_is_set(secret) for key, secret in secrets.SECRETS.items()}
