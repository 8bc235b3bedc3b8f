"""In the window, the download of LanguageTool is the user's choice, made with its size
in view: the Grammar settings offer it, unticked (the grammar state says where it is:
see test_no_download_unasked.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.ui.settings.grammar_page import GrammarPage


def test_the_download_is_offered_with_its_size_and_off_until_ticked(qtbot: QtBot) -> None:
    page = GrammarPage(Settings())
    qtbot.addWidget(page)
    page.show()
    assert page.download.isVisible()
    assert "250 MB" in page.download.text()
    assert page.values()["grammar_download"] is False
    page.download.click()
    assert page.values()["grammar_download"] is True
    assert page.values()["grammar_idle_minutes"] == 10


def test_the_choice_is_only_offered_for_checks_on_this_computer(qtbot: QtBot) -> None:
    page = GrammarPage(Settings(grammar_mode="remote", grammar_url="https://lt.example.org"))
    qtbot.addWidget(page)
    page.show()
    assert not page.download.isVisible()
