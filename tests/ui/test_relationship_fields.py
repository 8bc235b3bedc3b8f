"""The relationship fields of the contact form: group, introduced by, keeping in touch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import paths
from app.contacts import DEFAULT_GROUPS, Contact
from app.context import AppContext
from app.store import Store
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window


def saved(name: str) -> Contact:
    """The contact as stored, read through a separate connection."""
    with Store.open(paths.database_path()) as store:
        return next(c for c in store.contacts(name) if c.name == name)


def groups_offered(window: MainWindow) -> list[str]:
    combo = window.form.group
    return [combo.itemText(row) for row in range(combo.count())]


def test_groups_offered_are_the_defaults_and_those_in_use(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.add_contact(Contact(name="Cy Diaz", group="Climbing club"))
    context.store.add_contact(Contact(name="Di Evans", group="climbing  Club"))
    window = open_window(qtbot, context)

    # "Climbing club" and "climbing  Club" are one group, offered once.
    assert groups_offered(window) == ["", *DEFAULT_GROUPS, "Climbing club"]


def test_a_group_of_ones_own_is_saved_and_offered_afterwards(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Bo Chen")
    window.form.group.setFocus()
    window.form.group.lineEdit().clear()
    qtbot.keyClicks(window.form.group, "Rust meetup")
    window.menus.save_contact.trigger()

    assert saved("Bo Chen").group == "Rust meetup"
    assert "Rust meetup" in groups_offered(window)


def test_introduced_by_completes_saved_contacts_and_takes_any_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Bo Chen")
    field = window.form.lines["introduced_by"]
    completer = field.completer()
    assert completer is not None
    completer.setCompletionPrefix("souz")
    offered = completer.completionModel()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == ["Ana Souza"]

    qtbot.keyClicks(field, "Miriam Cohen")  # not a contact: kept as typed
    window.menus.save_contact.trigger()
    assert saved("Bo Chen").introduced_by == "Miriam Cohen"


def test_cadence_choices_save_as_days(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Bo Chen")
    form = window.form
    assert form.cadence.currentText() == "No reminder"
    assert not form.custom_days.isVisible()

    form.cadence.setCurrentIndex(form.cadence.findText("Every quarter"))
    window.menus.save_contact.trigger()
    assert saved("Bo Chen").cadence_days == 91

    form.cadence.setCurrentIndex(form.cadence.findText("Custom…"))
    assert form.custom_days.isVisible()
    form.custom_days.setValue(10)
    window.menus.save_contact.trigger()
    assert saved("Bo Chen").cadence_days == 10

    form.cadence.setCurrentIndex(form.cadence.findText("No reminder"))
    window.menus.save_contact.trigger()
    assert saved("Bo Chen").cadence_days is None


def test_an_unusual_cadence_shows_as_custom_days(qtbot: QtBot, context: AppContext) -> None:
    context.store.add_contact(Contact(name="Cy Diaz", cadence_days=45))
    window = open_window(qtbot, context)
    select_contact(window, "Cy Diaz")
    assert window.form.cadence.currentText() == "Custom…"
    assert window.form.custom_days.value() == 45
    assert not window.form.is_dirty()
    select_contact(window, "Bo Chen")  # no reminder
    assert window.form.cadence.currentText() == "No reminder"
    assert not window.form.custom_days.isVisible()


def test_the_form_says_when_they_were_last_contacted_and_when_next(
    qtbot: QtBot, context: AppContext
) -> None:
    ana = context.store.contacts("Ana Souza")[0]
    context.store.update_contact(ana.replace(cadence_days=105))
    context.store.record_message(
        ana,
        template="t",
        kind="follow_up",
        channel="email",
        text="Hello",
        sent_at=datetime.now(UTC) - timedelta(days=91),
    )
    window = open_window(qtbot, context)
    select_contact(window, "Ana Souza")
    line = window.form.touch_line
    assert line.isVisible()
    assert line.text() == "Last contacted 3 months ago · due in 2 weeks"

    # A shorter cadence, not saved yet, already shows what it would mean.
    window.form.cadence.setCurrentIndex(window.form.cadence.findText("Every month"))
    assert line.text() == "Last contacted 3 months ago · overdue by 2 months"


def test_recording_a_message_restarts_the_clock(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    assert window.form.touch_line.text() == "Never contacted"
    window.composer.select_template("invite-met-at-event")
    with qtbot.waitSignal(window.composer.recorded):
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.form.touch_line.text() == "Last contacted today"


def test_the_linkedin_connection_date_survives_an_edit(qtbot: QtBot, context: AppContext) -> None:
    context.store.add_contact(Contact(name="Cy Diaz", connected_on="2021-04-09"))
    window = open_window(qtbot, context)
    select_contact(window, "Cy Diaz")
    assert not window.form.is_dirty()
    qtbot.keyClicks(window.form.lines["company"], "Contoso")
    window.menus.save_contact.trigger()
    assert saved("Cy Diaz").connected_on == "2021-04-09"
    assert saved("Cy Diaz").company == "Contoso"
