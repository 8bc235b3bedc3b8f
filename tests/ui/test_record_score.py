"""The checker's score is recorded with the message, for statistics by score band."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import paths
from app.store import Store
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact


def test_the_score_shown_is_the_score_recorded(qtbot: QtBot, window: MainWindow) -> None:
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    shown = window.composer.report.score
    assert f"score {shown}/100" in window.composer.checks.verdict.text()

    with qtbot.waitSignal(window.composer.recorded):
        window.menus.record_sent.trigger()

    with Store.open(paths.database_path()) as store:
        [message] = store.messages(ana.id)
    assert message.score == shown
