"""In a German window the core's counts, a contact's refusal, a file inside an export's zip
and the preview's request for a contact are said in German: "10.000", not "10,000"; the
row a CSV import skipped for its strength, in the import's summary; "Connections.csv aus
export.zip"; the template preview with no contact chosen; the keyring's secrets, as the
Settings dialog names their fields to a screen reader. The shipped German translation is
the one installed (the `shipped_german` fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.composing.personal_dictionary import MAX_WORDS, dictionary_path
from app.context import AppContext
from app.settings import Settings
from app.ui.imports.csv_mapping_dialog import CsvMappingDialog
from app.ui.main_window import MainWindow
from app.ui.settings.grammar_page import GrammarPage
from tests.imports.builders import current_export, write_zip
from tests.ui.file_choice import choose_file, import_summaries
from tests.ui.template_editor_helpers import open_editor

WAIT = 20_000


def test_a_full_dictionary_is_counted_with_german_digit_grouping(
    window: MainWindow, qtbot: QtBot, shipped_german: None
) -> None:
    words = "".join(f"wort{number}\n" for number in range(MAX_WORDS))
    dictionary_path(window.context.data_dir).write_text(words, encoding="utf-8")

    # What "Add to dictionary" in the message's context menu sends.
    window.composer.message.word_added.emit("Zyxel")

    assert window.statusBar().currentMessage() == (
        "Nicht in Ihr Wörterbuch aufgenommen: Ihr Wörterbuch enthält bereits 10.000 Wörter."
    )


def test_a_row_refused_for_its_strength_is_explained_in_german(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shipped_german: None,
) -> None:
    sheet = tmp_path / "leute.csv"
    sheet.write_text(
        "Name,Firma,Stärke\nLena Vogt,Initech,2\nJonas Berg,Globex,sehr eng\n", encoding="utf-8"
    )
    choose_file(monkeypatch, sheet)
    shown = import_summaries(monkeypatch)

    def confirm(dialog: CsvMappingDialog) -> int:
        strength = dialog.choices["strength"]
        strength.setCurrentIndex(strength.findText("Stärke"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvMappingDialog, "exec", confirm)
    with qtbot.waitSignal(window.imports.imported, timeout=WAIT):
        window.menus.import_csv.trigger()

    [summary] = shown
    assert (
        f"• {sheet}, Zeile 3: Die Beziehungsstärke muss eine ganze Zahl von 1 bis 5 sein."
        in summary.splitlines()
    )
    assert [c.name for c in window.context.store.contacts("Lena Vogt")] == ["Lena Vogt"]


def test_a_file_inside_an_export_zip_is_named_in_german(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shipped_german: None,
) -> None:
    export = write_zip(tmp_path / "export.zip", current_export())
    choose_file(monkeypatch, export)
    shown = import_summaries(monkeypatch)

    with qtbot.waitSignal(window.imports.imported, timeout=WAIT):
        window.menus.import_linkedin.trigger()

    [summary] = shown
    hidden = [line for line in summary.splitlines() if "kein Name" in line]
    assert hidden, summary
    assert all(line.startswith("• Connections.csv aus export.zip, Zeile ") for line in hidden)


def test_the_template_preview_asks_for_a_contact_in_german(
    context: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shipped_german: None
) -> None:
    with open_editor(context, monkeypatch) as editor:
        editor.select("my-thanks")
        preview = editor.preview
        preview.contact.setCurrentIndex(-1)  # the name typed into the box matches nobody

        qtbot.waitUntil(
            lambda: (
                preview.problem.text() == "Wählen Sie einen Kontakt, dem Sie schreiben möchten."
            ),
            timeout=WAIT,
        )


def test_the_secrets_fields_are_named_in_german(qtbot: QtBot, shipped_german: None) -> None:
    page = GrammarPage(Settings(grammar_mode="premium"))
    qtbot.addWidget(page)

    assert page.api_key.edit.accessibleName() == "API-Schlüssel für LanguageTool Premium"
    assert page.server_password.remove.accessibleName() == (
        "Gespeichertes Passwort oder gespeicherten API-Schlüssel des Grammatikservers entfernen"
    )
