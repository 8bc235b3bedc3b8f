"""The checker in the composer: findings as the user types, grammar from the real server."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.checker import Finding, Severity
from app.context import AppContext
from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from app.ui.main_window import MainWindow
from tests.grammar.helpers import JVM_START_WAIT
from tests.ui.conftest import select_contact


def codes(window: MainWindow) -> set[str]:
    return {f.code for f in window.composer.report.findings}


def test_stock_text_is_called_out_at_once(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText("I'd like to add you to my professional network.")
    assert "boilerplate" in codes(window)
    assert window.composer.checks.verdict.text().startswith("Generic")
    first_row = window.composer.checks.model.index(0, 0)
    assert "stock" in first_row.data().lower() or "default" in first_row.data().lower()
    assert window.composer.message.extraSelections()  # underlined in the message


def test_specific_message_with_a_reason_is_personal(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    assert window.composer.checks.verdict.text().startswith("Personal")
    assert window.composer.report.score >= 60


def test_sending_the_same_text_twice_is_noticed(qtbot: QtBot, window: MainWindow) -> None:
    if window.context.sent is None:
        qtbot.waitSignal(window.sent_index_ready, timeout=10_000).wait()
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    same = "Hi {{ first_name }}, great talk at PyData Lisbon on Friday."
    window.composer.message.setPlainText(same)
    window.composer.record_sent()
    select_contact(window, "Bo Chen")
    window.composer.message.setPlainText(same)
    assert "repeated" in codes(window)


@pytest.fixture
def grammar_window(qtbot: QtBot, context: AppContext, local_server: LocalServer) -> MainWindow:
    """A window whose grammar checks go to the session's real LanguageTool server."""
    context.grammar = GrammarService("local", server=local_server)
    context.grammar.wait_ready(JVM_START_WAIT)
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_grammar_findings_arrive_from_the_real_server(
    qtbot: QtBot, grammar_window: MainWindow
) -> None:
    window = grammar_window
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText(
        "Hi {{ first_name }}, I think their is a error in your slides from PyData Lisbon."
    )
    with qtbot.waitSignal(window.composer.grammar.checked, timeout=15_000):
        pass
    qtbot.waitUntil(lambda: "grammar" in codes(window), timeout=5_000)
    text = window.composer.message.toPlainText()
    spans = [text[f.start : f.end] for f in window.composer.report.findings if f.code == "grammar"]
    assert any("their is" in span or span == "their" for span in spans), spans
    assert window.composer.checks.grammar_state.text() == "Grammar: on"


def test_grammar_off_is_said_and_everything_else_works(qtbot: QtBot, window: MainWindow) -> None:
    # The fixture's settings turn grammar off; the window says so, in words.
    assert window.composer.checks.grammar_state.text() == (
        "Grammar checks are turned off in the settings."
    )
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    assert window.composer.message.toPlainText().startswith("Hi Ana")
    assert window.composer.checks.verdict.text().startswith("Personal")


def test_history_from_earlier_sessions_counts_as_sent(qtbot: QtBot, context: AppContext) -> None:
    bo = next(c for c in context.store.contacts() if c.name == "Bo Chen")
    context.store.record_message(
        bo, template="t", kind="invite", channel="linkedin_note", text="Hi Ana, great talk."
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_background_work()
    qtbot.waitUntil(lambda: context.sent is not None, timeout=10_000)
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText("Hi Ana, great talk.")
    assert "repeated" in codes(window)


def test_choosing_a_suggestion_edits_the_draft(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText("Hi Ana, their is a typo here.")
    text = window.composer.message.toPlainText()
    start = text.index("their")
    grammar = Finding(
        "grammar", Severity.WARNING, "Did you mean “there”?", start, start + 5, ("there",)
    )
    window.composer.message.suggestion_chosen.emit(grammar, "there")
    assert window.composer.message.toPlainText() == "Hi Ana, there is a typo here."


def test_grammar_state_follows_the_server_without_waiting_for_a_check(
    qtbot: QtBot, grammar_window: MainWindow
) -> None:
    state = grammar_window.composer.checks.grammar_state
    qtbot.waitUntil(lambda: state.text() == "Grammar: on", timeout=3000)
