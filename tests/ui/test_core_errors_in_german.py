"""What the core says, shown by a German window in German: recording a message for a
contact deleted meanwhile, settings that cannot be saved on the first launch, and a draft
brought back from an earlier session."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from app import paths
from app.composing.saved_drafts import DraftContent, DraftFolder, SavedDraft
from app.context import AppContext
from app.ui.first_run import FirstRunDialog, ask_first_run
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window
from tests.ui.test_first_run import when_asked


def test_a_message_that_cannot_be_recorded_says_why_in_german(
    qtbot: QtBot, shipped_german: None, window: MainWindow
) -> None:
    ana = select_contact(window, "Ana Souza")
    assert ana.id is not None
    window.composer.select_template("invite-met-at-event")
    window.context.store.delete_contact(ana.id)  # by another Rapport window, say

    window.menus.record_sent.trigger()

    assert window.statusBar().currentMessage() == (
        f"Nicht erfasst: Es ist kein Kontakt mit der Nummer {ana.id} gespeichert; "
        "vielleicht wurde er gelöscht."
    )
    assert window.context.store.message_count() == 0


def test_settings_that_cannot_be_saved_say_why_in_german(
    qtbot: QtBot, shipped_german: None, context: AppContext
) -> None:
    settings = paths.settings_path()
    settings.unlink()
    (settings / "in the way").mkdir(parents=True)  # a folder where the file goes
    said: list[str] = []

    def answer(dialog: FirstRunDialog) -> None:
        qtbot.keyClicks(dialog.name, "Jordan Ellison")
        dialog.add_button.click()
        said.append(dialog.problem.text())
        dialog.reject()

    when_asked(qtbot, answer)
    assert ask_first_run(context) is None

    [problem] = said
    assert problem.startswith(f"Die Einstellungen ließen sich nicht in {settings} speichern: ")


def test_a_draft_from_an_earlier_session_is_announced_in_german(
    qtbot: QtBot, shipped_german: None, context: AppContext
) -> None:
    [bo] = [c for c in context.store.contacts() if c.name == "Bo Chen"]
    assert bo.id is not None
    saved_at = datetime(2024, 5, 3, 12, 2, tzinfo=UTC)
    content = DraftContent("invite-met-at-event", gaps={"how_met": "at RustConf"})
    DraftFolder(context.data_dir / "drafts").save(SavedDraft(bo.id, "Bo Chen", content, saved_at))
    window = open_window(qtbot, context)

    select_contact(window, "Bo Chen")

    local = saved_at.astimezone()
    assert window.statusBar().currentMessage() == (
        f"Ihr nicht gesendeter Entwurf an Bo Chen ({local.day}. Mai 2024 um "
        f"{local:%H:%M}) wurde wiederhergestellt."
    )
