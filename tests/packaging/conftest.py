"""The packaging files, and the validators distributions check them with."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.rapportapp.Rapport"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="session")
def tool() -> Callable[[str], str]:
    """The path of a validator; installed the way `make test` installs it when missing,
    and the test skipped, saying why, only where that is impossible (no apt, no root)."""

    def find(name: str) -> str:
        path = shutil.which(name)
        if path is None:
            subprocess.run(
                ["bash", str(LINUX / "install-system-deps.sh"), "offscreen"],
                capture_output=True,
                timeout=600,
            )
            path = shutil.which(name)
        if path is None:
            pytest.skip(
                f"{name} is not installed and packaging/linux/install-system-deps.sh could "
                "not install it on this platform (it needs apt-get and root or sudo)."
            )
        return path

    return find
