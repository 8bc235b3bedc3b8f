"""The language the window speaks, chosen once at start-up before any window exists.

The `window_language` setting says "system" (follow the system's locale) or one of the
languages Rapport has translations for. Two translators are installed: Rapport's own
(resources/translations/rapport_<code>.qm, compiled from the .ts files at install) and Qt's
(qtbase_<code>.qm, so the standard buttons of message boxes speak the same language). The
default QLocale is set too, so app/ui/widgets/locale_text.py writes dates and numbers the
user's way. A system locale Rapport has no translation for ("C", POSIX, Japanese…) gets
English with United States forms. A missing or unreadable .qm leaves the window in English:
it never stops the start.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths
from app.settings import WINDOW_LANGUAGES, SettingsError, load_settings

log = logging.getLogger(__name__)

# Each translated language, and the locale its dates and numbers take when the user chose
# the language rather than the system's locale.
_LOCALES = {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt_BR": "pt_BR"}
_FALLBACK = "en"


@dataclass(frozen=True)
class WindowLanguage:
    """What start-up decided: the translation's code ("de", "pt_BR") and the locale that
    formats dates and numbers (de_AT keeps Austria's forms with the German text)."""

    code: str
    locale: QLocale


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def choose_language(setting: str, system: QLocale) -> WindowLanguage:
    """The language for `setting` ("system" or a code of WINDOW_LANGUAGES) on a system
    whose locale is `system`."""
    system_code = _translated_code(system)
    if setting in _LOCALES:
        if setting == system_code:
            return WindowLanguage(setting, system)  # the system's country forms
        return WindowLanguage(setting, QLocale(_LOCALES[setting]))
    if system_code is None:
        return WindowLanguage(_FALLBACK, QLocale(_LOCALES[_FALLBACK]))
    return WindowLanguage(system_code, system)


def _translated_code(locale: QLocale) -> str | None:
    """The translation that serves `locale`'s language, None when Rapport has none.
    Portuguese of any country reads the Brazilian translation."""
    language = locale.language()
    if language == QLocale.Language.C:
        return None
    name = locale.name()  # "de_AT", "pt_PT", "C"
    base = name.split("_")[0]
    if base == "pt":
        return "pt_BR"
    return base if base in _LOCALES else None


def core_language() -> str:
    """The window's language as app.languages names it ("de", "pt"), for the core's own
    sentences the window shows (the triage's reasons): the one the default locale speaks,
    which start-up set."""
    code = _translated_code(QLocale()) or _FALLBACK
    return "pt" if code == "pt_BR" else code


def saved_setting() -> str:
    """The `window_language` setting as saved; "system" when the settings cannot be read
    (opening the data says why, once the window can speak)."""
    try:
        return load_settings(paths.settings_path()).window_language
    except (SettingsError, OSError) as exc:
        log.warning("Window language from the system locale: %s", exc)
        return WINDOW_LANGUAGES[0]


def install_window_language(
    app: QCoreApplication, setting: str, system: QLocale | None = None
) -> WindowLanguage:
    """Set the default locale and install the translators on `app` for `setting`."""
    chosen = choose_language(setting, QLocale.system() if system is None else system)
    QLocale.setDefault(chosen.locale)
    _install(app, f"rapport_{chosen.code}", translations_dir())
    if chosen.code != "en":  # Qt's own texts are English already
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, f"qtbase_{chosen.code}", qt_folder)
    log.info("Window language %s, locale %s", chosen.code, chosen.locale.name())
    return chosen


def _install(app: QCoreApplication, name: str, folder: Path) -> None:
    translator = QTranslator(app)  # the application keeps it alive
    if translator.load(name, str(folder)):
        app.installTranslator(translator)
    else:
        log.warning("No translation %s in %s: those texts stay in English", name, folder)
