"""The window's start-up with a database it cannot use: a damaged one brings the offer to
restore the latest backup, with its date; a locked or read-only one, a clear message, in
the window's language."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import app.store.connection as store_connection
from app import paths
from app.context import AppContext
from app.settings import Settings, save_settings
from app.store import SCHEMA_VERSION, Store
from app.store.backups import make_daily_backup
from app.ui.recovery import open_data
from app.ui.widgets.locale_text import long_day_text, time_text
from tests.reliability.conftest import MakeReadOnly
from tests.store.test_locking import held_by_another_process

BACKED_UP = datetime(2025, 11, 3, 9, 14, tzinfo=UTC)


@dataclass(frozen=True)
class Shown:
    """What a message box said (the box itself is gone once answered)."""

    text: str
    informative: str
    buttons: list[str]


Seen = list[Shown]


@pytest.fixture(autouse=True)
def grammar_off(rapport_home: Path) -> None:
    save_settings(Settings(grammar_mode="off"), paths.settings_path())


Answer = Callable[[Callable[[QMessageBox], None]], Seen]


@pytest.fixture
def answer_dialogs(qtbot: QtBot) -> Iterator[Answer]:
    """Answer each modal message box as it opens, with `choose`; gives those seen."""
    timers: list[QTimer] = []

    def start(choose: Callable[[QMessageBox], None]) -> Seen:
        seen: Seen = []
        answered: list[QMessageBox] = []

        def look() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and (not answered or box is not answered[-1]):
                answered.append(box)
                buttons = [b.text() for b in box.buttons()]
                seen.append(Shown(box.text(), box.informativeText(), buttons))
                choose(box)

        timer = QTimer()
        timer.timeout.connect(look)
        timer.start(20)
        timers.append(timer)
        return seen

    yield start
    for timer in timers:
        timer.stop()


def click(label: str) -> Callable[[QMessageBox], None]:
    def choose(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == label]
        button.click()

    return choose


def opened() -> AppContext | None:
    context = open_data()
    if context is not None:
        context.close()
    return context


def test_a_damaged_database_offers_the_backup_with_its_date(
    answer_dialogs: Answer, saved: Path
) -> None:
    make_daily_backup(saved, BACKED_UP)
    saved.write_bytes(b"\x00not a database\xff" * 400)
    damaged = saved.read_bytes()

    seen = answer_dialogs(click("Restore the backup"))
    assert opened() is not None

    [question] = seen
    assert "is damaged" in question.text and str(saved) in question.text
    made = BACKED_UP.astimezone()
    assert f"made on {long_day_text(made.date())} at {time_text(made)}?" in question.informative
    assert "nothing is deleted" in question.informative
    with Store.open(saved) as store:
        assert [c.name for c in store.contacts()] == ["Ana Souza"]
    [kept] = saved.parent.glob("rapport.sqlite3.damaged-*")
    assert kept.read_bytes() == damaged


def test_declining_the_restore_changes_nothing(answer_dialogs: Answer, saved: Path) -> None:
    make_daily_backup(saved, BACKED_UP)
    saved.write_bytes(b"garbage" * 300)

    seen = answer_dialogs(click("Quit"))
    assert opened() is None

    assert len(seen) == 1
    assert saved.read_bytes() == b"garbage" * 300
    assert not list(saved.parent.glob("*.damaged-*"))


def test_a_truncated_database_without_backups_is_explained(
    answer_dialogs: Answer, saved: Path
) -> None:
    with Store.open(saved) as store:
        [ana] = store.contacts()
        for _ in range(300):
            store.record_message(ana, template="t", kind="invite", channel="email", text="x" * 300)
    saved.write_bytes(saved.read_bytes()[: saved.stat().st_size // 2])

    seen = answer_dialogs(lambda box: box.accept())
    assert opened() is None

    [message] = seen
    assert "damaged" in message.text and "none has been made yet" in message.text
    assert message.buttons == ["OK"]  # nothing to restore: no offer


def test_a_locked_database_is_explained_and_no_restore_is_offered(
    answer_dialogs: Answer, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_connection, "BUSY_TIMEOUT_SECONDS", 0.3)
    make_daily_backup(saved, BACKED_UP)
    before = saved.read_bytes()

    with held_by_another_process(saved):
        seen = answer_dialogs(lambda box: box.accept())
        assert opened() is None

    [message] = seen
    assert "in use by another program" in message.text
    assert message.buttons == ["OK"]
    assert saved.read_bytes() == before


def test_a_read_only_database_is_explained(
    answer_dialogs: Answer, saved: Path, make_read_only: MakeReadOnly
) -> None:
    make_read_only(saved)
    before = saved.read_bytes()

    seen = answer_dialogs(lambda box: box.accept())
    assert opened() is None

    [message] = seen
    assert "read-only" in message.text and str(saved) in message.text
    assert message.buttons == ["OK"]
    assert saved.read_bytes() == before


def test_a_read_only_data_folder_is_explained(
    answer_dialogs: Answer, saved: Path, make_read_only: MakeReadOnly
) -> None:
    make_read_only(saved.parent)

    seen = answer_dialogs(lambda box: box.accept())
    assert opened() is None

    [message] = seen
    assert "read-only" in message.text
    assert not saved.with_name(saved.name + "-wal").exists()


def test_a_damaged_database_is_explained_in_a_german_window(
    shipped_german: None, answer_dialogs: Answer, saved: Path
) -> None:
    saved.write_bytes(b"garbage" * 300)

    seen = answer_dialogs(lambda box: box.accept())
    assert opened() is None

    [message] = seen
    assert message.text.startswith(
        f"Die Datenbank {saved} ist beschädigt und lässt sich nicht lesen. Sie wurde nicht "
        "verändert. Rapport legt Sicherungen in "
    )
    assert message.text.endswith("aber bisher wurde noch keine erstellt.")


def test_a_database_from_a_newer_rapport_is_explained_in_a_german_window(
    shipped_german: None, answer_dialogs: Answer, saved: Path
) -> None:
    with sqlite3.connect(saved) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = saved.read_bytes()

    seen = answer_dialogs(lambda box: box.accept())
    assert opened() is None

    [message] = seen
    assert message.text == (
        f"Die Datenbank {saved} stammt von einer neueren Version von Rapport (Schema "
        f"{SCHEMA_VERSION + 1}; diese Version kennt Schemas bis {SCHEMA_VERSION}). "
        "Aktualisieren Sie Rapport, um sie zu öffnen; die Datei wurde nicht verändert."
    )
    assert saved.read_bytes() == before


def test_a_setting_out_of_range_is_explained_in_a_german_window(
    shipped_german: None, answer_dialogs: Answer, saved: Path
) -> None:
    settings = paths.settings_path()
    settings.write_text('{"schema_version": 1, "pending_days": 0}', encoding="utf-8")

    seen = answer_dialogs(lambda box: box.accept())
    assert opened() is None

    [message] = seen
    assert message.text == (
        f"Die Einstellungsdatei {settings}, 'pending_days': „Tage, die eine Einladung "
        "aussteht“ muss eine ganze Zahl von 1 bis 365 sein."
    )
