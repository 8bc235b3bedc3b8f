"""The Settings dialog, used as a person would: fill fields, press OK or Cancel."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.core
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.settings import Settings, load_settings, save_settings
from app.ui.main_window import MainWindow
from app.ui.settings.dialog import SettingsDialog
from tests.grammar.helpers import MemoryKeyring
from tests.settings.dialog_helpers import keyring_checked, press_ok, type_into
from tests.ui.conftest import select_contact

PASSWORD = "proxy-pass-91c4e2-private"


@pytest.fixture
def dialog(qtbot: QtBot, rapport_home: Path) -> SettingsDialog:
    save_settings(Settings(my_name="Ana"), rapport_home / "settings.json")
    shown = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    keyring_checked(qtbot, shown)
    return shown


def test_ok_saves_every_page_and_puts_the_password_in_the_keyring(
    qtbot: QtBot, dialog: SettingsDialog, rapport_home: Path, memory_keyring: MemoryKeyring
) -> None:
    type_into(qtbot, dialog.profile.my_name, "Zoë Ångström")
    type_into(qtbot, dialog.profile.my_location, "Lisboa")
    dialog.profile.premium.click()
    dialog.profile.quota.setValue(12)
    dialog.profile.pending.setValue(30)
    dialog.tabs.setCurrentWidget(dialog.grammar)
    dialog.grammar.mode_buttons["remote"].click()
    type_into(qtbot, dialog.grammar.url, "https://lt.example.org")
    type_into(qtbot, dialog.grammar.server_username, "zoe")
    type_into(qtbot, dialog.grammar.server_password.edit, PASSWORD)
    dialog.grammar.language.setCurrentIndex(dialog.grammar.language.findData("en-GB"))
    dialog.tabs.setCurrentWidget(dialog.triage)
    dialog.triage.known_groups.add_entry()
    qtbot.keyClicks(dialog.triage.known_groups.view.focusWidget(), "Climbing club")
    qtbot.keyClick(dialog.triage.known_groups.view.focusWidget(), Qt.Key.Key_Return)
    dialog.triage.known_strength.setCurrentIndex(dialog.triage.known_strength.findData(2))
    dialog.triage.offer_coffee.click()

    with qtbot.waitSignal(dialog.settings_saved) as saved:
        press_ok(qtbot, dialog)
    expected = Settings(
        my_name="Zoë Ångström",
        my_location="Lisboa",
        linkedin_account="premium",
        note_quota_per_month=12,
        pending_days=30,
        grammar_mode="remote",
        grammar_language="en-GB",
        grammar_url="https://lt.example.org",
        grammar_server_username="zoe",
        known_groups=(*Settings().known_groups, "Climbing club"),
        known_strength=2,
        offer_coffee=False,
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_settings(rapport_home / "settings.json") == expected
    assert saved.args[0].settings == expected
    assert saved.args[0].secrets_changed == {"grammar-server-password"}
    assert memory_keyring.passwords == {("rapport", "grammar-server-password"): PASSWORD}
    assert PASSWORD not in (rapport_home / "settings.json").read_text(encoding="utf-8")


def test_cancel_changes_nothing(
    qtbot: QtBot, dialog: SettingsDialog, rapport_home: Path, memory_keyring: MemoryKeyring
) -> None:
    before = (rapport_home / "settings.json").read_bytes()
    type_into(qtbot, dialog.profile.my_name, "Someone else")
    dialog.grammar.mode_buttons["premium"].click()
    type_into(qtbot, dialog.grammar.username, "me@example.org")
    type_into(qtbot, dialog.grammar.api_key.edit, PASSWORD)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert (rapport_home / "settings.json").read_bytes() == before
    assert memory_keyring.passwords == {}
    assert dialog.saved is None


def test_invalid_input_is_shown_under_its_field_and_keeps_ok_disabled(
    qtbot: QtBot, dialog: SettingsDialog
) -> None:
    grammar = dialog.grammar
    dialog.tabs.setCurrentWidget(grammar)
    grammar.language.setEditText("English please")
    assert not dialog.ok_button.isEnabled()
    error = grammar._errors["grammar_language"]
    assert error.isVisible() and "language code such as en-US" in error.text()
    assert grammar.language.accessibleDescription() == error.text()
    assert dialog.summary.text().startswith("On the Grammar page: Grammar language must be")

    grammar.language.setEditText("de-CH")
    assert dialog.ok_button.isEnabled() and not error.isVisible()

    grammar.mode_buttons["remote"].click()  # a server needs its address
    assert not dialog.ok_button.isEnabled()
    assert "needs the server's address" in grammar._errors["grammar_url"].text()
    type_into(qtbot, grammar.url, "https://me:secret@lt.example.org")
    assert not dialog.ok_button.isEnabled()
    assert "must not contain a username or password" in grammar._errors["grammar_url"].text()
    type_into(qtbot, grammar.url, "https://lt.example.org")
    assert dialog.ok_button.isEnabled()

    type_into(qtbot, dialog.profile.my_name, " ")
    assert dialog.ok_button.isEnabled()  # an empty name is allowed: templates ask for it


def test_pressing_ok_while_invalid_saves_nothing(
    qtbot: QtBot, dialog: SettingsDialog, rapport_home: Path
) -> None:
    before = (rapport_home / "settings.json").read_bytes()
    dialog.grammar.mode_buttons["premium"].click()  # no username
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # as Enter in a field would
    assert dialog.isVisible()
    assert (rapport_home / "settings.json").read_bytes() == before


def test_without_a_keyring_the_dialog_says_so_and_takes_no_secret(
    qtbot: QtBot, rapport_home: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = SettingsDialog(Settings(grammar_mode="premium"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    keyring_checked(qtbot, dialog)
    note = dialog.grammar.keyring_note.text()
    assert note.startswith("This system has no keyring Rapport can use.")
    assert "GNOME Keyring or KWallet" in note and "keyrings.alt" in note
    for field in dialog.grammar.secret_fields():
        assert not field.edit.isEnabled()


def test_no_keyring_is_mentioned_while_checks_run_on_this_computer(
    qtbot: QtBot, rapport_home: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = SettingsDialog(Settings(grammar_mode="local"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.grammar)
    keyring_checked(qtbot, dialog)

    assert not dialog.grammar.keyring_note.isVisible()  # a local server needs no secret
    dialog.grammar.mode_buttons["remote"].click()
    assert dialog.grammar.keyring_note.isVisible()
    dialog.grammar.mode_buttons["off"].click()
    assert not dialog.grammar.keyring_note.isVisible()


class ReadOnlyKeyring(MemoryKeyring):
    """Reads, but refuses to store, as a keyring whose unlock prompt was dismissed does;
    its error repeats the value, the worst case for a message that must not show it."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"refused to store {password}")


