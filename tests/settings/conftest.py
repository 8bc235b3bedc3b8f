"""Settings tests: the keyring is the test's own, like the data folder and the
configuration folder where the data-folder pointer lives (both set in tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from tests.grammar.helpers import MemoryKeyring


@pytest.fixture
def config_home(rapport_home: Path) -> Path:
    """The test's own configuration folder, which tests/conftest.py sets up with the data
    folder; it is not created until something is written there."""
    return Path(os.environ["RAPPORT_CONFIG"])


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """An in-memory keyring, installed with keyring.set_keyring; the one that was there
    before (or none: keyring would then look for the real one) comes back afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
