"""The Compose page's verdict line, score and findings agree: a message with a problem that
stops it being sent is never shown as a good one, however personal it reads."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

# Personal notes for Ana (she gave a talk on streaming pipelines at PyData Lisbon).
PERSONAL = (
    "Hi Ana, your talk on streaming pipelines at PyData Lisbon fixed our late-event bug: "
    "we moved the watermark after the Kafka join, as you showed. Could I send you the "
    "before-and-after latency chart?"
)
# Over a LinkedIn note's 300 characters, and specific all the way.
TOO_LONG = PERSONAL + (
    " We run the same Flink job for tram ticketing in Porto, and your point about "
    "idempotent sinks saved us a week of duplicate refunds; my colleague Rui wants to "
    "ask about the backfill you mentioned."
)


def _shown(window: MainWindow, text: str) -> tuple[str, str]:
    window.composer.message.setPlainText(text)
    label = window.composer.checks.verdict
    return label.text(), str(label.property("verdict"))


@pytest.fixture
def note_window(window: MainWindow) -> MainWindow:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    return window


def test_a_personal_note_that_can_go_shows_green(qtbot: QtBot, note_window: MainWindow) -> None:
    text, style = _shown(note_window, PERSONAL)
    report = note_window.composer.report
    assert report.verdict == "personal" and not report.blocking
    assert style == "personal"
    assert text.startswith("Personal") and f"score {report.score}/100" in text


@pytest.mark.parametrize(
    "message",
    [
        PERSONAL.replace("PyData Lisbon", "[Event]"),  # a template's blank left in
        TOO_LONG,  # over the note's limit
    ],
    ids=["blank-left-in", "over-the-limit"],
)
def test_a_blocking_problem_is_never_shown_green(
    qtbot: QtBot, note_window: MainWindow, message: str
) -> None:
    text, style = _shown(note_window, message)
    report = note_window.composer.report
    assert report.blocking, "the checker did not say this message cannot go as it is"
    assert style == "blocked"
    assert not text.startswith("Personal")
    assert text.startswith(report.blocking[0].message)


def test_line_and_report_agree_while_typing(qtbot: QtBot, note_window: MainWindow) -> None:
    """Key by key through a note that gains a blank and loses it again: at every step the
    line's colour follows the report, and its score is the report's."""
    steps = [PERSONAL[:n] for n in range(40, len(PERSONAL) + 1, 25)]
    steps += [PERSONAL + " [Company]", PERSONAL + " {{ day }}", PERSONAL, TOO_LONG]
    for step in steps:
        text, style = _shown(note_window, step)
        report = note_window.composer.report
        expected = "blocked" if report.blocking else report.verdict
        assert style == expected, (step, text)
        assert f"score {report.score}/100" in text
        assert (style == "personal") == (report.verdict == "personal" and not report.blocking)
