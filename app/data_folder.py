"""Choosing another data folder: check it, copy the data there if asked, record the choice.

The change takes effect at the next start; the running app keeps using the folder it
opened. Nothing is moved, overwritten or deleted: the old folder stays as it was, and a
copy goes only into a folder that holds no Rapport data yet.

What is wrong with a folder is a `FolderIssue`, values the Settings dialog words in the
window's language (app/ui/widgets/folder_text.py); `english` says it for `rapport config`.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app import paths
from app.safe_io.writing import write_text_atomically

_RAPPORT_NAMES = (paths.DATABASE_NAME, paths.SETTINGS_NAME, paths.TEMPLATES_NAME)
# SQLite's companion files: the backup API already copies what they hold.
_COMPANIONS = tuple(paths.DATABASE_NAME + end for end in ("-wal", "-shm", "-journal"))


class Trouble(StrEnum):
    NONE_CHOSEN = "none_chosen"
    NOT_A_FULL_PATH = "not_a_full_path"
    A_FILE = "a_file"
    MAY_NOT_WRITE = "may_not_write"
    CANNOT_CREATE = "cannot_create"  # `beside`: the nearest folder there, which refuses
    CANNOT_WRITE = "cannot_write"  # the system refused though the permissions allow
    HOLDS_DATA = "holds_data"
    NOT_COPIED = "not_copied"  # `beside`: where the data stays
    NOT_RECORDED = "not_recorded"  # `folder`: the file the choice goes in


@dataclass(frozen=True)
class FolderIssue:
    """What is wrong with `folder` (as typed, for a path that is not a full one); `detail`
    quotes the system's error."""

    trouble: Trouble
    folder: str = ""
    beside: str = ""
    detail: str = ""


def english(issue: FolderIssue) -> str:
    folder, beside, detail = issue.folder, issue.beside, issue.detail
    match issue.trouble:
        case Trouble.NONE_CHOSEN:
            return "Choose a folder for your data."
        case Trouble.NOT_A_FULL_PATH:
            return f"{folder} is not a full path; give the whole path."
        case Trouble.A_FILE:
            return f"{folder} is a file, not a folder."
        case Trouble.MAY_NOT_WRITE:
            return f"Rapport may not write in {folder}; choose another folder."
        case Trouble.CANNOT_CREATE:
            return f"{folder} cannot be created: Rapport may not write in {beside}."
        case Trouble.CANNOT_WRITE:
            return f"Rapport cannot write in {folder} ({detail}); choose another folder."
        case Trouble.HOLDS_DATA:
            return f"{folder} already holds Rapport data; nothing was copied."
        case Trouble.NOT_COPIED:
            return (
                f"Your data could not be copied to {folder} ({detail}); nothing was copied, "
                f"and your data stays in {beside}."
            )
        case Trouble.NOT_RECORDED:
            return f"The new data folder could not be recorded in {folder} ({detail})."


class FolderProblem(Exception):
    """The folder cannot be used, or the data could not be copied; the message says why,
    and `issue` says it as values."""

    def __init__(self, issue: FolderIssue) -> None:
        super().__init__(english(issue))
        self.issue = issue


def home_override() -> Path | None:
    """The folder `RAPPORT_HOME` names; while it is set, the data folder setting is unused."""
    home = os.environ.get("RAPPORT_HOME")
    return Path(home) if home else None


def next_start_folder() -> Path:
    """The folder Rapport will use when it next starts (RAPPORT_HOME aside)."""
    return paths.chosen_data_dir() or paths.default_data_dir()


def check_folder(text: str) -> Path:
    """The folder `text` names, when Rapport could keep its data there.

    Looks without changing anything (it runs as the user types); `prepare` proves it.
    """
    if not text.strip():
        raise FolderProblem(FolderIssue(Trouble.NONE_CHOSEN))
    folder = Path(text.strip()).expanduser()
    if not folder.is_absolute():
        raise FolderProblem(FolderIssue(Trouble.NOT_A_FULL_PATH, text.strip()))
    folder = Path(os.path.normpath(folder))
    if folder.exists() and not folder.is_dir():
        raise FolderProblem(FolderIssue(Trouble.A_FILE, str(folder)))
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        if existing == folder:
            raise FolderProblem(FolderIssue(Trouble.MAY_NOT_WRITE, str(folder)))
        raise FolderProblem(FolderIssue(Trouble.CANNOT_CREATE, str(folder), str(existing)))
    return folder


def holds_rapport_data(folder: Path) -> bool:
    return any((folder / name).exists() for name in _RAPPORT_NAMES)


def prepare(folder: Path) -> None:
    """Create the folder and prove that files can be written there (a read-only drive or
    a full disk can refuse what the permissions allow)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"rapport")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        said = str(exc.strerror or exc)[:300]
        raise FolderProblem(FolderIssue(Trouble.CANNOT_WRITE, str(folder), detail=said)) from exc


def copy_data(source: Path, target: Path) -> None:
    """Copy everything in `source` to `target`, which must hold no Rapport data.

    The database goes through SQLite's backup API, which copies a consistent snapshot
    while the app has it open. If anything fails, what this call copied is removed again
    and `FolderProblem` says why; `source` is only ever read.
    """
    if holds_rapport_data(target):
        raise FolderProblem(FolderIssue(Trouble.HOLDS_DATA, str(target)))
    created: list[Path] = []
    # Older versions kept them inside the data folder on Windows and macOS: not data.
    not_data = (paths.config_dir(), paths.cache_dir())
    try:
        for entry in sorted(source.iterdir()):
            destination = target / entry.name
            if entry.name in _COMPANIONS or destination.exists():
                continue
            if any(_same_folder(entry, folder) for folder in not_data):
                continue
            created.append(destination)
            if entry.name == paths.DATABASE_NAME:
                _copy_database(entry, destination)
            elif entry.is_dir():
                shutil.copytree(entry, destination, symlinks=True)
            else:
                shutil.copy2(entry, destination)
    except (OSError, sqlite3.Error) as exc:
        for path in reversed(created):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        issue = FolderIssue(Trouble.NOT_COPIED, str(target), str(source), str(exc)[:300])
        raise FolderProblem(issue) from exc


def record_choice(folder: Path | None) -> None:
    """Use `folder` from the next start on; None goes back to the default folder."""
    pointer = paths.data_dir_pointer()
    try:
        if folder is None:
            pointer.unlink(missing_ok=True)
        else:
            text = json.dumps({"data_folder": str(folder)}, ensure_ascii=False, indent=2)
            write_text_atomically(pointer, text + "\n")
    except OSError as exc:
        said = str(exc.strerror or exc)[:300]
        raise FolderProblem(FolderIssue(Trouble.NOT_RECORDED, str(pointer), detail=said)) from exc


def change_folder(folder: Path | None, *, copy_from: Path | None = None) -> Path:
    """Prepare the new folder (None: the default), copy the data in `copy_from` there if
    given, and record it for the next start. Returns the folder Rapport will use."""
    target = folder or paths.default_data_dir()
    prepare(target)
    if copy_from is not None:
        copy_data(copy_from, target)
    record_choice(folder)
    return target


def _copy_database(source: Path, destination: Path) -> None:
    with closing(sqlite3.connect(source)) as reader, closing(sqlite3.connect(destination)) as out:
        reader.backup(out)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
