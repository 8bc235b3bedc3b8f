"""Import and export run against the real user template folder under RAPPORT_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths


@pytest.fixture
def user_dir() -> Path:
    return paths.user_templates_dir()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """Where the files someone shared were saved, outside the data folder."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder
