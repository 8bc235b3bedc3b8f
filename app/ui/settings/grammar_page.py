"""The Settings dialog's "Grammar" page: where checks go, their language, and the login
for a remote server or LanguageTool Premium, whose secrets go to the system keyring."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
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
from app.grammar.install import DOWNLOAD_MEGABYTES
from app.settings import RANGES, Settings
from app.ui.settings.form_page import SettingsPage, form_layout, hint, line_edit
from app.ui.widgets.grammar_text import download_size_text
from app.ui.widgets.keyring_text import keyring_text
from app.ui.widgets.setting_text import setting_label


def _modes() -> dict[str, str]:
    return {
        "local": QCoreApplication.translate(
            "GrammarPage", "On this &computer (a LanguageTool server Rapport starts)"
        ),
        "remote": QCoreApplication.translate("GrammarPage", "On a LanguageTool &server elsewhere"),
        "premium": QCoreApplication.translate("GrammarPage", "With LanguageTool Pre&mium"),
        "off": QCoreApplication.translate("GrammarPage", "&Off"),
    }


def _languages() -> dict[str, str]:
    """The languages people most often write in; any other LanguageTool code can be typed."""

    return {
        "en-US": QCoreApplication.translate("GrammarPage", "English (US)"),
        "en-GB": QCoreApplication.translate("GrammarPage", "English (UK)"),
        "en-CA": QCoreApplication.translate("GrammarPage", "English (Canada)"),
        "en-AU": QCoreApplication.translate("GrammarPage", "English (Australia)"),
        "de-DE": QCoreApplication.translate("GrammarPage", "German (Germany)"),
        "de-AT": QCoreApplication.translate("GrammarPage", "German (Austria)"),
        "de-CH": QCoreApplication.translate("GrammarPage", "German (Switzerland)"),
        "fr": QCoreApplication.translate("GrammarPage", "French"),
        "es": QCoreApplication.translate("GrammarPage", "Spanish"),
        "it": QCoreApplication.translate("GrammarPage", "Italian"),
        "nl": QCoreApplication.translate("GrammarPage", "Dutch"),
        "pt-PT": QCoreApplication.translate("GrammarPage", "Portuguese (Portugal)"),
        "pt-BR": QCoreApplication.translate("GrammarPage", "Portuguese (Brazil)"),
        "pl-PL": QCoreApplication.translate("GrammarPage", "Polish"),
        "sv": QCoreApplication.translate("GrammarPage", "Swedish"),
        "da-DK": QCoreApplication.translate("GrammarPage", "Danish"),
        "ca-ES": QCoreApplication.translate("GrammarPage", "Catalan"),
        "uk-UA": QCoreApplication.translate("GrammarPage", "Ukrainian"),
        "auto": QCoreApplication.translate("GrammarPage", "Detect the language"),
    }


# Between a language's name and its code in the list: the code is read back after it.
_SEPARATOR = " — "


class SecretField(QWidget):
    """A password box for a secret in the keyring. It never shows the stored value: it
    says whether one is stored, takes a new one, or is told to remove it."""

    def __init__(self, secret: secrets.Secret, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.secret = secret
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        # Named in the window's language; `secret.label` is the English of `rapport`.
        if secret.key == secrets.PREMIUM_API_KEY.key:
            name = self.tr("LanguageTool Premium API key")
            remove = self.tr("Remove the stored LanguageTool Premium API key")
        else:
            name = self.tr("Grammar server password or API key")
            remove = self.tr("Remove the stored grammar server password or API key")
        self.edit.setAccessibleName(name)
        self.remove = QCheckBox(self.tr("Remove the stored one"))
        self.remove.setAccessibleName(remove)
        self.remove.toggled.connect(lambda on: self.edit.setEnabled(not on))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.remove)
        self.show_state(None, available=False, reason=self.tr("Checking the system keyring…"))

    def show_state(self, stored: bool | None, *, available: bool, reason: str = "") -> None:
        self.edit.setEnabled(available)
        self.remove.setVisible(bool(stored))
        self.remove.setEnabled(available)
        if not available:
            self.edit.setPlaceholderText(reason)
        elif stored:
            self.edit.setPlaceholderText(
                self.tr("Stored in the keyring; type a new one to replace it")
            )
        else:
            self.edit.setPlaceholderText(self.tr("Not stored yet"))

    def change(self) -> str | None:
        """The new value to store; "" to remove the stored one; None to leave it."""
        if self.remove.isChecked():
            return ""
        return self.edit.text() or None


class GrammarPage(SettingsPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("&Grammar")
        self.mode_buttons: dict[str, QRadioButton] = {}
        self.mode = QButtonGroup(self)
        checks = QGroupBox(self.tr("Grammar and spelling checks"))
        modes = QVBoxLayout()
        for mode, text in _modes().items():
            button = QRadioButton(text)
            button.setAccessibleName(
                self.tr("Grammar checks: {where}").format(where=text.replace("&", ""))
            )
            self.mode.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(setting_label("grammar_language"))
        for code, name in _languages().items():
            self.language.addItem(f"{name}{_SEPARATOR}{code}", code)
        form = form_layout()
        form.addRow(modes)
        self.add_field(form, "grammar_language", self.tr("&Language"), self.language)
        checks.setLayout(form)

        self.local = QGroupBox(self.tr("LanguageTool on this computer"))
        # Nothing is fetched without this box ticked: the promise is no connection but to
        # the grammar server the user chose.
        self.download = QCheckBox(
            self.tr("Do&wnload LanguageTool ({size}) if it is not installed").format(
                size=download_size_text(DOWNLOAD_MEGABYTES)
            )
        )
        self.download.setAccessibleDescription(setting_label("grammar_download"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(*RANGES["grammar_idle_minutes"])
        self.idle_minutes.setSuffix(self.tr(" min", "spin box suffix: minutes"))
        self.idle_minutes.setAccessibleDescription(setting_label("grammar_idle_minutes"))
        form = form_layout()
        form.addRow(self.download)
        self.add_field(
            form, "grammar_idle_minutes", self.tr("Stop it after, &unused"), self.idle_minutes
        )
        form.addRow(hint(self.tr("One server serves the window and the rapport command alike.")))
        self.local.setLayout(form)

        self.server = QGroupBox(self.tr("Grammar server"))
        self.url = line_edit(setting_label("grammar_url"), "https://languagetool.example.org")
        self.server_username = line_edit(
            setting_label("grammar_server_username"), self.tr("Only if it asks for a login")
        )
        self.server_password = SecretField(secrets.SERVER_PASSWORD)
        form = form_layout()
        self.add_field(form, "grammar_url", self.tr("Add&ress"), self.url)
        self.add_field(form, "grammar_server_username", self.tr("&Username"), self.server_username)
        self.add_field(
            form, secrets.SERVER_PASSWORD.key, self.tr("Pass&word or API key"), self.server_password
        )
        self.server.setLayout(form)

        self.premium = QGroupBox(self.tr("LanguageTool Premium"))
        self.username = line_edit(
            setting_label("grammar_username"), self.tr("Your account's e-mail address")
        )
        self.api_key = SecretField(secrets.PREMIUM_API_KEY)
        form = form_layout()
        self.add_field(form, "grammar_username", self.tr("&Username"), self.username)
        self.add_field(form, secrets.PREMIUM_API_KEY.key, self.tr("API &key"), self.api_key)
        form.addRow(
            hint(self.tr("The API key is in your LanguageTool account, under Access tokens."))
        )
        self.premium.setLayout(form)

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleDescription(self.tr("System keyring"))
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

    def show_keyring(self, problem: secrets.KeyringProblem | None, stored: dict[str, bool]) -> None:
        """What the background look at the keyring found (None: a keyring is there)."""
        for field in self.secret_fields():
            field.show_state(
                stored.get(field.secret.key),
                available=problem is None,
                reason=self.tr("Cannot be stored: see below"),
            )
        self.keyring_note.setObjectName("error" if problem else "hint")
        self.keyring_note.setText(
            keyring_text(problem)
            if problem
            else self.tr("Passwords and API keys go to the system keyring.")
        )
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
