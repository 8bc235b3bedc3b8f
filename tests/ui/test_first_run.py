"""The first launch: the user says who they are and where to start, the settings keep it,
and the Compose page never stands empty with nothing to do."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.settings import Settings, load_settings, save_settings
from app.ui.first_run import FirstRunDialog, FirstStep, ask_first_run, take_first_step
from app.ui.imports.import_flow import ImportFlow
from app.ui.main_window import MainWindow
from tests.ui.opening import open_window


def when_asked(qtbot: QtBot, answer: Callable[[FirstRunDialog], None]) -> None:
    """Answer the first-run dialog once it is on screen (it blocks until answered)."""

    def find_and_answer() -> None:
        # An earlier test's dialog may still be a hidden top-level: answer the one on screen.
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstRunDialog) and w.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, find_and_answer)
            return
        answer(shown[0])

    QTimer.singleShot(0, find_and_answer)


def test_a_new_user_says_who_they_are_and_starts_by_adding_a_contact(
    qtbot: QtBot, context: AppContext
) -> None:
    seen: dict[str, bool] = {}

    def answer(dialog: FirstRunDialog) -> None:
        seen["enabled before a name"] = dialog.add_button.isEnabled()
        qtbot.keyClicks(dialog.name, "Jordan Ellison")
        qtbot.keyClicks(dialog.location, "Lisbon")
        dialog.premium.click()
        dialog.add_button.click()

    when_asked(qtbot, answer)
    step = ask_first_run(context)
    assert seen == {"enabled before a name": False}
    assert step is FirstStep.ADD_CONTACT
    on_disk = load_settings(paths.settings_path())
    assert (on_disk.my_name, on_disk.my_location, on_disk.linkedin_account) == (
        "Jordan Ellison",
        "Lisbon",
        "premium",
    )
    assert on_disk.grammar_mode == "off"  # what was there already stays
    assert context.settings == on_disk

    window = open_window(qtbot, context)
    take_first_step(window, step)
    assert window.focusWidget() is window.form.lines["name"]
    assert window.composer.counter.text().endswith("/ 300")  # Premium's note limit
    # Asked once: the next launch finds a name and goes straight to the window.
    assert ask_first_run(context) is None


@pytest.mark.parametrize(("chosen", "expected"), [(None, "de"), ("fr", "fr")])
def test_a_new_user_writes_in_the_window_language_unless_they_chose_one(
    qtbot: QtBot, context: AppContext, chosen: str | None, expected: str
) -> None:
    """On a German system the templates and checks start in German; a language the user
    set before the first window (`rapport config set my_language fr`) stays."""
    if chosen:
        context.settings = context.settings.replace(my_language=chosen)
        save_settings(context.settings, paths.settings_path())
    QLocale.setDefault(QLocale("de_DE"))

    def answer(dialog: FirstRunDialog) -> None:
        qtbot.keyClicks(dialog.name, "Jonas Weber")
        dialog.add_button.click()

    when_asked(qtbot, answer)
    assert ask_first_run(context) is FirstStep.ADD_CONTACT
    assert load_settings(paths.settings_path()).my_language == expected
    assert Settings().my_language == "en"  # the default the command line keeps


def test_not_now_writes_nothing_and_the_next_launch_asks_again(
    qtbot: QtBot, context: AppContext
) -> None:
    before = paths.settings_path().read_bytes()

    def answer(dialog: FirstRunDialog) -> None:
        qtbot.keyClicks(dialog.name, "Jordan")
        dialog.reject()

    when_asked(qtbot, answer)
    assert ask_first_run(context) is None
    assert paths.settings_path().read_bytes() == before
    assert context.settings.my_name == ""


def test_the_empty_compose_page_says_what_to_do_with_a_button_for_each_way(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = window.composer.first_steps
    assert window.composer.session.contact is None
    assert steps.isVisibleTo(window)
    assert "add the person you want to connect with" in steps.text.text()
    imported: list[bool] = []
    monkeypatch.setattr(ImportFlow, "import_linkedin", lambda flow: imported.append(True))
    steps.import_button.click()
    assert imported == [True]
    steps.new_button.click()
    assert window.focusWidget() is window.form.lines["name"]
    qtbot.keyClicks(window.form.lines["name"], "Rui Costa")
    assert not steps.isVisibleTo(window)  # someone to write to: the message takes its place
