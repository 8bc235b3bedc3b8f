"""Rapport's own German translation for the tests that read a sentence on screen."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui import window_language
from app.ui.window_language import install_window_language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture
def shipped_german(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """resources/translations/rapport_de.ts compiled and installed as start-up installs it,
    with a German locale; removed afterwards."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source, compiled = TRANSLATIONS / "rapport_de.ts", tmp_path / "rapport_de.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60
    )
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    install_window_language(qapp, "de", QLocale("de_DE"))
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
