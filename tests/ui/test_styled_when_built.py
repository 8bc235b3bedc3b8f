"""The window is built without the application's style sheet and styled once complete
(app/ui/application.py); what the sheet says must show all the same when it is painted,
and the sheet must survive later restyling (a switch to dark, another window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.style import restyle, styled_when_built


def looks(label: QLabel) -> tuple[str, int]:
    label.ensurePolished()
    return label.palette().color(QPalette.ColorRole.WindowText).name(), label.font().weight()


def test_a_window_styled_when_built_looks_as_one_built_under_the_sheet(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    sheet = qapp.styleSheet()
    # The widgets other tests left for deletion go first, as a real start has none.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not qapp.allWidgets()
    with styled_when_built(qapp):
        built_first = MainWindow(context)
        qtbot.addWidget(built_first)
    built_first.show()
    qtbot.waitExposed(built_first)
    under_sheet = MainWindow(context)
    qtbot.addWidget(under_sheet)

    assert qapp.styleSheet() == sheet
    plain = looks(QLabel("plain"))
    for window in (under_sheet, built_first):
        hint, heading = window.contacts.count_label, window.composer.message_label
        assert looks(hint)[0] != plain[0]  # the muted colour of secondary text
        assert looks(heading)[1] == QFont.Weight.DemiBold.value != plain[1]
    assert looks(built_first.contacts.count_label) == looks(under_sheet.contacts.count_label)
    assert looks(built_first.composer.message_label) == looks(under_sheet.composer.message_label)

    light = looks(built_first.contacts.count_label)[0]
    restyle(qapp, Qt.ColorScheme.Dark)
    assert looks(built_first.contacts.count_label)[0] != light
    restyle(qapp, Qt.ColorScheme.Light)
    assert looks(built_first.contacts.count_label)[0] == light


def test_with_a_window_already_open_the_sheet_stays_and_restyling_works(
    qtbot: QtBot, qapp: QApplication, context: AppContext
) -> None:
    # A first launch: its dialog may still be waiting to be deleted when the window is built.
    open_first = MainWindow(context)
    with styled_when_built(qapp):
        window = MainWindow(context)
    for gone in (open_first, window):
        gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    restyle(qapp, Qt.ColorScheme.Dark)  # Qt crashed here when the sheet had been swapped
    restyle(qapp, Qt.ColorScheme.Light)
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert looks(again.contacts.count_label)[0] != looks(QLabel("plain"))[0]
