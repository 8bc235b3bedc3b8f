"""The Settings dialog's "Grammar" page: where checks go, their language, and the login
for a remote server or LanguageTool Premium, whose secrets go to the system keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import secrets
from app.grammar.install import DOWNLOAD_SIZE
from app.settings import LABELS, RANGES, Settings
from app.ui.settings.form_page import SettingsPage, form_layout, hint, line_edit

_MODES = {
    "local": "On this &computer (a LanguageTool server Rapport starts)",
    "remote": "On a LanguageTool &server elsewhere",
    "premium": "With LanguageTool Pre&mium",
    "off": "&Off",
}
# The languages people most often write in; any other LanguageTool code can be typed.
_LANGUAGES = {
    "en-US": "English (US)",
    "en-GB": "English (UK)",
    "en-CA": "English (Canada)",
    "en-AU": "English (Australia)",
    "de-DE": "German (Germany)",
    "de-AT": "German (Austria)",
    "de-CH": "German (Switzerland)",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt-PT": "Portuguese (Portugal)",
    "pt-BR": "Portuguese (Brazil)",
    "pl-PL": "Polish",
    "sv": "Swedish",
    "da-DK": "Danish",
    "ca-ES": "Catalan",
    "uk-UA": "Ukrainian",
    "auto": "Detect the language",
}
_SEPARATOR = " — "


class SecretField(QWidget):
    """A password box for a secret in the keyring. It never shows the stored value: it
    says whether one is stored, takes a new one, or is told to remove it."""

    def __init__(self, secret: secrets.Secret, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secret = secret
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(secret.label[0].upper() + secret.label[1:])
        self.remove = QCheckBox("Remove the stored one")
        self.remove.setAccessibleName(f"Remove the stored {secret.label}")
        self.remove.toggled.connect(lambda on: self.edit.setEnabled(not on))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.remove)
        self.show_state(None, available=False, reason="Checking the system keyring…")

    def show_state(self, stored: bool | None, *, available: bool, reason: str = "") -> None:
        self.edit.setEnabled(available)
        self.remove.setVisible(bool(stored))
        self.remove.setEnabled(available)
        if not available:
            self.edit.setPlaceholderText(reason)
        elif stored:
            self.edit.setPlaceholderText("Stored in the keyring; type a new one to replace it")
        else:
            self.edit.setPlaceholderText("Not stored yet")

    def change(self) -> str | None:
        """The new value to store; "" to remove the stored one; None to leave it."""
        if self.remove.isChecked():
            return ""
        return self.edit.text() or None


class GrammarPage(SettingsPage):
    title = "&Grammar"

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_buttons: dict[str, QRadioButton] = {}
        self.mode = QButtonGroup(self)
        checks = QGroupBox("Grammar and spelling checks")
        modes = QVBoxLayout()
        for mode, text in _MODES.items():
            button = QRadioButton(text)
            button.setAccessibleName(f"Grammar checks: {text.replace('&', '')}")
            self.mode.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(LABELS["grammar_language"])
        for code, name in _LANGUAGES.items():
            self.language.addItem(f"{name}{_SEPARATOR}{code}", code)
        form = form_layout()
        form.addRow(modes)
        self.add_field(form, "grammar_language", "&Language", self.language)
        checks.setLayout(form)

        self.local = QGroupBox("LanguageTool on this computer")
        # Nothing is fetched without this box ticked: the promise is no connection but to
        # the grammar server the user chose.
        self.download = QCheckBox(
            f"&Download LanguageTool ({DOWNLOAD_SIZE}) if it is not installed"
        )
        self.download.setAccessibleDescription(LABELS["grammar_download"])
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*RANGES["grammar_idle_minutes"])
        self.idle_minutes.setSuffix(" min")
        self.idle_minutes.setAccessibleDescription(LABELS["grammar_idle_minutes"])
        form = form_layout()
        form.addRow(self.download)
        self.add_field(form, "grammar_idle_minutes", "Stop it after, &unused", self.idle_minutes)
        form.addRow(hint("One server serves the window and the rapport command alike."))
        self.local.setLayout(form)

        self.server = QGroupBox("Grammar server")
        self.url = line_edit(LABELS["grammar_url"], "https://languagetool.example.org")
        self.server_username = line_edit(
            LABELS["grammar_server_username"], "Only if it asks for a login"
        )
        self.server_password = SecretField(secrets.SERVER_PASSWORD)
        form = form_layout()
        self.add_field(form, "grammar_url", "&Address", self.url)
        self.add_field(form, "grammar_server_username", "&Username", self.server_username)
        self.add_field(
            form, secrets.SERVER_PASSWORD.key, "Pass&word or API key", self.server_password
        )
        self.server.setLayout(form)

        self.premium = QGroupBox("LanguageTool Premium")
        self.username = line_edit(LABELS["grammar_username"], "Your account's e-mail address")
        self.api_key = SecretField(secrets.PREMIUM_API_KEY)
        form = form_layout()
        self.add_field(form, "grammar_username", "&Username", self.username)
        self.add_field(form, secrets.PREMIUM_API_KEY.key, "API &key", self.api_key)
        form.addRow(hint("The API key is in your LanguageTool account, under Access tokens."))
        self.premium.setLayout(form)

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleDescription("System keyring")
        layout = QVBoxLayout(self)
        for widget in (checks, self.local, self.server, self.premium, self.keyring_note):
            layout.addWidget(widget)
        layout.addStretch(1)

        self.mode_buttons[settings.grammar_mode].setChecked(True)
        self._set_language(settings.grammar_language)
        self.url.setText(settings.grammar_url)
        self.server_username.setText(settings.grammar_server_username)
        self.username.setText(settings.grammar_username)
        self.download.setChecked(settings.grammar_download)
        self.idle_minutes.setValue(settings.grammar_idle_minutes)
        self._show_mode()
        self.mode.buttonToggled.connect(self._show_mode)
        self.mode.buttonToggled.connect(self.changed)
        self.language.currentTextChanged.connect(self.changed)
        for line in (self.url, self.server_username, self.username):
            line.textChanged.connect(self.changed)
        self.download.toggled.connect(self.changed)
        self.idle_minutes.valueChanged.connect(self.changed)
        for field in self.secret_fields():
            field.edit.textChanged.connect(self.changed)
            field.remove.toggled.connect(self.changed)

    def values(self) -> dict[str, Any]:
        mode = next(m for m, button in self.mode_buttons.items() if button.isChecked())
        return {
            "grammar_mode": mode,
            "grammar_language": self.language_code(),
            "grammar_url": self.url.text(),
            "grammar_server_username": self.server_username.text(),
            "grammar_username": self.username.text(),
            "grammar_download": self.download.isChecked(),
            "grammar_idle_minutes": self.idle_minutes.value(),
        }

    def language_code(self) -> str:
        """The code from "English (UK) — en-GB", or whatever code was typed."""
        return self.language.currentText().rpartition(_SEPARATOR)[2].strip()

    def secret_fields(self) -> tuple[SecretField, ...]:
        return (self.server_password, self.api_key)

    def show_keyring(self, problem: str | None, stored: dict[str, bool]) -> None:
        """What the background look at the keyring found (None: a keyring is there)."""
        for field in self.secret_fields():
            field.show_state(
                stored.get(field.secret.key),
                available=problem is None,
                reason="Cannot be stored: see below",
            )
        self.keyring_note.setObjectName("error" if problem else "hint")
        self.keyring_note.setText(problem or "Passwords and API keys go to the system keyring.")
        self.keyring_note.style().unpolish(self.keyring_note)
        self.keyring_note.style().polish(self.keyring_note)

    def _set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(code)

    def _show_mode(self) -> None:
        remote, premium = (self.mode_buttons[m].isChecked() for m in ("remote", "premium"))
        self.local.setVisible(self.mode_buttons["local"].isChecked())
        self.server.setVisible(remote)
        self.premium.setVisible(premium)
        # Only a remote server or Premium keeps a secret: on this computer, or with checks
        # off, whether a keyring is there does not matter, so it is not mentioned.
        self.keyring_note.setVisible(remote or premium)
        self.language.setEnabled(not self.mode_buttons["off"].isChecked())
