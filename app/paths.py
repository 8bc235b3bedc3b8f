"""Where Rapport keeps things: the user's data folder, and the files it ships with.

`RAPPORT_HOME` overrides the data folder (tests, portable use). Shipped files are found
both in a source checkout and inside a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Rapport"


def data_dir() -> Path:
    """The user data folder; created on first use."""
    override = os.environ.get("RAPPORT_HOME")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_dir() -> Path:
    """Rebuildable downloads and build products (the LanguageTool server, for one)."""
    override = os.environ.get("RAPPORT_CACHE")
    folder = Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_path() -> Path:
    return data_dir() / "rapport.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"


def user_templates_dir() -> Path:
    folder = data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def install_root() -> Path:
    """The folder holding `templates/` and `resources/`: the bundle, or the checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def builtin_templates_dir() -> Path:
    return install_root() / "templates"


def resources_dir() -> Path:
    return install_root() / "resources"
