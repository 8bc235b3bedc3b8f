"""A Rapport window in a process of its own, for the crash-recovery test: it types a
draft for Ana, says "SAVED" once the draft file holds all of it, and waits to be killed.

Run as `python -m tests.ui.draft_child`, with RAPPORT_HOME pointing at a data folder
that has Ana Souza and Bo Chen in it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from app.context import AppContext
from app.ui.application import create_application
from app.ui.contacts.model import ContactRole
from app.ui.main_window import MainWindow

TYPED = " Looking forward to it"
TYPED_UNICODE = " — Zoë 🚀"  # QTest types ASCII only; the rest arrives as input-method text
DETAIL = "Bo Chen"


def type_draft(window: MainWindow) -> None:
    model = window.contacts.model
    ana = next(
        contact
        for row in range(model.rowCount())
        if (contact := model.index(row).data(ContactRole)).name == "Ana Souza"
    )
    window.contacts.select(ana.id)
    composer = window.composer
    composer.select_template("intro-make")
    detail = composer.detail_field("intro_name")
    assert detail is not None
    QTest.keyClicks(detail, DETAIL)
    composer.message.moveCursor(composer.message.textCursor().MoveOperation.End)
    QTest.keyClicks(composer.message, TYPED)
    composer.message.insertPlainText(TYPED_UNICODE)
    draft_file = window.context.data_dir / "drafts" / f"contact-{ana.id}.json"

    def report_when_saved() -> None:
        if draft_file.exists() and TYPED_UNICODE in draft_file.read_text(encoding="utf-8"):
            print("SAVED", flush=True)
        else:
            QTimer.singleShot(20, report_when_saved)

    report_when_saved()


def main() -> int:
    app = create_application(sys.argv)
    context = AppContext.open()
    window = MainWindow(context)
    window.show()
    QTimer.singleShot(0, lambda: type_draft(window))
    return app.exec()  # until the test kills this process


if __name__ == "__main__":
    sys.exit(main())
