"""Imports from the window: choose a file, confirm a CSV's columns, watch the progress,
cancel if it takes too long, and read what changed.

The import itself runs on the thread pool with its own database connection (one per
thread); its progress comes back through a queued signal, and Cancel sets an event the
importer checks between rows, which rolls the whole import back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.importers import (
    ImportCancelled,
    ImportFileError,
    ImportSummary,
    csv_headers,
    import_csv,
    import_linkedin,
    import_vcard,
)
from app.importers.progress import Cancel, ProgressCallback
from app.importers.table import SkippedRow
from app.store import Store, StoreError
from app.ui.imports.csv_mapping_dialog import CsvMappingDialog
from app.ui.tasks import run_task
from app.ui.widgets.locale_text import count_text, day_text
from app.ui.widgets.sentence_text import error_text, said_text

Importer = Callable[[Store, ProgressCallback, Cancel], ImportSummary]
# Short imports finish before a progress window would be worth showing.
_SHOW_PROGRESS_AFTER_MS = 400


class _ProgressRelay(QObject):
    """Lives on the GUI thread: a signal emitted by the worker reaches `_show` queued,
    on the GUI thread, because the receiver lives there."""

    moved = Signal(int, int)

    def __init__(self, progress: QProgressDialog) -> None:
        super().__init__(progress)
        self._progress = progress
        self.moved.connect(self._show)

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        self._progress.setValue(int(1000 * done / max(total, 1)))


class ImportFlow(QObject):
    """Emits `imported(summary)` after an import saved something, and `status(text)`."""

    imported = Signal(object)
    status = Signal(str)

    def __init__(self, database: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self._database = database
        self._window = parent
        self._running = False
        # The progress window of the running import, if any.
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()

    @property
    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Stop the running import; it rolls back, so nothing of it is saved."""
        self._cancel.set()

    def import_linkedin(self) -> None:
        folder_or_zip = self._ask_for_file(
            self.tr("Import a LinkedIn data export"),
            self.tr("LinkedIn export (*.zip *.csv);;All files (*)"),
        )
        if folder_or_zip is not None:
            # The user may pick any CSV inside the unzipped export: import its folder.
            path = folder_or_zip.parent if folder_or_zip.suffix.lower() == ".csv" else folder_or_zip
            self.start(path.name, lambda s, p, c: import_linkedin(s, path, progress=p, cancel=c))

    def import_vcard(self) -> None:
        path = self._ask_for_file(
            self.tr("Import contacts from a vCard file"), self.tr("vCard (*.vcf *.vcard)")
        )
        if path is not None:
            self.start(path.name, lambda s, p, c: import_vcard(s, path, progress=p, cancel=c))

    def import_csv(self) -> None:
        path = self._ask_for_file(
            self.tr("Import contacts from a CSV file"), self.tr("CSV (*.csv *.txt)")
        )
        if path is None:
            return
        try:
            headers = csv_headers(path)
        except ImportFileError as exc:
            QMessageBox.warning(self._window, self.tr("Nothing was imported"), error_text(exc))
            return
        dialog = CsvMappingDialog(path.name, headers, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        mapping = dialog.mapping()
        self.start(path.name, lambda s, p, c: import_csv(s, path, mapping, progress=p, cancel=c))

    def start(self, name: str, importer: Importer) -> None:
        """Run `importer` in the background with a cancellable progress window."""
        if self._running:
            self.status.emit(self.tr("An import is already running; wait for it to finish."))
            return
        self._running = True
        cancel = threading.Event()
        progress = QProgressDialog(
            self.tr("Importing {file}…").format(file=name), self.tr("Cancel"), 0, 1000, self._window
        )
        progress.setWindowTitle(self.tr("Importing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(_SHOW_PROGRESS_AFTER_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(cancel.set)
        self._cancel = cancel
        self.progress = progress
        relay = _ProgressRelay(progress)
        database = self._database

        def work() -> ImportSummary:
            with Store.open(database) as store:
                return importer(store, relay.moved.emit, cancel)

        def done(summary: ImportSummary | None, error: BaseException | None) -> None:
            self._running = False
            progress.close()
            progress.deleteLater()
            self.progress = None
            self._finished(name, summary, error)

        run_task(work, done, self)

    def _finished(
        self, name: str, summary: ImportSummary | None, error: BaseException | None
    ) -> None:
        if isinstance(error, ImportCancelled):
            self.status.emit(
                self.tr("Import of {file} cancelled; nothing was saved.").format(file=name)
            )
            return
        if isinstance(error, ImportFileError | StoreError):
            QMessageBox.warning(self._window, self.tr("Nothing was imported"), error_text(error))
            return
        if error is not None:
            QMessageBox.critical(
                self._window,
                self.tr("Nothing was imported"),
                self.tr("The import of {file} failed ({error}). Nothing was saved.").format(
                    file=name, error=error_text(error)
                ),
            )
            return
        assert summary is not None  # run_task delivers exactly one of the two
        text = describe(summary)
        self.status.emit(text.splitlines()[0])
        self.imported.emit(summary)
        QMessageBox.information(self._window, self.tr("Import finished"), text)

    def _ask_for_file(self, title: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._window, title, str(Path.home()), filters)
        return Path(chosen) if chosen else None


def describe(summary: ImportSummary) -> str:
    """What an import changed, in sentences; the first line fits a status bar."""
    return ImportReport().describe(summary)


class ImportReport(QObject):
    """The sentences of `describe`. A class of its own because Qt's plurals need `tr`
    on an object of exactly the class whose name is the translation's context: lupdate
    marks QCoreApplication.translate() with a variable count as no plural at all."""

    def describe(self, summary: ImportSummary) -> str:
        lines = [
            self.tr(
                "Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.",
                "",
                summary.contacts_added,
            ).format(
                file=Path(summary.source).name,
                completed=count_text(summary.contacts_updated),
                unchanged=count_text(summary.contacts_unchanged),
            )
        ]
        if summary.invitations_added or summary.outcomes_updated:
            sent = self.tr(
                "%Ln invitations you sent ({accepted} accepted, {replied} of them answered with "
                "a message);",
                "",
                summary.invitations_added,
            ).format(
                accepted=count_text(summary.accepted_total),
                replied=count_text(summary.invitations_replied),
            )
            outcomes = self.tr(
                "%Ln earlier invitations now have an outcome.", "", summary.outcomes_updated
            )
            lines.append(f"{sent} {outcomes}")
        if summary.requests_added:
            lines.append(
                self.tr(
                    "%Ln requests you received are in the Inbox ({accepted} of them accepted "
                    "already).",
                    "",
                    summary.requests_added,
                ).format(accepted=count_text(summary.requests_accepted))
            )
        news = summary.export
        if news is not None and news.previous_on is not None:
            lines.append(
                self.tr(
                    "Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer "
                    "there (see the Network page).",
                    "",
                    len(news.changed),
                ).format(
                    day=day_text(date.fromisoformat(news.previous_on)),
                    new=count_text(len(news.new)),
                    gone=count_text(len(news.gone)),
                )
            )
        if summary.namesakes:
            lines.append(
                self.tr("%Ln people share a name with someone:", "", len(summary.namesakes))
            )
            lines += [self._row_line(row) for row in summary.namesakes[:20]]
        if summary.skipped:
            lines.append(self.tr("%Ln rows were skipped:", "", len(summary.skipped)))
            lines += [self._row_line(row) for row in summary.skipped[:20]]
            if len(summary.skipped) > 20:
                lines.append(
                    self.tr("• and {count} more.").format(
                        count=count_text(len(summary.skipped) - 20)
                    )
                )
        return "\n".join(lines)

    def _row_line(self, row: SkippedRow) -> str:
        """A skipped or namesake row: which file, which line, and why."""
        return self.tr("• {file}, line {line}: {reason}").format(
            file=said_text(row.file), line=row.line, reason=said_text(row.reason)
        )