def test_a_keyring_that_refuses_the_secret_leaves_everything_as_it_was(
    qtbot: QtBot, rapport_home: Path
) -> None:
    save_settings(Settings(my_name="Ana"), rapport_home / "settings.json")
    before = (rapport_home / "settings.json").read_bytes()
    keyring.set_keyring(ReadOnlyKeyring())
    dialog = SettingsDialog(Settings(my_name="Ana"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    keyring_checked(qtbot, dialog)
    type_into(qtbot, dialog.profile.my_name, "Ana Souza")
    dialog.grammar.mode_buttons["remote"].click()
    type_into(qtbot, dialog.grammar.url, "https://lt.example.org")
    type_into(qtbot, dialog.grammar.server_password.edit, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "was not saved" in dialog.summary.text())
    assert dialog.summary.text().startswith(
        "The grammar server password or API key was not saved: the system keyring refused"
    )
    assert PASSWORD not in dialog.summary.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert (rapport_home / "settings.json").read_bytes() == before


def test_a_stored_secret_is_never_shown_but_can_be_removed(
    qtbot: QtBot, rapport_home: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password("rapport", "languagetool-api-key", PASSWORD)
    settings = Settings(grammar_mode="premium", grammar_username="me@example.org")
    dialog = SettingsDialog(settings, rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    keyring_checked(qtbot, dialog)
    field = dialog.grammar.api_key
    assert field.edit.text() == ""
    assert "Stored in the keyring" in field.edit.placeholderText()
    field.remove.click()
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        press_ok(qtbot, dialog)
    assert memory_keyring.passwords == {}
    assert saved.args[0].secrets_changed == {"languagetool-api-key"}


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    def part_of_another(widget: QWidget) -> bool:  # a combo box's popup, a spin box's text
        parent = widget.parentWidget()
        while parent is not None and parent is not dialog:
            if isinstance(parent, QComboBox | QAbstractSpinBox):
                return True
            parent = parent.parentWidget()
        return False

    controls = [
        widget
        for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListView)
        for widget in dialog.findChildren(kind)
        if not part_of_another(widget)
    ]
    assert len(controls) > 25
    # The name a screen reader hears: the control's own, or its label's (its buddy).
    heard = [QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name) for w in controls]
    assert [w for w, name in zip(controls, heard, strict=True) if not name] == []


def test_a_secret_typed_in_the_window_reaches_only_the_keyring(
    qtbot: QtBot,
    window: MainWindow,
    rapport_home: Path,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    window.menus.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    keyring_checked(qtbot, dialog)
    # A server on this machine that is not there: no check can carry the password away.
    dialog.grammar.mode_buttons["remote"].click()
    type_into(qtbot, dialog.grammar.url, "http://127.0.0.1:9")
    type_into(qtbot, dialog.grammar.server_username, "zoe")
    type_into(qtbot, dialog.grammar.server_password.edit, PASSWORD)
    press_ok(qtbot, dialog)
    window.context.store.close()  # everything written to the database is on disk now

    assert memory_keyring.passwords == {("rapport", "grammar-server-password"): PASSWORD}
    stored = json.loads((rapport_home / "settings.json").read_text(encoding="utf-8"))
    assert stored["grammar_server_username"] == "zoe"
    files = [p for p in rapport_home.rglob("*") if p.is_file()]
    assert any(p.name == "rapport.sqlite3" for p in files)
    assert [p for p in files if PASSWORD.encode() in p.read_bytes()] == []
    assert PASSWORD not in caplog.text
    assert PASSWORD not in window.statusBar().currentMessage()


def test_settings_changed_from_the_window_apply_at_once(
    qtbot: QtBot, window: MainWindow, rapport_home: Path
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.message.setPlainText("x" * 230)
    assert window.composer.counter.text() == "230 / 200"
    assert window.menus.settings.shortcut().toString() == "Ctrl+,"

    window.menus.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    keyring_checked(qtbot, dialog)
    dialog.profile.premium.click()
    dialog.grammar.mode_buttons["remote"].click()
    type_into(qtbot, dialog.grammar.url, "http://127.0.0.1:9")
    press_ok(qtbot, dialog)

    assert load_settings(rapport_home / "settings.json").linkedin_account == "premium"
    assert window.context.settings.linkedin_account == "premium"
    assert window.composer.counter.text() == "230 / 300"
    assert "300 characters" in window.composer.picker.description.text()
    assert window.context.grammar.mode == "remote"
    assert (
        window.composer.grammar.status.reason == "Checking with the grammar server at 127.0.0.1:9."
    )
    assert window.statusBar().currentMessage() == "Settings saved."


def test_rapports_own_groups_are_listed_in_german_and_saved_as_they_were(
    qtbot: QtBot, rapport_home: Path, shipped_german: None
) -> None:
    save_settings(
        Settings(known_groups=("Friends", "Clients", "Kletterclub")), rapport_home / "settings.json"
    )
    dialog = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    keyring_checked(qtbot, dialog)

    assert dialog.triage.known_groups.values() == ("Freunde", "Kunden", "Kletterclub")
    dialog.triage.offer_coffee.click()
    with qtbot.waitSignal(dialog.settings_saved):
        press_ok(qtbot, dialog)
    saved = load_settings(rapport_home / "settings.json")
    assert saved.known_groups == ("Friends", "Clients", "Kletterclub")
