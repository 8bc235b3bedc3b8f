"""Settings tests: the configuration folder (where the data-folder pointer lives) and the
keyring are the test's own, like the data folder (RAPPORT_HOME, in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from tests.grammar.helpers import MemoryKeyring


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("RAPPORT_CONFIG", str(folder))
    return folder


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """An in-memory keyring, installed with keyring.set_keyring; the one that was there
    before (or none: keyring would then look for the real one) comes back afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
