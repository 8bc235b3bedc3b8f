"""Filling gaps: a template needs a field the contact lacks; the composer asks for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.library.templates import load_library
from app.store import Store
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window


def stored_how_met(name: str) -> str:
    with Store.open(paths.database_path()) as store:
        return store.contacts(name)[0].how_met


def test_missing_fields_are_asked_for_and_the_preview_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Bo Chen")  # no "how you met"
    composer = window.composer
    composer.select_template("invite-met-at-event")

    assert composer.gaps.isVisibleTo(window)
    assert composer.gaps.title() == "Missing from Bo’s contact"
    assert composer.gaps.names() == ["how_met"]
    field = composer.gap_field("how_met")
    assert field is not None and field.accessibleName() == "Where did you meet Bo?"
    assert not composer.record_button.isEnabled()

    qtbot.keyClicks(field, "at RustConf")

    # The field stays while it is typed in, though it is no longer missing.
    assert composer.gap_field("how_met") is field
    assert composer.message.toPlainText().startswith("Hi Bo, good to meet you at RustConf.")
    assert composer.problem.text() == ""
    assert composer.record_button.isEnabled()
    assert stored_how_met("Bo Chen") == ""  # for this message only


def test_saving_the_gap_to_the_contact(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Bo Chen")
    composer = window.composer
    composer.select_template("invite-met-at-event")
    assert not composer.gaps.save_button.isEnabled()  # nothing typed yet
    field = composer.gap_field("how_met")
    assert field is not None
    qtbot.keyClicks(field, "at RustConf")
    assert composer.gaps.save_button.text() == "Save to Bo’s contact"

    composer.gaps.save_button.click()

    assert stored_how_met("Bo Chen") == "at RustConf"
    assert window.form.lines["how_met"].text() == "at RustConf"
    assert not composer.gaps.isVisibleTo(window)  # the contact supplies it now
    assert "good to meet you at RustConf" in composer.message.toPlainText()
    assert "Saved Bo Chen" in window.statusBar().currentMessage()


def test_typed_gaps_stay_with_the_contacts_draft(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Bo Chen")
    window.composer.select_template("invite-met-at-event")
    field = window.composer.gap_field("how_met")
    assert field is not None
    qtbot.keyClicks(field, "at RustConf")

    select_contact(window, "Ana Souza")  # knows how they met: nothing to ask
    assert not window.composer.gaps.isVisibleTo(window)
    assert "PyData Lisbon" in window.composer.message.toPlainText()

    select_contact(window, "Bo Chen")
    field = window.composer.gap_field("how_met")
    assert field is not None and field.text() == "at RustConf"
    assert "at RustConf" in window.composer.message.toPlainText()


def test_a_list_field_is_typed_as_a_comma_separated_list(qtbot: QtBot, context: AppContext) -> None:
    (paths.user_templates_dir() / "talk-interests.j2").write_text(
        "---\nname: talk-interests\nkind: follow_up\nchannel: email\n"
        "description: About a shared interest.\nrequires: [first_name, shared_interests]\n"
        "---\nHi {{ first_name }}, shall we talk {{ shared_interests[1] }}?\n",
        encoding="utf-8",
    )
    context.library = load_library()
    window = open_window(qtbot, context)
    select_contact(window, "Bo Chen")
    composer = window.composer
    composer.select_template("talk-interests")

    field = composer.gap_field("shared_interests")
    assert field is not None and field.accessibleName() == "What are you both into?"
    qtbot.keyClicks(field, "chess, sailing")
    assert composer.message.toPlainText() == "Hi Bo, shall we talk sailing?"
