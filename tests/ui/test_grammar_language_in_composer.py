"""The composer has LanguageTool check a message in the language it is written in: a
German message in de-DE, with German findings, whatever the grammar language setting
says about English."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.grammar.matches import GrammarMatch
from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from app.ui.main_window import MainWindow
from tests.grammar.helpers import JVM_START_WAIT
from tests.ui.conftest import select_contact

# "eine gutes Idee": an article, adjective and noun that disagree, which LanguageTool's
# German rules catch and its English ones cannot read.
GERMAN = (
    "Hallo Ana, Ihr Vortrag über Lockfiles auf der PyCon in Lissabon war eine gutes Idee "
    "für unser Team. Seitdem läuft unser Build endlich stabil."
)
# LanguageTool loads a language's rules on its first check in it, which on a busy
# machine takes minutes; the composer waits and asks again, so the test waits as long.
FIRST_CHECK_S = 400


@pytest.fixture
def languages_sent(
    context: AppContext, local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """The LanguageTool language of every check the window asks the real server for."""
    service = GrammarService("local", server=local_server, request_timeout=FIRST_CHECK_S)
    service.wait_ready(JVM_START_WAIT)
    sent: list[str] = []
    check = service.check

    def recording(text: str, language: str, known: Iterable[str] = ()) -> list[GrammarMatch]:
        sent.append(language)
        return check(text, language, known)

    monkeypatch.setattr(service, "check", recording)
    context.grammar = service
    return sent


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    select_contact(window, "Ana Souza")
    window.composer.message.setPlainText(GERMAN)
    return window


def test_a_german_message_goes_to_languagetool_in_german(
    qtbot: QtBot, context: AppContext, languages_sent: list[str]
) -> None:
    window = _window(qtbot, context)
    assert window.composer.report.language == "de"
    qtbot.waitUntil(lambda: "de-DE" in languages_sent, timeout=5_000)
    assert context.settings.grammar_language.startswith("en")  # the setting stays English


def test_a_german_message_gets_german_findings(
    qtbot: QtBot, context: AppContext, languages_sent: list[str]
) -> None:
    window = _window(qtbot, context)

    def grammar() -> list[str]:
        findings = window.composer.report.findings
        return [f.message for f in findings if GERMAN[f.start : f.end].endswith("gutes Idee")]

    qtbot.waitUntil(lambda: bool(grammar()), timeout=FIRST_CHECK_S * 1000)
    # LanguageTool explains its German rule in German.
    assert any("Nomen" in message for message in grammar()), grammar()
