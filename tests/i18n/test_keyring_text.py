"""Why the keyring could not keep a secret, in the window's language: the Settings dialog
words the core's `KeyringProblem` itself. With the English translation it reads exactly
as `rapport config` says it (so a problem the core adds without a wording here fails);
with the German one the dialog reads German, and what the keyring itself said stays as
it said it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.core
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import secrets
from app.secrets import Action, KeyringProblem, Trouble
from app.settings import Settings, save_settings
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.grammar_page import GrammarPage
from app.ui.widgets.keyring_text import keyring_text
from tests.grammar.helpers import MemoryKeyring
from tests.settings.dialog_helpers import keyring_checked, type_into

ERROR = "KeyringLocked: Failed to unlock the collection!"


def _every_problem() -> Iterator[KeyringProblem]:
    for trouble in Trouble:
        yield KeyringProblem(trouble, detail=ERROR)
        for secret in secrets.SECRETS.values():
            for action in Action:
                yield KeyringProblem(trouble, secret, action, ERROR)


def test_every_problem_reads_as_the_core_says_it(qapp: QApplication) -> None:
    for problem in _every_problem():
        if problem.trouble is Trouble.EMPTY and problem.secret is None:
            continue  # only a secret can be empty
        assert keyring_text(problem) == secrets.english(problem)


def test_each_secret_and_action_is_named_apart_in_german(shipped_german: None) -> None:
    said = {
        keyring_text(KeyringProblem(Trouble.REFUSED, secret, action, ERROR))
        for secret in secrets.SECRETS.values()
        for action in Action
    }
    assert len(said) == len(secrets.SECRETS) * len(Action)
    assert all(ERROR in sentence and "Schlüsselbund" in sentence for sentence in said)


@pytest.mark.parametrize(
    ("problem", "german"),
    [
        (
            KeyringProblem(Trouble.NO_KEYRING),
            "Auf diesem System gibt es keinen Schlüsselbund, den Rapport nutzen kann. Unter "
            "Linux installieren und entsperren Sie in Ihrer Desktopsitzung GNOME Keyring",
        ),
        (
            KeyringProblem(Trouble.NOT_LOADED, detail="ModuleNotFoundError: No module named 'x'"),
            "Der für Python eingerichtete Schlüsselbund lässt sich nicht laden "
            "(ModuleNotFoundError: No module named 'x'). Unter Linux",
        ),
        (
            KeyringProblem(Trouble.REFUSED, detail=ERROR),
            f"Der Schlüsselbund des Systems hat den Zugriff verweigert ({ERROR}).",
        ),
    ],
)
def test_the_grammar_settings_say_in_german_why_no_secret_can_be_kept(
    qtbot: QtBot, shipped_german: None, problem: KeyringProblem, german: str
) -> None:
    page = GrammarPage(Settings())
    qtbot.addWidget(page)
    page.show_keyring(problem, {})
    assert page.keyring_note.text().startswith(german)
    assert page.keyring_note.objectName() == "error"


def test_without_a_keyring_the_german_settings_say_how_to_get_one(
    qtbot: QtBot, shipped_german: None, rapport_home: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = SettingsDialog(Settings(), rapport_home)
    qtbot.addWidget(dialog)
    keyring_checked(qtbot, dialog)
    note = dialog.grammar.keyring_note.text()
    assert note.startswith("Auf diesem System gibt es keinen Schlüsselbund")
    assert "(pip install keyrings.alt)" in note


class _RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the unlock prompt was dismissed")


def test_a_refused_secret_is_said_in_german_when_ok_is_pressed(
    qtbot: QtBot, shipped_german: None, rapport_home: Path
) -> None:
    save_settings(Settings(my_name="Ana"), rapport_home / "settings.json")
    keyring.set_keyring(_RefusingKeyring())
    dialog = SettingsDialog(Settings(my_name="Ana"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    keyring_checked(qtbot, dialog)
    dialog.grammar.mode_buttons["premium"].click()
    type_into(qtbot, dialog.grammar.username, "ana@example.org")
    type_into(qtbot, dialog.grammar.api_key.edit, "key-0123456789")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.isVisible())
    assert dialog.summary.text() == (
        "Der API-Schlüssel für LanguageTool Premium wurde nicht gespeichert: Der Schlüsselbund "
        "des Systems hat den Zugriff verweigert (PasswordSetError: the unlock prompt was "
        "dismissed)."
    )
