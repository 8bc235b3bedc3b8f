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
from app.grammar.service import GrammarService
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
                    path="/opt/jdk/bin/java",
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


_KEYRING_DE = (
    "LanguageTool Premium braucht seinen API-Schlüssel aus dem Schlüsselbund des Systems, aber "
)
_OFF_DE = "Die Grammatikprüfung ist aus: "


@pytest.mark.parametrize(
    ("reason", "german"),
    [
        (
            GrammarReason(Why.NO_KEYRING, server=Server.PREMIUM),
            _KEYRING_DE + "auf diesem System gibt es keinen Schlüsselbund, den Rapport nutzen "
            "kann. Unter Linux installieren und entsperren Sie",
        ),
        (
            GrammarReason(Why.KEYRING_NOT_LOADED, server=Server.PREMIUM, detail="ImportError: x"),
            _KEYRING_DE + "der für Python eingerichtete Schlüsselbund lässt sich nicht laden "
            "(ImportError: x). Unter Linux",
        ),
        (
            GrammarReason(Why.KEYRING_REFUSED, server=Server.REMOTE, detail="KeyringLocked: no"),
            "Die Anmeldung am Grammatikserver braucht ihr Passwort aus dem Schlüsselbund des "
            "Systems, aber der Schlüsselbund hat den Zugriff verweigert (KeyringLocked: no).",
        ),
        (
            GrammarReason(Why.SECRET_NOT_STORED, server=Server.PREMIUM),
            "Im Schlüsselbund des Systems ist kein API-Schlüssel für LanguageTool Premium "
            "gespeichert (Dienst „rapport“, Eintrag „languagetool-api-key“). Tragen Sie ihn in "
            "den Einstellungen ein.",
        ),
        (
            GrammarReason(
                Why.DOWNLOAD_UNREACHABLE,
                version="6.8",
                number=250,
                host="github.com",
                detail="[Errno -3] Temporary failure in name resolution",
            ),
            _OFF_DE + "LanguageTool 6.8 muss einmal heruntergeladen werden (etwa 250 MB), und "
            "github.com ist nicht erreichbar ([Errno -3] Temporary failure in name resolution). "
            "Verbinden Sie sich mit dem Internet, oder wählen Sie in den Einstellungen einen "
            "entfernten LanguageTool-Server.",
        ),
        (
            GrammarReason(Why.DOWNLOAD_UNREACHABLE, version="6.8", number=250, host="github.com"),
            _OFF_DE + "LanguageTool 6.8 muss einmal heruntergeladen werden (etwa 250 MB), und "
            "github.com antwortet nicht.",
        ),
        (
            GrammarReason(Why.DOWNLOAD_FAILED, version="6.8", detail="Checksum mismatch"),
            _OFF_DE + "Der Download von LanguageTool 6.8 ist fehlgeschlagen (Checksum "
            "mismatch). Wählen Sie in den Einstellungen einen entfernten LanguageTool-Server, "
            "um ohne ihn zu prüfen.",
        ),
        (
            GrammarReason(
                Why.JAVA_NOT_STARTED,
                path="/opt/jdk-17/bin/java",
                detail="[Errno 13] Permission denied: '/opt/jdk-17/bin/java'",
            ),
            "Java unter /opt/jdk-17/bin/java ließ sich nicht starten: [Errno 13] Permission "
            "denied: '/opt/jdk-17/bin/java'.",
        ),
        (
            GrammarReason(Why.PORT_TAKEN),
            "Auf dem Port des lokalen Grammatikservers hat ein anderes Programm geantwortet.",
        ),
        (
            GrammarReason(Why.NO_FREE_PORT, number=5),
            "Der lokale Grammatikserver hat auf diesem Computer keinen freien Port gefunden; "
            "versucht wurden 5 Ports.",
        ),
        (
            GrammarReason(Why.KEEPER_NOT_STARTED, detail="[Errno 24] Too many open files"),
            "Der lokale Grammatikserver ließ sich nicht starten: [Errno 24] Too many open files",
        ),
        (
            GrammarReason(Why.KEEPER_NOT_STARTED),
            "Der lokale Grammatikserver ließ sich nicht starten.",
        ),
        (
            GrammarReason(Why.STARTING_ELSEWHERE, number=30),
            "Ein anderes Rapport startet den lokalen Grammatikserver schon seit 30 Sekunden; "
            "versuchen Sie es gleich noch einmal.",
        ),
        (
            GrammarReason(Why.NOT_BUILT, version="6.8", path="/home/ana/.cache/Rapport/lt"),
            "Der LanguageTool-6.8-Server ist nicht in /home/ana/.cache/Rapport/lt installiert.",
        ),
        (
            GrammarReason(Why.BUILD_INCOMPLETE, path="/lt", detail="languagetool-core-6.8.jar"),
            "Der LanguageTool-Server in /lt ist unvollständig (languagetool-core-6.8.jar fehlt).",
        ),
        (
            GrammarReason(Why.DOWNLOAD_INCOMPLETE, path="/lt", detail="libs/*.jar"),
            "Der LanguageTool-Download in /lt ist unvollständig (libs/*.jar fehlt). Löschen Sie "
            "diesen Ordner, dann lädt Rapport ihn erneut herunter.",
        ),
    ],
    ids=lambda value: value.why.value if isinstance(value, GrammarReason) else "",
)
def test_the_composer_says_in_german_why_grammar_checks_cannot_start(
    qtbot: QtBot, shipped_german: None, reason: GrammarReason, german: str
) -> None:
    """The rare failures too: the keyring, the download, Java, the port, the keeper. What
    they quote (a path, a host, a system's error) stays as it came."""
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.show_grammar_status(GrammarStatus("unavailable", reason))
    assert panel.grammar_state.text().startswith(german)


@pytest.mark.parametrize(
    ("address", "german"),
    [
        ("", "Die Adresse des Grammatikservers ist nicht festgelegt."),
        ("languagetool.example.org", "in den Einstellungen ist keine Webadresse"),
        ("https://sam:secret@lt.example.org", "enthält einen Benutzernamen oder ein Passwort"),
    ],
)
def test_a_hand_edited_server_address_is_explained_in_german(
    qtbot: QtBot, shipped_german: None, address: str, german: str
) -> None:
    service = GrammarService.from_settings(Settings(grammar_mode="remote", grammar_url=address))
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.show_grammar_status(service.status)
    shown = panel.grammar_state.text() or panel.grammar_state.toolTip()
    assert shown.startswith("Die Grammatikprüfung ist aus: ")
    assert german in shown and "secret" not in shown
