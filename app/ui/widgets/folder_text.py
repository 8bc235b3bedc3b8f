"""Why a data folder cannot be used, or the data not copied there, in the window's
language.

The core says it as a `FolderIssue` (app/data_folder.py), and in English for `rapport
config`; this words the same values for the Settings dialog's Data folder page. The
folders and the system's error stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.data_folder import FolderIssue, Trouble


def folder_text(issue: FolderIssue) -> str:
    return _WORDINGS[issue.trouble](issue)


_WORDINGS: dict[Trouble, Callable[[FolderIssue], str]] = {
    Trouble.NONE_CHOSEN: lambda i: QCoreApplication.translate(
        "FolderText", "Choose a folder for your data."
    ),
    Trouble.NOT_A_FULL_PATH: lambda i: QCoreApplication.translate(
        "FolderText", "{folder} is not a full path; give the whole path."
    ).format(folder=i.folder),
    Trouble.A_FILE: lambda i: QCoreApplication.translate(
        "FolderText", "{folder} is a file, not a folder."
    ).format(folder=i.folder),
    Trouble.MAY_NOT_WRITE: lambda i: QCoreApplication.translate(
        "FolderText", "Rapport may not write in {folder}; choose another folder."
    ).format(folder=i.folder),
    Trouble.CANNOT_CREATE: lambda i: QCoreApplication.translate(
        "FolderText", "{folder} cannot be created: Rapport may not write in {parent}."
    ).format(folder=i.folder, parent=i.beside),
    Trouble.CANNOT_WRITE: lambda i: QCoreApplication.translate(
        "FolderText", "Rapport cannot write in {folder} ({error}); choose another folder."
    ).format(folder=i.folder, error=i.detail),
    Trouble.HOLDS_DATA: lambda i: QCoreApplication.translate(
        "FolderText", "{folder} already holds Rapport data; nothing was copied."
    ).format(folder=i.folder),
    Trouble.NOT_COPIED: lambda i: QCoreApplication.translate(
        "FolderText",
        "Your data could not be copied to {folder} ({error}); nothing was copied, and your "
        "data stays in {current}.",
    ).format(folder=i.folder, error=i.detail, current=i.beside),
    Trouble.NOT_RECORDED: lambda i: QCoreApplication.translate(
        "FolderText", "The new data folder could not be recorded in {file} ({error})."
    ).format(file=i.folder, error=i.detail),
}
