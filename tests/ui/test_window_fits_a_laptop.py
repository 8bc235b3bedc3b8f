"""The window fits a 1366x768 laptop: its first size comes from the screen, every page's
layout fits inside what such a screen leaves, and the contact form never scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.window_geometry import first_size
from tests.ui.history_seed import seed_history

# A 1366x768 screen less a desktop panel (about 40 pixels) and a title bar (about 30).
LAPTOP = QSize(1366, 768 - 40 - 30)


def test_the_first_size_comes_from_the_screen() -> None:
    assert first_size(QSize(1366, 728)).boundedTo(LAPTOP) == first_size(QSize(1366, 728))
    assert first_size(QSize(1920, 1040)) == QSize(1360, 860)  # a large screen: room to spare


def test_a_new_window_fits_its_screen(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_every_page_fits_a_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    seed_history(window.context.store, 300)  # statistics with every part filled in
    for page in (window.inbox, window.network):
        window.pages.setCurrentWidget(page)
    with qtbot.waitSignal(window.history.counted, timeout=20_000):
        window.pages.setCurrentWidget(window.history)
    for tab in range(window.history.tabs.count()):
        window.history.tabs.setCurrentIndex(tab)
    window.pages.setCurrentWidget(window.splitter)

    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needed.width() <= LAPTOP.width() and needed.height() <= LAPTOP.height()


def test_the_contact_form_never_scrolls_sideways(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(window.minimumSizeHint())
    # The narrowest the splitter lets the form be, with the other panels given the rest.
    window.splitter.setSizes([10_000, 1, 10_000])
    qtbot.waitUntil(lambda: window.form.width() > 0)

    scroll = window.splitter.widget(1)
    assert isinstance(scroll, QScrollArea)
    assert window.form.width() >= window.form.minimumSizeHint().width()
    assert not scroll.horizontalScrollBar().isVisible()
