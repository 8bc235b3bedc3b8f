"""What the window does with an error nothing handled: log it, say so, and carry on.

PySide6 hands an exception raised in a slot or an event handler to `sys.excepthook` and
goes on running the event loop, so the window, and everything typed in it, survives;
`CrashReporter` takes that hook (and `threading.excepthook`, for background threads),
writes the traceback to the log without the exception's message (see app/logs.py), and
shows `CrashDialog`: that something went wrong, where the log is, and the same withheld
details to copy into a bug report. A second error while the dialog is open is counted
in it rather than opening another.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.logs import current_log_file, log_crash


class CrashDialog(QDialog):
    """Tells the user an error happened and where its details are; holds no message text."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport ran into a problem"))
        self.setAccessibleName(self.tr("Rapport ran into a problem"))
        self.log_file = log_file
        self.occurrences = 1

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(self.tr("Something went wrong inside Rapport."))
        self.heading.setObjectName("heading")
        self.summary = QLabel(
            self.tr(
                "What you typed is still in the window and you can carry on. If Rapport "
                "misbehaves from here, save your work and restart it."
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("What happened"))
        if log_file is not None:
            where = self.tr("The details were written to the log file:\n{file}").format(
                file=log_file
            )
        else:
            where = self.tr(
                "Rapport could not write its log file, so the details are only shown here."
            )
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleDescription(self.tr("Where the log is"))
        self.repeats = QLabel()
        self.repeats.setObjectName("hint")
        self.repeats.setAccessibleDescription(self.tr("How often it happened"))
        self.repeats.hide()
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Error details"))

        buttons = QDialogButtonBox()
        self.open_folder_button = QPushButton(self.tr("&Open log folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the log file"))
        self.open_folder_button.setEnabled(log_file is not None)
        self.open_folder_button.clicked.connect(self.open_log_folder)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleDescription(self.tr("Copy the error details"))
        self.copy_button.clicked.connect(self.copy_details)
        for button in (self.open_folder_button, self.copy_button):
            button.setAutoDefault(False)  # Enter closes the dialog, whichever has focus
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setIcon(QIcon())  # like its neighbours; the style's X is black in dark
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for label in (self.heading, self.summary, self.where, self.repeats):
            text.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(660, 380)
        self.close_button.setFocus()

    def add(self, report: str) -> None:
        """Another error while the dialog is open: count it and show its details too."""
        self.occurrences += 1
        times = self.occurrences  # lupdate reads a plain name as the count, not an attribute
        self.repeats.setText(
            QCoreApplication.translate(
                "CrashDialog", "This has happened %Ln times since Rapport started.", "", times
            )
        )
        self.repeats.show()
        self.details.appendPlainText(f"\n{report}")

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class CrashReporter(QObject):
    """Owns the exception hooks while installed; `dialog` is the one on screen, if any."""

    # Carries a report from whichever thread failed to the GUI thread, which shows it.
    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous_hook(kind, error, tb)
            return
        self._report(log_crash(error, "in the window"))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "a background thread"
        self._report(log_crash(args.exc_value, f"in {name}"))

    def _report(self, report: str) -> None:
        # The default hooks would print the full traceback, messages and all, and a
        # desktop session keeps a launched app's standard error in the system journal.
        if sys.stderr is not None:
            print(report, file=sys.stderr)
        self.reported.emit(report)

    @Slot(str)
    def _show(self, report: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(report)
        else:
            if self.dialog is not None:
                self.dialog.deleteLater()
            self.dialog = CrashDialog(report, current_log_file())
            self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()


def install_crash_reporter(parent: QObject) -> CrashReporter:
    """Install the hooks for as long as the program runs; `parent` (the application)
    keeps the reporter alive."""
    reporter = CrashReporter(parent)
    reporter.install()
    return reporter
