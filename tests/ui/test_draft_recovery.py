"""Drafts survive: saved as they are typed, brought back after a crash or a restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.composing.saved_drafts import DraftContent, DraftFolder, SavedDraft
from app.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui import draft_child
from tests.ui.conftest import listed_contacts, select_contact
from tests.ui.opening import open_window

REPO = Path(__file__).resolve().parents[2]
# Starting Python, Qt and a window on a busy machine; the test fails, rather than hangs,
# if the child never gets there.
CHILD_LIMIT_S = 120


def draft_file(context: AppContext, contact_id: int | None) -> Path:
    return context.data_dir / "drafts" / f"contact-{contact_id}.json"


def contact_id(context: AppContext, name: str) -> int:
    [contact] = [c for c in context.store.contacts(name) if c.name == name]
    assert contact.id is not None
    return contact.id


def test_a_draft_typed_before_a_crash_is_back_on_the_next_start(
    qtbot: QtBot, context: AppContext
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.draft_child"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    # Read on a thread: a pipe cannot be waited on with a timeout everywhere.
    reader = ThreadPoolExecutor(1)
    try:
        line = reader.submit(child.stdout.readline).result(timeout=CHILD_LIMIT_S)
        assert line.strip() == "SAVED", "the child window never saved its draft"
    finally:
        child.kill()  # SIGKILL: a crash, with no chance to clean up or save anything
        child.wait()  # its end closes the pipe, which ends a read still waiting
        reader.shutdown()
        child.stdout.close()
    if os.name == "posix":
        assert child.returncode == -signal.SIGKILL

    window = open_window(qtbot, context)
    select_contact(window, "Ana Souza")

    composer = window.composer
    assert composer.template is not None and composer.template.name == "intro-make"
    detail = composer.detail_field("intro_name")
    assert detail is not None and detail.text() == draft_child.DETAIL
    typed = draft_child.TYPED + draft_child.TYPED_UNICODE
    assert composer.message.toPlainText().endswith(typed)
    message = window.statusBar().currentMessage()
    assert message.startswith("Restored your unsent draft to Ana Souza from ")


def test_a_draft_is_written_shortly_after_typing(qtbot: QtBot, window: MainWindow) -> None:
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    qtbot.keyClicks(window.composer.message, "P.S. ")
    path = draft_file(window.context, ana.id)
    qtbot.waitUntil(path.exists)
    assert "P.S. " in path.read_text(encoding="utf-8")


def test_closing_the_window_saves_what_was_just_typed(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    ana = select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    qtbot.keyClicks(window.composer.message, "Last words")
    window.close()  # sooner than the pause that saves a draft

    saved = DraftFolder(context.data_dir / "drafts").load(contact_id(context, "Ana Souza"))
    assert saved is not None and saved.content.text is not None
    assert saved.content.text.endswith("Last words")
    assert saved.contact_id == ana.id


def test_recording_or_refilling_removes_the_draft(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    ana = select_contact(window, "Ana Souza")
    composer = window.composer
    composer.select_template("invite-met-at-event")
    path = draft_file(window.context, ana.id)

    composer.message.insertPlainText("Hello! ")
    composer.save_draft_now()
    assert path.exists()
    composer.refill_button.click()
    composer.save_draft_now()
    assert not path.exists()

    composer.message.insertPlainText("Hello again! ")
    composer.save_draft_now()
    assert path.exists()
    window.menus.record_sent.trigger()
    assert not path.exists()
    select_contact(window, "Bo Chen")
    composer.save_draft_now()
    assert not path.exists()  # a message recorded is not kept as a draft


def test_a_restored_draft_brings_back_the_fields_filled_for_it(
    qtbot: QtBot, context: AppContext
) -> None:
    bo = contact_id(context, "Bo Chen")
    content = DraftContent("invite-met-at-event", gaps={"how_met": "at RustConf"})
    DraftFolder(context.data_dir / "drafts").save(SavedDraft(bo, "Bo Chen", content))
    window = open_window(qtbot, context)
    select_contact(window, "Bo Chen")
    field = window.composer.gap_field("how_met")
    assert field is not None and field.text() == "at RustConf"
    assert "good to meet you at RustConf" in window.composer.message.toPlainText()


def test_an_unreadable_draft_is_reported_and_set_aside(qtbot: QtBot, context: AppContext) -> None:
    ana = contact_id(context, "Ana Souza")
    path = draft_file(context, ana)
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "contact_id": ', encoding="utf-8")
    window = open_window(qtbot, context)

    select_contact(window, "Ana Souza")

    message = window.statusBar().currentMessage()
    assert "could not be restored" in message and str(path) in message
    assert not path.exists()
    [aside] = path.parent.iterdir()
    assert aside.read_text(encoding="utf-8") == '{"version": 1, "contact_id": '
    # The window goes on as usual.
    window.composer.select_template("invite-met-at-event")
    assert window.composer.message.toPlainText().startswith("Hi Ana")
    assert [c.name for c in listed_contacts(window)] == ["Ana Souza", "Bo Chen"]
