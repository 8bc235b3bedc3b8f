"""The composer asks for what a message needs in the window's language: the same questions
`rapport draft` asks in English, and in German in a German window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.composing.draft import missing_sentence
from app.composing.questions import asked_names, question_for
from app.contacts import Contact
from app.context import AppContext
from app.ui.compose.question_text import missing_text, question_text
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window


def test_every_question_reads_in_english_as_the_core_asks_it(qapp: object) -> None:
    names = {*asked_names(), "industry", "a_detail_of_their_own"}
    for name in names:
        for reply in (False, True):
            assert (
                question_text(name, "Ana", reply=reply)
                == question_for(name, "Ana", reply=reply).question
            ), (name, reply)


def test_a_german_window_asks_in_german(
    qtbot: QtBot, context: AppContext, shipped_german: None
) -> None:
    context.store.add_contact(Contact(name="Lena Vogt", company="Siemens Energy"))
    window = open_window(qtbot, context)
    select_contact(window, "Lena Vogt")
    window.composer.select_template("invite-read-their-work")
    field = window.composer.gap_field("their_work")
    assert field is not None
    assert _label_of(window.composer.gaps, field) == (
        "Was von Lena haben Sie gelesen, gehört oder genutzt?"
    )


def test_a_message_detail_is_asked_as_a_question(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    select_contact(window, "Ana Souza")
    window.composer.select_template("intro-make")
    field = window.composer.details.field("intro_name")
    assert field is not None
    assert _label_of(window.composer.details, field) == "Who are you introducing?"


def _label_of(form: QWidget, field: QLineEdit) -> str:
    """What the label that names `field` says, as read aloud (without the Alt marker)."""
    label = next(label for label in form.findChildren(QLabel) if label.buddy() is field)
    return label.text().replace("&", "")


def test_what_a_message_still_needs_reads_in_english_as_the_core_says_it(qapp: object) -> None:
    for names in (("how_met",), ("how_met", "their_work"), ("intro_name",)):
        assert missing_text(names) == missing_sentence(names), names


def test_a_german_window_says_in_german_what_the_message_needs(
    qtbot: QtBot, context: AppContext, shipped_german: None
) -> None:
    context.store.add_contact(Contact(name="Lena Vogt", company="Siemens Energy"))
    window = open_window(qtbot, context)
    select_contact(window, "Lena Vogt")
    window.composer.select_template("invite-read-their-work")
    assert window.composer.problem.text() == (
        "Diese Nachricht braucht „Arbeit der Person, die Ihnen wichtig ist“. Füllen Sie das "
        "Feld aus, um weiterzumachen."
    )
