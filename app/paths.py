"""Where Rapport keeps things: the user's data folder, and the files it ships with.

The data folder is, in order: `RAPPORT_HOME` (tests, portable use); the folder chosen in
Settings, recorded in a small pointer file in the configuration folder (the data folder
cannot say where it is itself); the platform's user data folder. Shipped files are found
in a source checkout, an installed wheel and a PyInstaller bundle alike.
"""

from __future__ import annotations

import errno
import importlib.resources
import json
import os
import sys
from pathlib import Path

import platformdirs

from app.sentences import QT_TRANSLATE_NOOP, SaidError, Sentence

APP_NAME = "Rapport"
POINTER_NAME = "data-folder.json"
DATABASE_NAME = "rapport.sqlite3"
SETTINGS_NAME = "settings.json"
TEMPLATES_NAME = "templates"


class DataFolderError(SaidError, OSError):
    """The chosen data folder cannot be used; `strerror` says why, for a person, and
    `sentence` says it in any language.

    An OSError, so the command line and the window report it as they report any folder
    that cannot be opened.
    """

    def __init__(self, sentence: Sentence, filename: Path) -> None:
        # OSError's own arguments, not SaidError's: they give `strerror` and `filename`.
        OSError.__init__(self, errno.EINVAL, str(sentence), str(filename))
        self.sentence = sentence


# The folder chosen in Settings as it was when this process first looked, by pointer file:
# a new choice takes effect at the next start, so one run never splits its data in two.
_chosen_at_start: dict[Path, Path | None] = {}


def data_dir() -> Path:
    """The user data folder; the default one is created on first use."""
    override = os.environ.get("RAPPORT_HOME")
    if override:
        folder = Path(override)
    else:
        pointer = data_dir_pointer()
        if pointer not in _chosen_at_start:
            _chosen_at_start[pointer] = chosen_data_dir()
        chosen = _chosen_at_start[pointer]
        if chosen is not None:
            if not chosen.is_dir():
                # Perhaps on a drive not mounted now: an empty new folder there would look
                # like all the user's data had gone.
                raise DataFolderError(
                    QT_TRANSLATE_NOOP(
                        "DataFolderError",
                        "The data folder chosen in Settings, {folder}, is not there. Connect "
                        "the drive it is on, or delete this file to use the default folder",
                    )(folder=chosen),
                    pointer,
                )
            return chosen
        folder = default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, False))


def config_dir() -> Path:
    """Where the pointer to the data folder lives; `RAPPORT_CONFIG` overrides it."""
    override = os.environ.get("RAPPORT_CONFIG")
    if override:
        return Path(override)
    return _apart_from_data(Path(platformdirs.user_config_dir(APP_NAME, False)), "Config")


def _apart_from_data(folder: Path, role: str) -> Path:
    """`folder`, or a sibling of the default data folder when it is that folder or inside it.

    On Windows and macOS platformdirs gives the data folder itself for configuration, and
    on Windows a folder inside it for the cache. The pointer would then sit in the folder
    it points away from, and moving the data would copy 250 MB of LanguageTool along:
    those get `Rapport Config` and `Rapport Cache` beside `Rapport` instead.
    """
    data = default_data_dir()
    if folder == data or data in folder.parents:
        return data.with_name(f"{data.name} {role}")
    return folder


def data_dir_pointer() -> Path:
    return config_dir() / POINTER_NAME


def chosen_data_dir() -> Path | None:
    """The data folder chosen in Settings as recorded now (so, for the next start), or
    None when none was and the default is used."""
    pointer = data_dir_pointer()
    try:
        raw = json.loads(pointer.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFolderError(
            QT_TRANSLATE_NOOP(
                "DataFolderError",
                "The record of your data folder cannot be read ({error}); fix or delete this file",
            )(error=exc),
            pointer,
        ) from exc
    folder = raw.get("data_folder") if isinstance(raw, dict) else None
    if not isinstance(folder, str) or not Path(folder).is_absolute():
        raise DataFolderError(
            QT_TRANSLATE_NOOP(
                "DataFolderError",
                'The record of your data folder holds no full path under "data_folder"; '
                "fix or delete this file",
            )(),
            pointer,
        )
    return Path(folder)


def cache_dir() -> Path:
    """Rebuildable downloads and build products (the LanguageTool server, for one)."""
    override = os.environ.get("RAPPORT_CACHE")
    if override:
        folder = Path(override)
    else:
        folder = _apart_from_data(Path(platformdirs.user_cache_dir(APP_NAME, False)), "Cache")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def settings_path() -> Path:
    return data_dir() / SETTINGS_NAME


def user_templates_dir() -> Path:
    folder = data_dir() / TEMPLATES_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def install_root() -> Path:
    """The folder holding `templates/` and `resources/`.

    Inside a PyInstaller bundle, the bundle's folder; in an installed wheel, the `app`
    package itself (setup.py puts both folders in it); in a source checkout, the top of the
    repository, where both stay. The package is asked through importlib.resources, which
    answers for each of these the way it was installed, and a wheel always installs as
    real files, so the path is usable as one.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    package = Path(str(importlib.resources.files("app")))
    if (package / "templates").is_dir():
        return package
    return package.parent


def builtin_templates_dir() -> Path:
    return install_root() / "templates"


def resources_dir() -> Path:
    return install_root() / "resources"
