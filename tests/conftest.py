"""Test-wide fixtures: no test ever touches the real user's data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring.core
import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.grammar.server import LocalServer
from app.paths import database_path
from app.store import Store
from app.ui import window_language
from app.ui.window_language import install_window_language
from tests.grammar.helpers import (
    BUILD_SCRIPT,
    JVM_START_WAIT,
    MemoryKeyring,
    jvms_started_by,
    wait_until_gone,
)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"

# Before anything imports Qt: tests draw real widgets, off screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def rapport_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data and config folders at fresh temporary folders for every test."""
    home = tmp_path / "rapport-home"
    home.mkdir()
    monkeypatch.setenv("RAPPORT_HOME", str(home))
    # Nor the real config folder, where the data-folder pointer lives.
    monkeypatch.setenv("RAPPORT_CONFIG", str(tmp_path / "rapport-config"))
    # Nor the user's shared grammar server: a test that starts one starts its own.
    monkeypatch.setenv("RAPPORT_RUNTIME", str(tmp_path / "rapport-runtime"))
    return home


@pytest.fixture(autouse=True)
def english_window(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test starts with the window in United States English, whatever the machine's
    LANG: dates and numbers read the same everywhere, and a test with widgets gets the
    English translation the app installs ("1 message", not "1 messages"). A translator a
    test installs is removed when it ends, whatever the test did."""
    QLocale.setDefault(QLocale("en_US"))
    app = None
    if {"qtbot", "qapp"} & set(request.fixturenames):
        app = request.getfixturevalue("qapp")
        if not app.findChildren(QTranslator):
            install_window_language(app, "en")
    yield
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture
def shipped_german(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """resources/translations/rapport_de.ts compiled and installed as start-up installs it,
    in place of the English one, with a German locale (english_window removes it after)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    source, compiled = TRANSLATIONS / "rapport_de.ts", tmp_path / "rapport_de.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True, timeout=60
    )
    monkeypatch.setattr(window_language, "translations_dir", lambda: tmp_path)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    install_window_language(qapp, "de", QLocale("de_DE"))
    yield


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """Every test gets its own in-memory keyring: the user's real one is never opened,
    and a headless machine has none. Tests of a missing or failing keyring put theirs
    over it.

    keyring keeps its backend in a module global; setting that directly never probes for
    the real keyring, and monkeypatch puts the one before back afterwards.
    """
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend


@pytest.fixture
def db_path(rapport_home: Path) -> Path:
    """Where Rapport keeps its database: inside the test's own data folder."""
    return database_path()


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A real store on a real SQLite file in the test's data folder, closed afterwards."""
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def languagetool_built() -> None:
    """Run the build step; with the server already cached it returns at once."""
    subprocess.run(["bash", str(BUILD_SCRIPT)], check=True, timeout=900)


@pytest.fixture(scope="session")
def local_server(languagetool_built: None) -> Iterator[LocalServer]:
    """One real LanguageTool server for the whole test session.

    The supervision tests kill it and wait for the restart: on a busy CI machine a JVM
    can take longer than the minute a user's start gets.
    """
    server = LocalServer(start_timeout=JVM_START_WAIT)
    server.start()
    yield server
    pid = server.pid
    server.close()
    if sys.platform.startswith("linux"):  # the checks read /proc
        assert pid is None or wait_until_gone(pid), "the session's JVM outlived close()"
        assert not jvms_started_by(os.getpid()), "a test left a LanguageTool JVM running"


# Markers by what a test needs, so a new test is marked by the fixtures it asks for:
# `pytest -m "not slow and not jvm"` (make test-fast) is the quick suite for a developer;
# make test runs everything.
_JVM_FIXTURES = frozenset({"local_server", "languagetool_built"})
# Whole windows, the `rapport` command in child processes, and real servers.
_SLOW_FIXTURES = frozenset({"window", "rapport", "qtbot", "fake_languagetool"})
_SLOW_FOLDERS = frozenset({"reliability", "packaging", "grammar"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        needs = set(getattr(item, "fixturenames", ()))
        if needs & _JVM_FIXTURES:
            item.add_marker(pytest.mark.jvm)
        if needs & _SLOW_FIXTURES or item.path.parent.name in _SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)
