"""Finding, adding, editing and deleting contacts in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from app import paths
from app.store import Store
from app.ui.contacts.model import ContactRole, SubtitleRole
from app.ui.main_window import MainWindow
from tests.ui.conftest import listed_contacts, select_contact


def test_list_shows_name_and_role(window: MainWindow) -> None:
    index = window.contacts.proxy.index(0, 0)
    assert index.data() == "Ana Souza"
    assert index.data(SubtitleRole) == "Head of Data at Northwind Analytics · Lisbon"
    assert index.data(ContactRole).company == "Northwind Analytics"


def test_search_filters_by_company_and_location(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.contacts.search, "toronto")
    assert window.contacts.proxy.rowCount() == 1
    assert window.contacts.proxy.index(0, 0).data() == "Bo Chen"
    assert window.contacts.count_label.text() == "1 of 2 contacts"


def test_new_contact_is_saved_and_listed(qtbot: QtBot, window: MainWindow) -> None:
    window.menus.new_contact.trigger()
    assert not window.form.save_button.isEnabled()
    # QTest can only type ASCII keys; accents and emoji arrive as input-method text.
    window.form.lines["name"].insert("Zoë Ångström 🚀")
    qtbot.keyClicks(window.form.lines["shared_interests"], "sailing, Rust")
    window.menus.save_contact.trigger()

    assert [c.name for c in listed_contacts(window)][-1] == "Zoë Ångström 🚀"
    with Store.open(paths.database_path()) as store:
        saved = store.contacts("Zoë")[0]
    assert saved.shared_interests == ("sailing", "Rust")
    assert window.contacts.current_contact() == saved


def test_edits_are_saved_when_moving_to_another_contact(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Bo Chen")
    qtbot.keyClicks(window.form.lines["how_met"], "at RustConf")
    select_contact(window, "Ana Souza")
    with Store.open(paths.database_path()) as store:
        assert store.contacts("Bo Chen")[0].how_met == "at RustConf"


def test_a_contact_needs_a_name_and_unsavable_edits_are_not_dropped_silently(
    qtbot: QtBot, window: MainWindow, monkeypatch: MonkeyPatch
) -> None:
    select_contact(window, "Bo Chen")
    window.form.lines["name"].clear()
    qtbot.keyClicks(window.form.lines["how_met"], "at RustConf")
    assert window.form.error.text() == "A contact needs a name."
    assert not window.form.save_button.isEnabled()

    # Moving on asks; "Cancel" keeps the user on Bo's form with the edits in place.
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    select_contact(window, "Ana Souza")
    assert "a contact needs a name" in asked[0]
    assert window.form.lines["how_met"].text() == "at RustConf"
    assert window.contacts.current_contact().name == "Bo Chen"

    # "Discard" lets them go; Bo is unchanged in the store.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    select_contact(window, "Ana Souza")
    assert window.form.lines["name"].text() == "Ana Souza"
    with Store.open(paths.database_path()) as store:
        assert store.contacts("Bo Chen")[0].how_met == ""


def test_search_does_not_change_the_open_contact(qtbot: QtBot, window: MainWindow) -> None:
    select_contact(window, "Ana Souza")
    qtbot.keyClicks(window.contacts.search, "bo")
    assert window.form.lines["name"].text() == "Ana Souza"
    window.contacts.search.clear()
    assert window.contacts.current_contact().name == "Ana Souza"


def test_saving_on_the_way_to_another_contact_opens_that_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_contact(window, "Ana Souza")
    qtbot.keyClicks(window.form.lines["how_met"], " in May")
    select_contact(window, "Bo Chen")
    assert window.form.lines["name"].text() == "Bo Chen"
    assert window.contacts.current_contact().name == "Bo Chen"


def test_delete_asks_and_keeps_history(
    qtbot: QtBot, window: MainWindow, monkeypatch: MonkeyPatch
) -> None:
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.record_sent()
    # The confirmation is a modal dialog; answer it as the user would.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.form.delete_button.click()
    assert [c.name for c in listed_contacts(window)] == ["Bo Chen"]
    with Store.open(paths.database_path()) as store:
        [message] = store.messages()
    assert message.contact_id is None and message.contact_name == ana.name
