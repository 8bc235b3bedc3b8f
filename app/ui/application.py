"""Starting the window: the Qt application, the user's data, and the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from app import __version__, paths
from app.context import AppContext
from app.logs import setup_logging
from app.ui.crash_dialog import install_crash_reporter
from app.ui.first_run import ask_first_run, take_first_step
from app.ui.macos import name_the_application
from app.ui.main_window import MainWindow
from app.ui.recovery import back_up_daily, load_checker, open_data
from app.ui.startup import FirstPaint
from app.ui.style import app_icon, apply_style, styled_when_built
from app.ui.window_language import install_window_language, saved_setting

# The desktop entry's name, the icon's and the AppStream id: packaging/linux/ uses it
# for file names, and Wayland matches the window to its entry (and icon) by it.
APP_ID = "io.github.rapportapp.Rapport"

log = logging.getLogger(__name__)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    name_the_application("Rapport")  # the macOS menu bar reads the name before Qt starts
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Rapport")
    app.setApplicationDisplayName("Rapport")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Rapport")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon(paths.resources_dir() / "icons" / "hicolor", APP_ID))
    apply_style(app)
    return app


def main(argv: Sequence[str] | None = None, *, exit_after_startup: bool = False) -> int:
    if sys.stderr is None:
        # A windowed launch (rapport-gui, a bundle) has no stderr; libraries that print
        # progress there (language-tool-python's download) would fail without one.
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
    setup_logging(f"window, Qt {qVersion()}")
    app = create_application(argv)
    install_window_language(app, saved_setting())  # before any window or message box
    install_crash_reporter(app)
    context = open_data()
    if context is None:
        return 1
    first_step = None if exit_after_startup else ask_first_run(context)
    with styled_when_built(app):
        window = MainWindow(context)
    # The list itself, not its viewport: a widget Qt made, such as the viewport, costs
    # PySide the Python types of every widget class the first time one reaches Python.
    startup = FirstPaint(window.contacts.view)
    startup.painted.connect(_resume_garbage_collection)
    if exit_after_startup:
        startup.painted.connect(app.quit)
    else:
        startup.painted.connect(lambda: _start_services(context, window))
        if first_step is not None:
            startup.painted.connect(lambda: take_first_step(window, first_step))
    window.show()
    log.info("Window open")
    try:
        return app.exec()
    finally:
        context.close()


def _resume_garbage_collection() -> None:
    """Turn the garbage collector back on (`rapport` starts with it off, app/cli.py),
    leaving out of its rounds what start-up made: the modules, classes and widgets that
    live as long as the app. A round over them would take tens of milliseconds each time,
    also while the user types; the few hundred objects of start-up garbage among them stay
    until the app quits."""
    gc.freeze()
    gc.enable()


def _start_services(context: AppContext, window: MainWindow) -> None:
    """Once the window is up: neither the JVM, nor the worker's Python, nor reading the
    history, nor the day's backup, nor building the rest of the window competes with the
    first paint for the two or so cores a laptop has."""
    if not load_checker(context, window):
        QApplication.exit(1)
        return
    context.grammar.start()  # returns at once; the composer shows when checks are on
    from app.rendering import worker as render_worker  # after the first paint, as its start

    render_worker.shared().start()  # edited drafts render there; start it before the first
    back_up_daily(window, context.store.path)
    window.start_background_work()


if __name__ == "__main__":
    sys.exit(main())
