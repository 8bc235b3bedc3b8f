"""LanguageTool killed in the middle of a session: the composer keeps working, says that
grammar checks are off, and checks grammar again once the server is back.

The server is this test's own (the session's shared one serves other tests, which must
not see it die), and it is a real LanguageTool JVM killed with SIGKILL.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.contacts import Contact
from app.context import AppContext
from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from app.grammar.status import GrammarStatus
from app.settings import Settings, save_settings
from app.ui.application import create_application
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_for_tasks

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="kills a JVM")

WRONG = "Hi Ana, I think their is a error in the slides from PyData Lisbon."
STOCK = "Hi Ana, I'd like to add you to my professional network. Their is a error."


@pytest.fixture
def own_server(languagetool_built: None) -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture
def window(qtbot: QtBot, own_server: LocalServer) -> Iterator[MainWindow]:
    create_application()
    save_settings(Settings(grammar_mode="off"), paths.settings_path())
    context = AppContext.open()
    context.store.add_contact(Contact(name="Ana Souza", how_met="at PyData Lisbon"))
    context.grammar.close()
    context.grammar = GrammarService("local", server=own_server)
    assert context.grammar.wait_ready(120).ready, context.grammar.status.reason
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    wait_for_tasks()
    context.close()


def codes(window: MainWindow) -> set[str]:
    return {finding.code for finding in window.composer.report.findings}


def grammar_shown(window: MainWindow) -> bool:
    """Grammar findings are shown for the message on screen now."""
    return "grammar" in codes(window) or "spelling" in codes(window)


def test_a_killed_server_is_said_and_checks_resume(
    qtbot: QtBot, window: MainWindow, own_server: LocalServer
) -> None:
    composer, state = window.composer, window.composer.checks.grammar_state
    [ana] = window.context.store.contacts()
    window.contacts.select(ana.id)
    composer.message.setPlainText(WRONG)
    qtbot.waitUntil(lambda: grammar_shown(window), timeout=30_000)
    assert state.text() == "Grammar: on"

    seen: list[GrammarStatus] = []
    composer.grammar.status_changed.connect(seen.append)
    victim = own_server.pid
    assert victim is not None
    os.kill(victim, signal.SIGKILL)
    qtbot.waitUntil(lambda: not own_server.running, timeout=10_000)

    # The composer goes on: the preview and the local checks follow every edit at once.
    composer.message.setPlainText(STOCK)
    assert composer.message.toPlainText().startswith("Hi Ana, I'd like to add you")
    assert "boilerplate" in codes(window)
    assert not grammar_shown(window)  # no stale grammar findings for the new text

    # ...and says that grammar checks are off, in words, while the server is away.
    qtbot.waitUntil(lambda: state.text() != "Grammar: on", timeout=15_000)
    down = [status for status in seen if not status.ready]
    assert down, "the composer never said grammar checks were off"
    assert any("stopped unexpectedly" in s.reason or "Starting" in s.reason for s in down)

    # The server comes back by itself; the message on screen gets its grammar check.
    qtbot.waitUntil(lambda: state.text() == "Grammar: on", timeout=120_000)
    qtbot.waitUntil(lambda: grammar_shown(window), timeout=30_000)
    assert "boilerplate" in codes(window)
    assert own_server.pid not in (None, victim)
