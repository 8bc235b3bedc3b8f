"""No text in app/ui reaches the screen in English whatever the window's language: every
string literal or f-string given to a Qt call that shows it goes through tr() or
QCoreApplication.translate(). One test per part of the window, so a failure says where."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.i18n.unmarked import plurals_lupdate_misses, unmarked_in_source, unmarked_in_tree

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "app" / "ui"
PACKAGES = sorted(path.name for path in UI.iterdir() if (path / "__init__.py").is_file())


def test_the_window_shell_marks_its_text() -> None:
    """The modules directly in app/ui/: the window, its menus, start-up and crash dialogs."""
    found = []
    for path in sorted(UI.glob("*.py")):
        found += unmarked_in_source(path.read_text(encoding="utf-8"), path.relative_to(ROOT))
    assert not found, "Unmarked text for the user:\n" + "\n".join(map(str, found))


@pytest.mark.parametrize("package", PACKAGES)
def test_each_page_marks_its_text(package: str) -> None:
    found = unmarked_in_tree(UI / package, ROOT)
    assert not found, "Unmarked text for the user:\n" + "\n".join(map(str, found))


@pytest.mark.parametrize(
    "line",
    [
        'label.setText("Saved")',
        'self.statusBar().showMessage(f"Sent to {name}")',
        'button = QPushButton("&Copy", self)',
        'QMessageBox.warning(self, "Rapport", text)',
        'combo.addItems(["Formal", "Informal"])',
        'combo.addItem("Formal", "formal")',
        'menu.addAction(QIcon("copy.png"), "Copy")',
        'label.setText("{count} contacts".format(count=n))',
        'field.setPlaceholderText(text="e.g. Lisbon")',
        'path = QFileDialog.getOpenFileName(self, "Open", "", "CSV files (*.csv)")',
        'label.setText("Hello" if ok else "Goodbye")',
    ],
)
def test_unmarked_text_is_found(line: str) -> None:
    assert unmarked_in_source(line, Path("example.py")), line


@pytest.mark.parametrize(
    "line",
    [
        'label.setText(self.tr("Saved"))',
        'label.setText(QCoreApplication.translate("Ctx", "{n} sent").format(n=count))',
        'label.setText(" · ")',
        'label.setText("")',
        'label.setText("{count}")',
        'label.setText(f"{count} %")',
        "label.setText(finding.message)",
        'action.setShortcut(QKeySequence("Ctrl+S"))',
        'label.setObjectName("hint")',
        'box.addItem(self.tr("Formal"), "formal")',
        'QFileDialog.getOpenFileName(self, self.tr("Open"), dir="/home")',
    ],
)
def test_marked_or_wordless_text_passes(line: str) -> None:
    assert not unmarked_in_source(line, Path("example.py")), line


def test_a_finding_names_its_file_and_line() -> None:
    (finding,) = unmarked_in_source('\n\nlabel.setText("Saved")\n', Path("app/ui/x.py"))
    assert str(finding) == "app/ui/x.py:3: setText('Saved')"


def test_every_plural_reaches_the_translation_files() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        found += plurals_lupdate_misses(source, path.relative_to(ROOT))
    assert not found, "Give the count as a plain name (n = len(x)):\n" + "\n".join(map(str, found))


@pytest.mark.parametrize(
    ("line", "missed"),
    [
        ('QCoreApplication.translate("A", "%n sent", "", len(rows))', True),
        ('QCoreApplication.translate("A", "%n sent", "", self.count)', True),
        ('QCoreApplication.translate("A", "%n sent", "", n=count)', True),
        ('QCoreApplication.translate("A", "%n sent", "", count)', False),
        ('self.tr("%n sent", "", self.count)', False),
        ('self.tr("%n sent", "", len(rows))', False),
        ('QCoreApplication.translate("A", "Sent")', False),
    ],
)
def test_plurals_lupdate_would_miss_are_found(line: str, missed: bool) -> None:
    assert bool(plurals_lupdate_misses(line, Path("example.py"))) == missed
