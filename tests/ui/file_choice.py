"""A file "chosen" in the open-file dialog, and the import summaries the window shows.

A native file dialog cannot be driven under the offscreen platform, so tests hand the chosen
path in through QFileDialog.getOpenFileName; everything after it is the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def import_summaries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the information boxes shown from now on, in order."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    return shown
