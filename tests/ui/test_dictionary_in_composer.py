"""Add to dictionary, from the underline's menu, lasts: a window opened later on the same
data folder, with the real LanguageTool server, does not flag the word again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from app.ui.main_window import MainWindow
from tests.grammar.helpers import JVM_START_WAIT
from tests.ui.conftest import select_contact
from tests.ui.test_composer_keyboard import menu_from

WORD = "Zalvrique"
TEXT = f"Hi Ana, your talk on {WORD} pipelines at PyData Lisbon was the best of the day."


def grammar_window(qtbot: QtBot, context: AppContext, server: LocalServer) -> MainWindow:
    context.grammar = GrammarService("local", server=server)
    context.grammar.wait_ready(JVM_START_WAIT)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    select_contact(window, "Ana Souza")
    return window


def flagged_words(window: MainWindow, qtbot: QtBot) -> set[str]:
    """The words of the spelling findings once the grammar check of `TEXT` is in."""
    composer = window.composer
    with qtbot.waitSignal(composer.grammar.checked, timeout=20_000):
        composer.message.setPlainText(TEXT)
    return {TEXT[f.start : f.end] for f in composer.report.findings if f.code == "spelling"}


def test_a_word_added_to_the_dictionary_is_not_flagged_after_a_restart(
    qtbot: QtBot, context: AppContext, local_server: LocalServer
) -> None:
    window = grammar_window(qtbot, context, local_server)
    assert WORD in flagged_words(window, qtbot)
    message = window.composer.message
    cursor = message.textCursor()
    cursor.setPosition(TEXT.index(WORD) + 2)
    message.setTextCursor(cursor)
    message.setFocus()
    menu_from(
        lambda: qtbot.keyClick(message, Qt.Key.Key_Menu), choose=f"Add “{WORD}” to your dictionary"
    )
    assert f"“{WORD}” is in your dictionary now." in window.statusBar().currentMessage()
    window.close()

    again = grammar_window(qtbot, context, local_server)
    assert WORD not in flagged_words(again, qtbot)
