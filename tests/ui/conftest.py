"""Real widgets on Qt's offscreen platform, over a real SQLite file in RAPPORT_HOME."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import paths
from app.contacts import Contact
from app.context import AppContext
from app.settings import Settings, save_settings
from app.ui.application import create_application
from app.ui.contacts.model import ContactRole
from app.ui.main_window import MainWindow
from app.ui.tasks import wait_for_tasks
from tests.ui.opening import open_window

ANA = Contact(
    name="Ana Souza",
    company="Northwind Analytics",
    title="Head of Data",
    location="Lisbon",
    how_met="at PyData Lisbon",
    their_work="your talk on streaming pipelines",
    profile_url="https://www.linkedin.com/in/anasouza",
)
BO = Contact(name="Bo Chen", company="Fabrikam", title="Staff Engineer", location="Toronto")


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog nobody answers would hang the suite: fail instead. Tests that
    expect a question answer it by patching QMessageBox.question themselves."""

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:3]}")

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def context(qapp: object) -> Iterator[AppContext]:
    create_application()  # the app's name and style, on pytest-qt's QApplication
    # Grammar off: the window's grammar tests hand in the session's real server instead.
    save_settings(Settings(grammar_mode="off"), paths.settings_path())
    context = AppContext.open()
    context.store.add_contact(ANA)
    context.store.add_contact(BO)
    yield context
    wait_for_tasks()
    context.close()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    return open_window(qtbot, context)


def listed_contacts(window: MainWindow) -> list[Contact]:
    """The contacts the list shows, read through the model as a view would."""
    model = window.contacts.model
    return [model.index(row).data(ContactRole) for row in range(model.rowCount())]


def select_contact(window: MainWindow, name: str) -> Contact:
    contact = next(c for c in listed_contacts(window) if c.name == name)
    window.contacts.select(contact.id)
    return contact
