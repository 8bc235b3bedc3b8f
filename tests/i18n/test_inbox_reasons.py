"""The Inbox explains its suggestion in the window's language: with Rapport's German
translation installed, the reasons for declining an English stock note read German, and
the core's own words for the window's language follow the language start-up chose."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.checker.languages import detect_language
from app.contacts import Contact
from app.context import AppContext
from app.settings import Settings, save_settings
from app.ui.inbox.page import InboxPage
from app.ui.tasks import wait_for_tasks
from app.ui.window_language import core_language
from tests.triage.conftest import STOCK_NOTE


@pytest.fixture
def context(qapp: QApplication) -> Iterator[AppContext]:
    save_settings(Settings(grammar_mode="off"), paths.settings_path())
    opened = AppContext.open()
    yield opened
    wait_for_tasks()
    opened.close()


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("en_US", "en"),
        ("de_AT", "de"),
        ("fr_CA", "fr"),
        ("es_MX", "es"),
        ("pt_PT", "pt"),
        ("ja_JP", "en"),
    ],
)
def test_the_core_is_asked_for_the_windows_language(locale: str, language: str) -> None:
    QLocale.setDefault(QLocale(locale))
    assert core_language() == language


def test_the_inbox_gives_its_reasons_in_german(
    qtbot: QtBot, context: AppContext, shipped_german: None
) -> None:
    lee = context.store.add_contact(Contact("Lee Wong"))
    context.store.add_request(lee, STOCK_NOTE)
    page = InboxPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() == 1)
    page.view.setCurrentIndex(page.model.index(0, 0))
    reasons = page.reasons.text().splitlines()
    assert len(reasons) == 3
    assert "ist Standardtext" in reasons[1]
    for reason in reasons:
        assert detect_language(reason.removeprefix("• ")) == "de", reason
