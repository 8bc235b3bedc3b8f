"""The template suggested for the person follows what the user types about them, until
the user picks one for that person; and the Compose page keeps its buttons on a laptop
screen whatever the person wrote."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window

RUI_NOTE = (
    "Hi, your talk on Kafka consumer lag at Lisbon Data Days changed how we run our pipelines "
    "at Farfetch, and I would love to hear how you handle backfills and replays. "
) * 12


def test_the_suggestion_is_remade_as_the_contact_changes_unless_one_was_picked(
    qtbot: QtBot, window: MainWindow
) -> None:
    composer = window.composer
    select_contact(window, "Bo Chen")
    assert composer.template is not None and composer.template.name == "invite-read-their-work"
    qtbot.keyClicks(window.form.lines["how_met"], "at PyCon Lisbon")
    assert composer.template.name == "invite-met-at-event"
    assert composer.choice_line.text() == "Suggested for Bo: you met at PyCon Lisbon."
    assert composer.message.toPlainText().startswith("Hi Bo, good to meet you at PyCon Lisbon")

    composer.picker.select("invite-same-city")  # the user's pick for Bo
    qtbot.keyClicks(window.form.lines["introduced_by"], "Jonas Berg")
    assert composer.template.name == "invite-same-city"
    assert composer.choice_line.text() == "You chose this template for Bo."


def test_the_buttons_stay_on_a_laptop_screen_beside_a_long_note(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.add_contact(Contact(name="Rui Costa", location="Porto", incoming_note=RUI_NOTE))
    window = open_window(qtbot, context)
    # 1366x768 less a title bar and a panel; the window's own size is not the page's to set.
    window.resize(1366, 700)
    for name in ("Rui Costa", "Bo Chen"):  # a long note beside the reply; a missing field
        select_contact(window, name)
        qtbot.waitUntil(lambda: window.height() <= 700)
        composer = window.composer
        assert name != "Rui Costa" or composer.their_note.isVisible()
        for button in (composer.copy_button, composer.record_button):
            corner = button.mapTo(window, button.rect().bottomRight())
            assert button.isVisible() and window.rect().contains(corner), (name, button.text())


def test_the_question_for_a_missing_field_names_the_person_shown(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.add_contact(Contact(name="Rui Costa", location="Porto", incoming_note=RUI_NOTE))
    window = open_window(qtbot, context)
    labels = []
    for name in ("Rui Costa", "Bo Chen"):  # both are asked about their_work
        select_contact(window, name)
        field = window.composer.gap_field("their_work")
        assert field is not None
        label = window.composer.gaps.layout().itemAt(0).layout().labelForField(field)
        labels.append(label.text().replace("&", ""))
    assert "Rui" in labels[0] and "Bo" in labels[1] and "Rui" not in labels[1], labels
