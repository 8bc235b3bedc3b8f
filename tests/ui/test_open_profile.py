"""Open profile says what happened: a browser opening, or none, with the address."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact


@pytest.mark.parametrize(
    ("opened", "said"),
    [
        (True, "Opening https://www.linkedin.com/in/anasouza in your browser."),
        (
            False,
            "No browser opened: copy the address instead, https://www.linkedin.com/in/anasouza",
        ),
    ],
)
def test_open_profile_says_whether_a_browser_opened(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, opened: bool, said: str
) -> None:
    asked: list[str] = []

    def open_url(url: object) -> bool:
        asked.append(url.toString())  # type: ignore[attr-defined]
        return opened

    # The desktop's answer, without starting a browser on the test machine.
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    select_contact(window, "Ana Souza")

    window.menus.open_profile.trigger()

    assert asked == ["https://www.linkedin.com/in/anasouza"]
    assert window.statusBar().currentMessage() == said
