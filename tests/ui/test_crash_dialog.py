"""An error nothing handled: logged without what the user typed, shown, and survived.

pytest-qt's own exception capture is off here (the marker), so errors in slots reach the
hook under test exactly as they do in the running app.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.checker import Report
from app.logs import setup_logging
from app.ui.crash_dialog import CrashDialog, CrashReporter
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

pytestmark = pytest.mark.qt_no_exception_capture

TYPED = " See you at the next meetup, Ana!"


@pytest.fixture
def log_file(rapport_home: Path) -> Iterator[Path]:
    logger = logging.getLogger("app")
    handlers, level = list(logger.handlers), logger.level
    path = setup_logging("window")
    assert path is not None
    yield path
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def reporter(qapp: QApplication, log_file: Path) -> Iterator[CrashReporter]:
    reporter = CrashReporter()
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
        reporter.dialog.deleteLater()


def shown_dialog(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    return reporter.dialog


def fail_later() -> None:
    """An error raised in a slot the event loop calls."""

    def broken_slot() -> None:
        raise RuntimeError(f"could not save{TYPED}")

    QTimer.singleShot(0, broken_slot)


def test_an_error_while_typing_keeps_the_draft_and_says_where_the_log_is(
    qtbot: QtBot,
    window: MainWindow,
    reporter: CrashReporter,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    typed_before = window.composer.message.toPlainText()

    def failing_check(*args: object, **kwargs: object) -> Report:
        raise RuntimeError(f"checker failed on {window.composer.message.toPlainText()!r}")

    # The one stand-in: a checker bug, raised from the slot that runs on every keystroke.
    monkeypatch.setattr(window.context.checker, "check", failing_check)
    qtbot.keyClicks(window.composer.message, TYPED)

    dialog = shown_dialog(qtbot, reporter)
    assert window.isVisible()
    assert window.composer.message.toPlainText() == typed_before + TYPED
    assert str(log_file) in dialog.where.text()
    logged = log_file.read_text(encoding="utf-8")
    assert "Unhandled error in the window" in logged
    assert "in failing_check" in logged and "RuntimeError (message not logged" in logged
    for shown in (logged, dialog.details.toPlainText()):
        assert "meetup" not in shown and "PyData" not in shown
    # One keystroke after another failed: one dialog, counting them.
    assert dialog.occurrences == len(TYPED)
    assert f"happened {len(TYPED)} times" in dialog.repeats.text()


def test_copy_details_puts_the_withheld_report_on_the_clipboard(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    fail_later()
    dialog = shown_dialog(qtbot, reporter)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details.toPlainText()
    assert "RuntimeError" in copied and "in broken_slot" in copied
    assert "meetup" not in copied


class _FolderOpener(QObject):
    """Receives the file URLs the desktop would open (Qt's own routing of openUrl)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_log_folder_opens_the_folder_of_the_log(
    qtbot: QtBot, reporter: CrashReporter, log_file: Path
) -> None:
    opener = _FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        fail_later()
        dialog = shown_dialog(qtbot, reporter)
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opener.opened] == [log_file.parent]


def test_an_error_in_a_background_thread_is_reported_too(
    qtbot: QtBot, reporter: CrashReporter, log_file: Path
) -> None:
    def work() -> None:
        raise ValueError(f"bad row{TYPED}")

    thread = threading.Thread(target=work, name="rapport-import")
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot, reporter)
    assert "Unhandled error in rapport-import" in dialog.details.toPlainText()
    assert "ValueError (message not logged" in log_file.read_text(encoding="utf-8")


def test_escape_closes_the_dialog_and_the_next_error_opens_it_again(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    fail_later()
    first = shown_dialog(qtbot, reporter)
    qtbot.keyClick(first, Qt.Key.Key_Escape)
    assert not first.isVisible()
    fail_later()
    second = shown_dialog(qtbot, reporter)
    assert second.occurrences == 1


def test_without_a_log_file_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = CrashDialog("RuntimeError (message not logged)", None)
    qtbot.addWidget(dialog)
    assert "could not write its log file" in dialog.where.text()
    assert not dialog.open_folder_button.isEnabled()
