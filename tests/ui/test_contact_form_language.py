"""The contact form shows and keeps the language to write to the person in: saving a
contact from the form never drops it, and choosing one is saved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app import paths
from app.contacts import Contact
from app.context import AppContext
from app.store import Store
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window


def saved(name: str) -> Contact:
    """The contact as stored, read through a separate connection."""
    with Store.open(paths.database_path()) as store:
        return next(c for c in store.contacts(name) if c.name == name)


def test_the_language_is_shown_kept_and_saved(qtbot: QtBot, context: AppContext) -> None:
    context.store.add_contact(Contact(name="Lena Vogt", language="de"))
    window = open_window(qtbot, context)
    select_contact(window, "Lena Vogt")
    assert window.form.language.currentText() == "Deutsch"
    window.form.lines["company"].setText("Siemens Energy")
    window.form.save_button.click()
    assert (saved("Lena Vogt").company, saved("Lena Vogt").language) == ("Siemens Energy", "de")
    window.form.language.setCurrentIndex(window.form.language.findData("fr"))
    window.form.save_button.click()
    assert saved("Lena Vogt").language == "fr"
    window.form.language.setCurrentIndex(0)  # "Yours": the user's own language
    window.form.save_button.click()
    assert saved("Lena Vogt").language == ""


def test_the_form_of_address_is_saved_and_picks_the_template(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.add_contact(Contact(name="Lena Vogt", how_met="auf der PyCon DE", language="de"))
    window = open_window(qtbot, context)
    select_contact(window, "Lena Vogt")
    form = window.form
    assert form.register.currentText() == "Your default"
    # The default register setting is formal: the "Sie" invite.
    assert window.composer.template is not None
    assert window.composer.template.name == "invite-met-at-event.de.sie"
    form.register.setCurrentIndex(form.register.findData("informal"))
    form.save_button.click()
    assert saved("Lena Vogt").register == "informal"
    select_contact(window, "Lena Vogt")
    assert window.composer.template.name == "invite-met-at-event.de"
    assert "dich" in window.composer.message.toPlainText()
