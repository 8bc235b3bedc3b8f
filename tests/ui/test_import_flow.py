"""Imports from the window: a LinkedIn export fills every page; a cancel saves nothing;
a CSV's columns are confirmed first.

The file choosers are the platform's native dialogs, which cannot be driven off screen,
so these tests hand the chosen path in through QFileDialog.getOpenFileName; everything
after that (the import, the progress window, the summary) is the real thing.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.importers import ImportSummary
from app.importers.table import SkippedRow
from app.ui.imports import import_flow
from app.ui.imports.csv_mapping_dialog import CsvMappingDialog
from app.ui.imports.import_flow import describe
from app.ui.main_window import MainWindow
from tests.imports.builders import big_connections_csv, current_export, write_folder
from tests.ui.conftest import listed_contacts
from tests.ui.file_choice import choose_file, import_summaries


def test_a_linkedin_export_fills_the_contacts_and_the_inbox(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = write_folder(tmp_path / "export", current_export())
    choose_file(monkeypatch, folder / "Connections.csv")
    shown = import_summaries(monkeypatch)
    before = len(listed_contacts(window))

    with qtbot.waitSignal(window.imports.imported, timeout=20_000):
        window.menus.import_linkedin.trigger()

    assert len(listed_contacts(window)) > before
    assert len(listed_contacts(window)) == window.context.store.contact_count()
    [summary] = shown
    assert summary.startswith("Imported export:")
    assert "2 requests you received are in the Inbox (1 of them accepted already)" in summary
    assert "6 invitations you sent (4 accepted, 2 of them answered" in summary
    window.pages.setCurrentWidget(window.inbox)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() > 0, timeout=10_000)


def test_a_cancelled_import_saves_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = write_folder(tmp_path / "big", {"Connections.csv": big_connections_csv(30_000)})
    choose_file(monkeypatch, folder / "Connections.csv")
    before = window.context.store.contact_count()

    with qtbot.waitSignal(window.imports.status, timeout=20_000) as said:
        window.menus.import_linkedin.trigger()
        assert window.imports.running
        window.imports.cancel()

    assert said.args == ["Import of big cancelled; nothing was saved."]
    assert window.context.store.contact_count() == before


def test_a_malformed_file_is_explained_and_changes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "contacts.vcf"
    broken.write_bytes(b"\x00\x01\x02 not a vcard \xff\xfe")
    choose_file(monkeypatch, broken)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    before = window.context.store.contact_count()

    window.menus.import_vcard.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)

    assert "contacts.vcf, line 1: this is not a text file" in warned[0]
    assert window.context.store.contact_count() == before


def test_a_csv_import_asks_which_column_is_which(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Full Name,Employer,Where\nCleo Park,Initech,Lisbon\n", encoding="utf-8")
    choose_file(monkeypatch, sheet)
    import_summaries(monkeypatch)
    seen: dict[str, object] = {}

    def confirm(dialog: CsvMappingDialog) -> int:
        seen["proposed"] = dialog.mapping()
        dialog.choices["location"].setCurrentIndex(dialog.choices["location"].findText("Where"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvMappingDialog, "exec", confirm)
    with qtbot.waitSignal(window.imports.imported, timeout=20_000):
        window.menus.import_csv.trigger()

    assert seen["proposed"] == {"name": "Full Name", "company": "Employer"}
    cleo = next(c for c in listed_contacts(window) if c.name == "Cleo Park")
    assert (cleo.company, cleo.location) == ("Initech", "Lisbon")


def test_the_column_dialog_speaks_in_the_labels_it_shows(qtbot: QtBot) -> None:
    dialog = CsvMappingDialog("people.csv", ["Employer", "Where"])
    qtbot.addWidget(dialog)

    assert not dialog.ok_button.isEnabled()
    text = dialog.problems.text()
    assert "First name" in text and "Name" in text
    assert "first_name" not in text and "last_name" not in text


# English's singular forms, as the English translation gives them: the source strings
# are in the plural, and Qt's plurals need a translation to say "1 row was skipped".
_ENGLISH_SINGULARS = {
    "Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.": (
        "Imported {file}: %Ln new contact, {completed} completed, {unchanged} unchanged."
    ),
    "%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a "
    "message);": "%Ln invitation you sent ({accepted} accepted, {replied} of them answered "
    "with a message);",
    "%Ln earlier invitations now have an outcome.": "%Ln earlier invitation now has an outcome.",
    "%Ln requests you received are in the Inbox ({accepted} of them accepted already).": (
        "%Ln request you received is in the Inbox ({accepted} of them accepted already)."
    ),
    "%Ln rows were skipped:": "%Ln row was skipped:",
}


@pytest.fixture
def english_plurals(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Install an English translation of the import flow's plurals, made as the real one
    is: lupdate reads the source, the numerus forms are filled in, lrelease compiles it."""
    ts, qm = tmp_path / "rapport_en.ts", tmp_path / "rapport_en.qm"
    tools = Path(sys.executable).parent
    source = Path(import_flow.__file__)
    lupdate = [str(tools / "pyside6-lupdate"), str(source), "-target-language", "en"]
    subprocess.run([*lupdate, "-ts", str(ts)], check=True, capture_output=True)
    tree = ElementTree.parse(ts)
    for message in tree.iter("message"):
        plural = message.findtext("source", "")
        forms = message.findall("translation/numerusform")
        if plural in _ENGLISH_SINGULARS and len(forms) == 2:  # a plural to lupdate too
            forms[0].text, forms[1].text = _ENGLISH_SINGULARS[plural], plural
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    subprocess.run([str(tools / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_what_an_import_did_is_counted_in_words(english_plurals: None) -> None:
    one_of_each = ImportSummary(
        source="/tmp/export.zip",
        contacts_added=1,
        invitations_added=1,
        outcomes_updated=1,
        requests_added=1,
        skipped=(SkippedRow("Connections.csv", 7, "no name"),),
    )
    text = describe(one_of_each)

    assert "1 new contact," in text
    assert "1 invitation you sent" in text
    assert "1 earlier invitation now has an outcome" in text
    assert "1 request you received is in the Inbox" in text
    assert "1 row was skipped" in text
    assert "2 rows were skipped" in describe(
        ImportSummary(source="x.csv", skipped=one_of_each.skipped * 2)
    )
