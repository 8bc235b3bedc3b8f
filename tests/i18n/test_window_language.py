"""Which language the window speaks at start-up, and that it starts whatever the
translations folder holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.ui import window_language
from app.ui.application import create_application
from app.ui.widgets.locale_text import count_text, day_text
from app.ui.window_language import choose_language, install_window_language


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, with the translators a test installed removed afterwards."""
    application = create_application([])
    yield application
    for translator in application.findChildren(QTranslator):
        application.removeTranslator(translator)
        translator.setParent(None)


@pytest.mark.parametrize(
    ("setting", "system", "code", "locale"),
    [
        ("system", "de_AT", "de", "de_AT"),  # Austria's forms with the German text
        ("system", "pt_PT", "pt_BR", "pt_PT"),
        ("system", "en_GB", "en", "en_GB"),
        ("system", "C", "en", "en_US"),
        ("system", "ja_JP", "en", "en_US"),  # no Japanese translation: English
        ("fr", "de_DE", "fr", "fr_FR"),  # chosen: the language's own forms
        ("de", "de_CH", "de", "de_CH"),  # chosen and the system's: the system's country
        ("pt_BR", "C", "pt_BR", "pt_BR"),
    ],
)
def test_the_language_and_its_forms(setting: str, system: str, code: str, locale: str) -> None:
    chosen = choose_language(setting, QLocale(system))
    assert (chosen.code, chosen.locale.name()) == (code, locale)


def test_dates_and_numbers_follow_the_chosen_language(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    install_window_language(app, "de", QLocale("en_US"))
    assert count_text(1204) == "1.204"
    assert day_text(date(2026, 12, 7)) == "07.12.2026"


def test_qt_own_buttons_speak_the_language(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    install_window_language(app, "de", QLocale("C"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


@pytest.mark.parametrize("content", [None, b"not a translation file"])
def test_a_missing_or_broken_translation_leaves_english(
    app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes | None,
) -> None:
    if content is not None:
        (tmp_path / "rapport_fr.qm").write_bytes(content)
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    chosen = install_window_language(app, "fr", QLocale("C"))
    assert chosen.code == "fr"
    assert QCoreApplication.translate("WindowMenus", "&File") == "&File"


def test_unreadable_settings_follow_the_system(rapport_home: Path) -> None:
    (rapport_home / "settings.json").write_text("{not json", encoding="utf-8")
    assert window_language.saved_setting() == "system"
