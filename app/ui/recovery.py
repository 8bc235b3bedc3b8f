"""Opening the user's data for the window, and what to do when it cannot be opened.

A damaged database gets the offer to restore the latest backup that is sound, with its
date; the damaged file is kept beside it. A locked or read-only database, and any other
problem, get a message that says what is wrong and what to do; so does a phrase list of
the checker that cannot be read, found once the window is up. Then too, an automatic
backup is made in the background, at most once a day.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app import paths
from app.context import AppContext
from app.sentences import SaidError
from app.settings import SettingsError
from app.store import StoreDamaged, StoreError
from app.ui.tasks import run_task
from app.ui.widgets.locale_text import long_day_text, time_text
from app.ui.widgets.sentence_text import error_text

if TYPE_CHECKING:
    from app.store.backups import Backup

log = logging.getLogger(__name__)


def _title() -> str:
    return QCoreApplication.translate("Recovery", "Rapport cannot open your data")


def open_data(parent: QWidget | None = None) -> AppContext | None:
    """The user's data, opened; None when it cannot be and the user has been told why."""
    restored = False
    while True:
        try:
            return AppContext.open()
        except StoreDamaged as exc:
            log.error("The database is damaged: %s", exc)
            # One restore per start: a copy that fails to open as well is not retried.
            if restored or not offer_restore(exc, paths.database_path(), parent):
                return None
            restored = True
        except (StoreError, SettingsError) as exc:
            log.error("Cannot open the data: %s", exc)
            QMessageBox.critical(parent, _title(), error_text(exc))
            return None
        except OSError as exc:
            folder = exc.filename or QCoreApplication.translate("Recovery", "the data folder")
            # A data folder Rapport cannot use says why in its own sentence; the system's
            # own errors are quoted.
            said = error_text(exc) if isinstance(exc, SaidError) else exc.strerror or exc
            problem = QCoreApplication.translate("Recovery", "{folder}: {problem}")
            QMessageBox.critical(parent, _title(), problem.format(folder=folder, problem=said))
            return None


def load_checker(context: AppContext, parent: QWidget | None = None) -> bool:
    """Read the checker's phrase lists (the window does it once it is painted); False when
    they cannot be read and the user has been told why."""
    from app.checker import LexiconError  # with the checker: after the first paint

    try:
        context.load_checker()
    except LexiconError as exc:
        log.error("Cannot read the phrase lists: %s", exc)
        QMessageBox.critical(parent, _title(), error_text(exc))
        return False
    return True


def offer_restore(error: StoreDamaged, database: Path, parent: QWidget | None = None) -> bool:
    """Ask whether to restore the latest sound backup, and do it; True when restored."""
    from app.store.backups import restore_latest_backup, usable_backup  # rarely needed

    backup = usable_backup(database)
    if backup is None:
        QMessageBox.critical(parent, _title(), error_text(error))
        return False
    question = restore_question(error, backup, parent)
    question.exec()
    if question.buttonRole(question.clickedButton()) != QMessageBox.ButtonRole.AcceptRole:
        return False
    try:
        restored = restore_latest_backup(database, backup)
    except StoreError as exc:
        QMessageBox.critical(parent, _title(), error_text(exc))
        return False
    log.warning(
        "Restored %s; the damaged database is kept as %s",
        restored.backup.path.name,
        restored.set_aside,
    )
    return True


def restore_question(
    error: StoreDamaged, backup: Backup, parent: QWidget | None = None
) -> QMessageBox:
    """The question, not yet asked: its default button restores, Quit leaves everything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_title())
    box.setText(error_text(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "Recovery",
            "Restore the backup made on {day} at {time}? Anything saved after it will be "
            "missing. The damaged file is kept next to the database, renamed; nothing is "
            "deleted.",
        ).format(
            day=long_day_text(backup.made_at.astimezone().date()), time=time_text(backup.made_at)
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "Restore the backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore.setAccessibleName(QCoreApplication.translate("Recovery", "Restore the backup"))
    quit_button = box.addButton(
        QCoreApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setAccessibleName(
        QCoreApplication.translate("Recovery", "Quit without changing anything")
    )
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_button)
    return box


def back_up_daily(window: QMainWindow, database: Path) -> None:
    """Make today's automatic backup in the background; a problem is said in the status
    bar (a damaged database is not backed up, so its good backups are kept)."""
    from app.store.backups import make_daily_backup  # not before the window's first paint

    def done(backup: Path | None, error: BaseException | None) -> None:
        if error is not None:
            log.error("No automatic backup: %s", error)
            window.statusBar().showMessage(
                QCoreApplication.translate("Recovery", "No backup was made today: {error}").format(
                    error=error_text(error)
                ),
                30_000,
            )
        elif backup is not None:
            log.info("Backed up the database to %s", backup)

    run_task(lambda: make_daily_backup(database), done, window)
