"""In a German window, what goes wrong with a file the user imports or a template they
write is said in German, with the file's name and line as they are: the message box of
an import, the template editor's line mark and problem, and a shared template refused.
The shipped German translation is the one installed (the `shipped_german` fixture)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.templates.editor import TemplateEditor
from tests.templates_io.helpers import template_text
from tests.ui.file_choice import choose_file
from tests.ui.template_editor_helpers import open_editor, type_over_all

WAIT = 20_000


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (title, text) of every warning box the window opens."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text))
    )
    return shown


def _import_vcard(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path
) -> tuple[str, str]:
    choose_file(monkeypatch, path)
    shown = _warnings(monkeypatch)
    window.menus.import_vcard.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    [warning] = shown
    return warning


def test_an_empty_file_is_refused_in_german(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shipped_german: None,
) -> None:
    empty = tmp_path / "Kontakte März.vcf"
    empty.write_text("\n", encoding="utf-8")

    title, text = _import_vcard(window, qtbot, monkeypatch, empty)

    assert title == "Nichts importiert"
    assert text == f"{empty}: Die Datei ist leer."


def test_a_broken_vcard_names_its_line_in_german(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shipped_german: None,
) -> None:
    broken = tmp_path / "kontakte.vcf"
    broken.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Lena Vogt\n", encoding="utf-8")
    before = window.context.store.contact_count()

    _title, text = _import_vcard(window, qtbot, monkeypatch, broken)

    assert text == f"{broken}, Zeile 1: Diese Karte endet nie (kein END:VCARD)."
    assert window.context.store.contact_count() == before


@pytest.fixture
def german_editor(
    context: AppContext, monkeypatch: pytest.MonkeyPatch, shipped_german: None
) -> Iterator[TemplateEditor]:
    with open_editor(context, monkeypatch) as editor:
        yield editor


def test_broken_front_matter_is_marked_in_german(
    qtbot: QtBot, german_editor: TemplateEditor
) -> None:
    editor = german_editor
    editor.select("my-thanks")

    type_over_all(qtbot, editor, template_text("my-thanks", kind="poem"))

    said = (
        "Zeile 3: „kind“ muss einer dieser Werte sein: invite, thanks, decline, coffee, "
        "recruiter_reply, follow_up, intro."
    )
    qtbot.waitUntil(lambda: editor.problem.text() == said, timeout=WAIT)
    [whole_line, _underline] = editor.source.extraSelections()
    assert whole_line.cursor.block().blockNumber() == 2  # the third line: kind
    assert whole_line.format.toolTip() == said


def test_a_refused_shared_template_is_explained_in_german(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shipped_german: None,
) -> None:
    shared = tmp_path / "geteilt.j2"
    shared.write_text("Hallo {{ first_name }}!\n", encoding="utf-8")
    shown = _warnings(monkeypatch)

    window.templates.transfer.start_import([shared])
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)

    [(title, text)] = shown
    assert title == "Nichts zu importieren"
    assert text == (
        "• geteilt.j2, Zeile 1: Die Datei muss mit einem Kopfbereich zwischen '---'-Zeilen "
        "beginnen (name, kind, channel, description, requires)."
    )


def test_the_sandbox_s_refusal_comes_back_from_the_worker_in_german(
    qtbot: QtBot, german_editor: TemplateEditor
) -> None:
    editor = german_editor
    editor.select("my-thanks")

    type_over_all(qtbot, editor, template_text("my-thanks", body="Hallo {{ '%s' % first_name }}"))

    said = "Zeile 8: Text mit % zu formatieren ist nicht erlaubt; verbinden Sie Text mit ~."
    qtbot.waitUntil(lambda: editor.problem.text() == said, timeout=WAIT)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_offered_as_a_template_is_refused_in_german(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shipped_german: None,
) -> None:
    pipe = tmp_path / "rohr.j2"
    os.mkfifo(pipe)
    shown = _warnings(monkeypatch)

    window.templates.transfer.start_import([pipe])
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)

    [(_title, text)] = shown
    assert text == (
        "• rohr.j2: Das ist eine Pipe (FIFO), keine Datei; Rapport liest nur normale Dateien."
    )
