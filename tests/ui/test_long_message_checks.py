"""A long message is checked off the GUI thread, and what the composer shows is always
about the text in the message: a check that comes back after the user typed on is
dropped, never painted over the newer text."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.checker import Report
from app.ui.compose.composer import Composer
from app.ui.compose.message_checks import BACKGROUND_FROM
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

PARAGRAPH = (
    "Your talk at PyData Lisbon on Friday about tidy data pipelines changed how our team "
    "loads the nightly exports, and the notebook you shared saved me a week of work. "
)
STOCK = " I'd like to add you to my professional network."


def _checked_now(composer: Composer) -> Report | None:
    """What the checker says about the message as it is now (grammar is off here)."""
    return composer.session.check(composer.context.checker, composer.context.sent)


def _shows_only_the_latest_text(composer: Composer) -> None:
    shown = composer.checking.report
    underlines = composer.message.extraSelections()
    if shown is None:
        assert underlines == []
        assert composer.checks.verdict.text() == ""
    else:
        assert shown == _checked_now(composer)
        assert len(underlines) == len(shown.findings)


def test_typing_into_a_20000_character_message_never_shows_an_older_texts_checks(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Ana Souza")
    composer = window.composer
    long_text = (PARAGRAPH * (20_000 // len(PARAGRAPH) + 1))[:20_000]
    assert len(long_text) >= BACKGROUND_FROM
    composer.message.setPlainText(long_text)
    qtbot.waitUntil(lambda: composer.checking.report is not None, timeout=10_000)
    _shows_only_the_latest_text(composer)
    composer.message.moveCursor(QTextCursor.MoveOperation.End)

    for character in STOCK:
        qtbot.keyClicks(composer.message, character)
        _shows_only_the_latest_text(composer)
        qtbot.wait(5)  # results of earlier keystrokes arrive here, most of them too late
        _shows_only_the_latest_text(composer)

    qtbot.waitUntil(lambda: composer.checking.report is not None, timeout=10_000)
    _shows_only_the_latest_text(composer)
    assert composer.message.toPlainText() == long_text + STOCK
    text = composer.message.toPlainText()
    report = composer.checking.report
    assert report is not None
    assert any(text[f.start : f.end].startswith("I'd like to add you") for f in report.findings)
    assert composer.checks.verdict.text()


def test_a_short_message_is_checked_at_once(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText(STOCK.strip())
    # No waiting: a note of a few hundred characters is checked as it is typed.
    assert window.composer.checking.report is not None
    _shows_only_the_latest_text(window.composer)
