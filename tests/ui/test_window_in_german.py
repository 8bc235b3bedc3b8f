"""With window_language=de and a German translation, the window's menus, tabs and counts
come out in German. The translation is a small one written here and compiled with
PySide6's lrelease, so the test does not wait on the translators' files."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui import window_language
from app.ui.main_window import MainWindow
from app.ui.window_language import install_window_language

GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>WindowMenus</name>
  <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
  <message><source>&amp;View</source><translation>&amp;Ansicht</translation></message>
  <message><source>&amp;Contact</source><translation>&amp;Kontakt</translation></message>
  <message><source>&amp;Message</source><translation>&amp;Nachricht</translation></message>
  <message><source>&amp;Quit</source><translation>&amp;Beenden</translation></message>
</context>
<context><name>MainWindow</name>
  <message><source>&amp;Compose</source><translation>&amp;Verfassen</translation></message>
  <message><source>&amp;Inbox</source><translation>&amp;Posteingang</translation></message>
  <message><source>&amp;History</source><translation>&amp;Verlauf</translation></message>
  <message><source>&amp;Network</source><translation>&amp;Netzwerk</translation></message>
  <message numerus="yes"><source>%Ln contacts</source><translation>
    <numerusform>%Ln Kontakt</numerusform><numerusform>%Ln Kontakte</numerusform>
  </translation></message>
</context>
</TS>
"""


@pytest.fixture
def german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The German translation installed as start-up installs it, removed afterwards."""
    source = tmp_path / "rapport_de.ts"
    source.write_text(GERMAN, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(tmp_path / "rapport_de.qm")],
        check=True,
        timeout=60,
    )
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_window_language(app, "de", QLocale("en_US"))
    yield
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)


def test_menus_tabs_and_counts_come_out_in_german(
    qtbot: QtBot, context: AppContext, german: None
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:4] == ["&Datei", "&Ansicht", "&Kontakt", "&Nachricht"]
    assert window.menus.quit.text() == "&Beenden"
    tabs = [window.pages.tabText(index) for index in range(window.pages.count())]
    assert tabs == ["Verfassen", "Posteingang", "Verlauf", "Netzwerk"]
    assert window.statusBar().currentMessage().startswith("2 Kontakte · ")
    window.show()
    window.start_background_work()
    qtbot.waitUntil(lambda: window._history is not None and window._network is not None)
    tabs = [window.pages.tabText(index) for index in range(window.pages.count())]
    assert tabs == ["Verfassen", "Posteingang", "Verlauf", "Netzwerk"]
