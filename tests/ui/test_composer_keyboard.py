"""The checker's findings by keyboard alone: the menu of an underline on the Menu key and
Shift+F10, a finding acted on with Enter or Space, F8 to the next one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

STOCK = "I'd like to add you to my professional network. Hope you are well, let's touch base."


def write_stock_message(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText(STOCK)
    window.composer.message.setFocus()
    qtbot.waitUntil(window.composer.message.hasFocus)


def menu_from(press: Callable[[], None], choose: str = "") -> list[str]:
    """The entries of the menu that `press` opens; triggers the one starting with
    `choose`, if given, else closes the menu."""
    seen: list[str] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "no menu opened"
        seen.extend(action.text() for action in menu.actions())
        chosen = [a for a in menu.actions() if choose and a.text().startswith(choose)]
        if chosen:
            chosen[0].trigger()
        menu.close()

    QTimer.singleShot(0, read)
    press()
    return seen


def put_cursor_in(window: MainWindow, words: str) -> None:
    cursor = window.composer.message.textCursor()
    cursor.setPosition(window.composer.message.toPlainText().index(words) + 2)
    window.composer.message.setTextCursor(cursor)


def test_the_menu_key_and_shift_f10_open_the_menu_of_the_underline_at_the_cursor(
    qtbot: QtBot, window: MainWindow
) -> None:
    write_stock_message(qtbot, window)
    message = window.composer.message
    put_cursor_in(window, "touch base")
    by_menu_key = menu_from(lambda: qtbot.keyClick(message, Qt.Key.Key_Menu))
    assert "Ignore “touch base” in this message" in by_menu_key

    put_cursor_in(window, "Hope you are well")
    by_shift_f10 = menu_from(
        lambda: qtbot.keyClick(message, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        choose="Ignore “Hope you are well”",
    )
    assert "Ignore “Hope you are well” in this message" in by_shift_f10
    # The menu is about the words at the cursor.
    assert "Ignore “touch base” in this message" not in by_shift_f10
    found = {STOCK[f.start : f.end] for f in window.composer.report.findings}
    assert "Hope you are well" not in found and "touch base" in found
    assert message.toPlainText() == STOCK  # Shift+F10 typed nothing


def test_enter_and_space_on_a_finding_select_its_words_in_the_message(
    qtbot: QtBot, window: MainWindow
) -> None:
    write_stock_message(qtbot, window)
    checks = window.composer.checks
    rows = [checks.model.index(row, 0) for row in range(checks.model.rowCount())]
    cliches = [index for index in rows if "touch base" in index.data()]
    assert cliches, [index.data() for index in rows]
    checks.findings.setFocus()
    checks.findings.setCurrentIndex(cliches[0])
    qtbot.keyClick(checks.findings, Qt.Key.Key_Return)
    assert window.composer.message.textCursor().selectedText() == "touch base"

    others = [index for index in rows if "Hope you are well" in index.data()]
    checks.findings.setCurrentIndex(others[0])
    qtbot.keyClick(checks.findings, Qt.Key.Key_Space)
    assert window.composer.message.textCursor().selectedText() == "Hope you are well"


def test_f8_goes_from_one_finding_to_the_next(qtbot: QtBot, window: MainWindow) -> None:
    write_stock_message(qtbot, window)
    message = window.composer.message
    selected = []
    for _ in range(window.composer.checks.model.rowCount() + 1):
        qtbot.keyClick(message, Qt.Key.Key_F8)
        selected.append(message.textCursor().selectedText())
    findings = window.composer.report.findings
    assert selected[: len(findings)] == [STOCK[f.start : f.end] for f in findings]
    assert selected[-1] == selected[0]  # after the last, the first again
    assert message.toPlainText() == STOCK
