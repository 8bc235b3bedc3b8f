"""Why grammar checks are or are not coming, in the window's language: the composer's
grammar line words the core's `GrammarReason` itself. With the English translation it
reads exactly as `rapport` says it (so a reason the core adds without a wording here
fails); with the German one it reads German."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.grammar.install import DOWNLOAD_MEGABYTES, DOWNLOAD_SIZE
from app.grammar.reasons import GrammarReason, Server, Then, Why, english
from app.grammar.status import GrammarStatus
from app.settings import Settings
from app.ui.compose.checks_panel import ChecksPanel
from app.ui.settings.grammar_page import GrammarPage
from app.ui.widgets.grammar_text import download_size_text, grammar_text

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _samples(why: Why) -> Iterator[GrammarReason]:
    for server in Server:
        for number in (1, 5, 2.5):
            for detail in ("", "Error: java.lang.NoClassDefFoundError: org/x"):
                yield GrammarReason(
                    why,
                    server=server,
                    host="lt.example.org:8081",
                    number=number,
                    detail=detail,
                    version="6.8",
                    languages=("de", "fr"),
                )


@pytest.mark.parametrize("why", list(Why))
def test_every_reason_reads_as_the_core_says_it(qapp: QApplication, why: Why) -> None:
    for reason in _samples(why):
        for then in Then:
            said = reason.followed_by(then)
            assert grammar_text(said) == english(said)


def test_the_download_offer_reads_as_the_core_says_it(qapp: QApplication) -> None:
    assert download_size_text(DOWNLOAD_MEGABYTES) == DOWNLOAD_SIZE


def test_the_composer_says_in_german_why_grammar_checks_stopped(
    qtbot: QtBot, shipped_german: None
) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    killed = GrammarReason(Why.KILLED, number=9, detail="SIGKILL", then=Then.RESTARTING)
    panel.show_grammar_status(GrammarStatus("unavailable", killed))
    assert panel.grammar_state.text() == (
        "Der lokale Grammatikserver wurde unerwartet beendet (durch SIGKILL abgebrochen). "
        "Er wird neu gestartet."
    )
    timed_out = GrammarReason(Why.TIMED_OUT, server=Server.REMOTE, host="lt:8081", number=1)
    panel.show_grammar_status(GrammarStatus("unavailable", timed_out))
    assert panel.grammar_state.text() == (
        "Der Grammatikserver unter lt:8081 hat nicht innerhalb von 1 Sekunde geantwortet."
    )
    loading = GrammarReason(Why.LOADING, languages=("de",))
    panel.show_grammar_status(GrammarStatus("starting", loading))
    assert panel.grammar_state.text().startswith("LanguageTool lädt seine Regeln für Deutsch;")
    ready = GrammarReason(Why.READY, version="6.8")
    panel.show_grammar_status(GrammarStatus("ready", ready))
    assert panel.grammar_state.toolTip() == "Prüfung mit dem lokalen LanguageTool-6.8-Server."


def test_the_settings_offer_the_download_in_german(qtbot: QtBot, shipped_german: None) -> None:
    page = GrammarPage(Settings())
    qtbot.addWidget(page)
    assert (
        page.download.text() == "LanguageTool (etwa 250 MB) &herunterladen, falls nicht installiert"
    )
