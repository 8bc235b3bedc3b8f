"""Why the composer shows a template, in the window's language. With the English
translation each reason reads exactly as `rapport draft` says it (a reason the core adds
without a wording here fails); with the German one the composer's line reads German,
and so does its grammar line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.composing.suggestion import Because, Record, TemplateChoice
from app.ui.compose.choice_text import because_text
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("because", list(Because))
def test_every_reason_reads_as_the_core_says_it(qapp: QApplication, because: Because) -> None:
    for quoted in ("Ana", "at PyData Lisbon"):
        for record in (None, Record(9, 10)):
            choice = TemplateChoice("invite-met-at-event", because, quoted, record=record)
            assert because_text(choice) == choice.why


def test_the_composer_says_in_german_why_this_template(
    qtbot: QtBot, shipped_german: None, window: MainWindow
) -> None:
    composer = window.composer
    select_contact(window, "Bo Chen")
    qtbot.keyClicks(window.form.lines["how_met"], "auf der PyCon Lisbon")
    assert composer.choice_line.text() == (
        "Vorschlag für Bo: Sie haben sich auf der PyCon Lisbon kennengelernt."
    )
    composer.picker.select("invite-same-city")
    assert composer.choice_line.text() == "Sie haben diese Vorlage für Bo gewählt."
    assert composer.checks.grammar_state.text() == (
        "Die Grammatikprüfung ist in den Einstellungen ausgeschaltet."
    )
