"""Window geometry and splitter sizes: UI state, kept apart from the user's settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app import paths


def ui_state() -> QSettings:
    # An INI file in the data folder rather than the platform's default location, so that
    # RAPPORT_HOME (tests, portable use) keeps everything in one place.
    return QSettings(str(paths.data_dir() / "window-state.ini"), QSettings.Format.IniFormat)
