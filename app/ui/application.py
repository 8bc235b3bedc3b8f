"""Starting the window: the Qt application, the user's data, and the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__, render_worker
from app.checker import LexiconError
from app.context import AppContext
from app.settings import SettingsError
from app.store import StoreError
from app.ui.main_window import MainWindow
from app.ui.style import apply_style


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Rapport")
    app.setApplicationDisplayName("Rapport")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Rapport")
    app.setDesktopFileName("rapport")
    apply_style(app)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stderr is None:
        # A windowed launch (rapport-gui, a bundle) has no stderr; libraries that print
        # progress there (language-tool-python's download) would fail without one.
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the app
    app = create_application(argv)
    try:
        context = AppContext.open()
    except (StoreError, SettingsError, LexiconError) as exc:
        QMessageBox.critical(None, "Rapport cannot open your data", str(exc))
        return 1
    except OSError as exc:
        folder = exc.filename or "the data folder"
        QMessageBox.critical(
            None, "Rapport cannot open your data", f"{folder}: {exc.strerror or exc}"
        )
        return 1
    window = MainWindow(context)
    window.show()
    context.grammar.start()  # returns at once; the composer shows when checks are on
    render_worker.shared().start()  # edited drafts render there; start it before the first
    try:
        return app.exec()
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
