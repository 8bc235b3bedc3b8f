"""The window shows the Compose page first and builds the rest right after it is painted;
whatever the user asks for in between works at once, as if it had all been there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.ui.history.page import HistoryPage
from app.ui.inbox.page import InboxPage
from app.ui.main_window import MainWindow
from app.ui.network.page import NetworkPage
from app.ui.recovery import load_checker
from app.ui.settings.dialog import SettingsDialog
from app.ui.templates.editor import TemplateEditor
from tests.ui.opening import open_window

PAGES = [
    (Qt.Key.Key_2, "Inbox", InboxPage),
    (Qt.Key.Key_3, "History", HistoryPage),
    (Qt.Key.Key_4, "Network", NetworkPage),
]


def shown_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The window as the user first sees it: painted, the work that follows not started."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # a shortcut reaches the active window only
        window.show()
        window.activateWindow()
    return window


@pytest.mark.parametrize(("key", "title", "page"), PAGES)
def test_a_page_shortcut_pressed_at_once_shows_the_page(
    qtbot: QtBot, context: AppContext, key: Qt.Key, title: str, page: type[QWidget]
) -> None:
    window = shown_window(qtbot, context)

    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)

    shown = window.pages.currentWidget()
    assert isinstance(shown, page) and shown.isVisible()
    assert window.pages.tabText(window.pages.currentIndex()) == title
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.splitter


def test_a_click_on_a_tab_at_once_shows_its_page(qtbot: QtBot, context: AppContext) -> None:
    window = shown_window(qtbot, context)

    tabs = window.pages.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(2).center())

    assert isinstance(window.pages.currentWidget(), HistoryPage)
    assert window.pages.currentWidget().isVisible()
    assert [window.pages.tabText(i) for i in range(window.pages.count())] == [
        "Compose",
        "Inbox",
        "History",
        "Network",
    ]


def test_the_pages_are_built_after_the_paint_without_moving_the_user(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)  # starts the work that follows the first paint

    def built() -> bool:
        return [type(window.pages.widget(i)) for i in range(1, 4)] == [
            InboxPage,
            HistoryPage,
            NetworkPage,
        ]

    qtbot.waitUntil(built)
    assert window.pages.currentWidget() is window.splitter
    assert window.inbox is window.pages.widget(1)


def test_the_settings_and_templates_shortcuts_work_at_once(
    qtbot: QtBot, context: AppContext
) -> None:
    window = shown_window(qtbot, context)

    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    [settings] = window.findChildren(SettingsDialog)
    assert settings.isVisible()
    settings.reject()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_T, modifiers)
    [editor] = window.findChildren(TemplateEditor)
    assert editor.isVisible()
    editor.close()


def test_the_import_shortcut_asks_for_a_file_at_once(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, title: str, *_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window = shown_window(qtbot, context)

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert len(asked) == 1 and "LinkedIn" in asked[0]


def test_a_phrase_list_that_cannot_be_read_is_reported(
    context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)  # no phrase lists there
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))

    assert not load_checker(context)

    [message] = told
    assert "boilerplate.txt" in message and "cannot be read" in message
