"""The window comes back the way the user left it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow


def test_geometry_and_splitter_are_remembered(qtbot: QtBot, context: AppContext) -> None:
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # inside the offscreen screen, above the minimum size
    first.splitter.setSizes([180, 240, 300])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (790, 560)
    assert second.splitter.sizes() == sizes


def test_every_action_has_a_shortcut(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()]
    assert len(actions) >= 8
    assert all(not action.shortcut().isEmpty() for action in actions)
