"""Imports from the window: choose a file, confirm a CSV's columns, watch the progress,
cancel if it takes too long, and read what changed.

The import itself runs on the thread pool with its own database connection (one per
thread); its progress comes back through a queued signal, and Cancel sets an event the
importer checks between rows, which rolls the whole import back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
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
from app.store import Store, StoreError
from app.ui.imports.csv_mapping_dialog import CsvMappingDialog
from app.ui.tasks import run_task
from app.wording import plural, plural_of

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
            "Import a LinkedIn data export",
            "LinkedIn export (*.zip *.csv);;All files (*)",
        )
        if folder_or_zip is not None:
            # The user may pick any CSV inside the unzipped export: import its folder.
            path = folder_or_zip.parent if folder_or_zip.suffix.lower() == ".csv" else folder_or_zip
            self.start(path.name, lambda s, p, c: import_linkedin(s, path, progress=p, cancel=c))

    def import_vcard(self) -> None:
        path = self._ask_for_file("Import contacts from a vCard file", "vCard (*.vcf *.vcard)")
        if path is not None:
            self.start(path.name, lambda s, p, c: import_vcard(s, path, progress=p, cancel=c))

    def import_csv(self) -> None:
        path = self._ask_for_file("Import contacts from a CSV file", "CSV (*.csv *.txt)")
        if path is None:
            return
        try:
            headers = csv_headers(path)
        except ImportFileError as exc:
            QMessageBox.warning(self._window, "Nothing was imported", str(exc))
            return
        dialog = CsvMappingDialog(path.name, headers, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        mapping = dialog.mapping()
        self.start(path.name, lambda s, p, c: import_csv(s, path, mapping, progress=p, cancel=c))

    def start(self, name: str, importer: Importer) -> None:
        """Run `importer` in the background with a cancellable progress window."""
        if self._running:
            self.status.emit("An import is already running; wait for it to finish.")
            return
        self._running = True
        cancel = threading.Event()
        progress = QProgressDialog(f"Importing {name}…", "Cancel", 0, 1000, self._window)
        progress.setWindowTitle("Importing")
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
            self.status.emit(f"Import of {name} cancelled; nothing was saved.")
            return
        if isinstance(error, ImportFileError | StoreError):
            QMessageBox.warning(self._window, "Nothing was imported", str(error))
            return
        if error is not None:
            QMessageBox.critical(
                self._window,
                "Nothing was imported",
                f"The import of {name} failed ({error}). Nothing was saved.",
            )
            return
        assert summary is not None  # run_task delivers exactly one of the two
        text = describe(summary)
        self.status.emit(text.splitlines()[0])
        self.imported.emit(summary)
        QMessageBox.information(self._window, "Import finished", text)

    def _ask_for_file(self, title: str, filters: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._window, title, str(Path.home()), filters)
        return Path(chosen) if chosen else None


def describe(summary: ImportSummary) -> str:
    """What an import changed, in sentences; the first line fits a status bar."""
    lines = [
        f"Imported {Path(summary.source).name}: {plural(summary.contacts_added, 'new contact')}, "
        f"{summary.contacts_updated:,} completed, {summary.contacts_unchanged:,} unchanged."
    ]
    if summary.invitations_added or summary.outcomes_updated:
        lines.append(
            f"{plural(summary.invitations_added, 'invitation')} you sent "
            f"({summary.accepted_total:,} accepted, {summary.invitations_replied:,} of them "
            f"answered with a message); {plural(summary.outcomes_updated, 'earlier invitation')} "
            f"now {plural_of(summary.outcomes_updated, 'has')} an outcome."
        )
    if summary.requests_added:
        received = plural(summary.requests_added, "request")
        lines.append(
            f"{received} you received {plural_of(summary.requests_added, 'is')} in the Inbox"
            f" ({summary.requests_accepted:,} of them accepted already)."
        )
    news = summary.export
    if news is not None and news.previous_on is not None:
        lines.append(
            f"Since your export of {news.previous_on}: {plural(len(news.changed), 'changed job')}, "
            f"{len(news.new):,} new, {len(news.gone):,} no longer there (see the Network page)."
        )
    if summary.namesakes:
        count = len(summary.namesakes)
        verb = "shares" if count == 1 else "share"
        lines.append(f"{plural(count, 'person')} {verb} a name with someone:")
        lines += [f"• {row.file}, line {row.line}: {row.reason}" for row in summary.namesakes[:20]]
    if summary.skipped:
        skipped = len(summary.skipped)
        lines.append(f"{plural(skipped, 'row')} {plural_of(skipped, 'was')} skipped:")
        lines += [f"• {row.file}, line {row.line}: {row.reason}" for row in summary.skipped[:20]]
        if len(summary.skipped) > 20:
            lines.append(f"• and {len(summary.skipped) - 20:,} more.")
    return "\n".join(lines)
