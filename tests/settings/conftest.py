"""Settings tests: the keyring, the data folder and the configuration folder, where the
data-folder pointer lives, are the test's own (all set up in tests/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def config_home(rapport_home: Path) -> Path:
    """The test's own configuration folder, which tests/conftest.py sets up with the data
    folder; it is not created until something is written there."""
    return Path(os.environ["RAPPORT_CONFIG"])
