"""The "Language" page of the Settings dialog: the window's language, the language the user
writes in, and the "you" their templates use by default.

Language names are written in their own language ("Deutsch", "Français"), never
translated: someone who cannot read the window's current language still finds theirs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from app.languages import LANGUAGE_NAMES, LANGUAGES, REGISTERS
from app.settings import Settings
from app.ui.settings.form_page import SettingsPage, form_layout, hint

# The window's translations, named in their own language (app/settings.py WINDOW_LANGUAGES).
WINDOW_LANGUAGE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
}


class LanguagePage(SettingsPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("L&anguage", "settings page")
        self.window_language = _combo(
            self.tr("Window language"),
            [("system", self.tr("System default")), *WINDOW_LANGUAGE_NAMES.items()],
            settings.window_language,
        )
        self.my_language = _combo(
            self.tr("My language"),
            [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
            settings.my_language,
        )
        register_names = {"formal": self.tr("Formal"), "informal": self.tr("Informal")}
        self.default_register = _combo(
            self.tr("Default register"),
            [(register, register_names[register]) for register in REGISTERS],
            settings.default_register,
        )

        window = QGroupBox(self.tr("Window"))
        form = form_layout()
        self.add_field(form, "window_language", self.tr("&Window language"), self.window_language)
        form.addRow(
            hint(
                self.tr(
                    "Menus, buttons and dates in this language. A change applies at the next start."
                )
            )
        )
        window.setLayout(form)

        messages = QGroupBox(self.tr("Messages"))
        form = form_layout()
        self.add_field(form, "my_language", self.tr("&My language"), self.my_language)
        form.addRow(
            hint(
                self.tr(
                    "The language you write in: templates and checks for contacts who have none."
                )
            )
        )
        self.add_field(
            form, "default_register", self.tr("Default &register"), self.default_register
        )
        form.addRow(
            hint(
                self.tr(
                    "How templates address people where the language has two ways: "
                    "Sie or du, vous or tu, usted or tú, o senhor or você."
                )
            )
        )
        messages.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(window)
        layout.addWidget(messages)
        layout.addStretch(1)
        for combo in (self.window_language, self.my_language, self.default_register):
            combo.currentIndexChanged.connect(self.changed)

    def values(self) -> dict[str, Any]:
        return {
            "window_language": self.window_language.currentData(),
            "my_language": self.my_language.currentData(),
            "default_register": self.default_register.currentData(),
        }


def _combo(name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, label in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
