"""Finding text in app/ui that a user would read in English whatever the window's language:
a string literal or f-string handed straight to a Qt call that shows it, rather than
through tr()/QCoreApplication.translate().

Text that comes from a variable is not judged here: the core's texts pass through the
window unchanged (tr_conventions.md), and a variable made from a literal was marked, or
not, where the literal is.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Methods whose text argument the user reads.
SHOWING_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setStatusTip",
        "setWhatsThis",
        "showMessage",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "addItem",
        "addItems",
        "insertItem",
        "insertItems",
        "setItemText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setTitle",
        "setLabelText",
        "setButtonText",
        "setInformativeText",
        "setDetailedText",
        "setWindowIconText",
        "addRow",
        "setSpecialValueText",
        "setPrefix",
        "setSuffix",
        "setNameFilter",
        "setNameFilters",
        "addButton",
        "setPlainText",
        "setHtml",
        "setMarkdown",
    }
)
# Classes whose constructor shows its text.
SHOWING_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QAction",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QMenu",
        "QToolButton",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QTableWidgetItem",
        "QStandardItem",
        "QMessageBox",
        "QProgressDialog",
    }
)
# Static calls whose every text argument (titles, messages, file-dialog captions and
# filters) the user reads.
SHOWING_STATICS = {
    "QMessageBox": frozenset({"information", "warning", "critical", "question", "about"}),
    "QInputDialog": frozenset({"getText", "getMultiLineText", "getInt", "getDouble", "getItem"}),
    "QFileDialog": frozenset(
        {
            "getOpenFileName",
            "getOpenFileNames",
            "getSaveFileName",
            "getExistingDirectory",
            "getOpenFileUrl",
            "getSaveFileUrl",
        }
    ),
}
# Keyword arguments that never hold text for the user (file dialogs' start folder, …).
NOT_SHOWN_KEYWORDS = frozenset({"dir", "directory", "objectName", "selectedFilter", "options"})
TRANSLATING = frozenset({"tr", "translate"})
# Calls whose text arguments are no words: key sequences, icons, colours, paths, addresses,
# setting keys (setting_label translates the name it looks up).
NOT_TEXT_CALLS = frozenset(
    {"QKeySequence", "QIcon", "QColor", "QPixmap", "QUrl", "Path", "fromTheme", "objectName"}
    | {"setting_label"}
)


@dataclass(frozen=True)
class Unmarked:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def needs_translation(text: str) -> bool:
    """False for text no language writes differently: whitespace, punctuation, digits and
    format placeholders only ("·", "%", "{count}", "%1", "")."""
    bare = re.sub(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?\d+|%L?n", "", text)
    return any(character.isalpha() for character in bare)


def _literal_text(node: ast.expr) -> str | None:
    """The text of a str constant, or of an f-string's literal parts; None for others."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    return None


def _unmarked_in(node: ast.expr) -> Iterator[ast.expr]:
    """The literals in an argument that reach the screen as they are: a literal itself, or
    one inside a list, tuple, conditional, concatenation or call, except inside tr() or
    translate() (and the calls that take no words, such as QKeySequence("Ctrl+S"))."""
    if isinstance(node, ast.Constant | ast.JoinedStr):
        text = _literal_text(node)
        if text is not None and needs_translation(text):
            yield node
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _unmarked_in(element)
    elif isinstance(node, ast.IfExp):
        yield from _unmarked_in(node.body)
        yield from _unmarked_in(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from _unmarked_in(node.left)
        yield from _unmarked_in(node.right)
    elif isinstance(node, ast.Call):
        _owner, name = _call_name(node)
        if name in TRANSLATING or name in NOT_TEXT_CALLS:
            return
        if isinstance(node.func, ast.Attribute):  # "Sent {n}".format(…) is a literal shown
            yield from _unmarked_in(node.func.value)
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            yield from _unmarked_in(argument)


def _call_name(call: ast.Call) -> tuple[str | None, str]:
    """(the object's name when it is a plain name, the function's name)."""
    function = call.func
    if isinstance(function, ast.Attribute):
        owner = function.value.id if isinstance(function.value, ast.Name) else None
        return owner, function.attr
    if isinstance(function, ast.Name):
        return None, function.id
    return None, ""


def _shows_text(call: ast.Call) -> bool:
    owner, name = _call_name(call)
    if owner in SHOWING_STATICS:
        return name in SHOWING_STATICS[owner]
    if isinstance(call.func, ast.Name):
        return name in SHOWING_CLASSES
    return name in SHOWING_METHODS


def unmarked_in_source(source: str, path: Path) -> list[Unmarked]:
    found = []
    for call in ast.walk(ast.parse(source, filename=str(path))):
        if not isinstance(call, ast.Call) or not _shows_text(call):
            continue
        positional = list(call.args)
        if _call_name(call)[1] == "addItem" and len(positional) > 1:
            positional.pop()  # addItem(text, userData): the data is never shown
        arguments = [
            *positional,
            *(k.value for k in call.keywords if k.arg not in NOT_SHOWN_KEYWORDS),
        ]
        for argument in arguments:
            for literal in _unmarked_in(argument):
                text = _literal_text(literal) or ""
                found.append(Unmarked(path, literal.lineno, _call_name(call)[1], text))
    return found


def unmarked_in_tree(root: Path, base: Path) -> list[Unmarked]:
    found = []
    for path in sorted(root.rglob("*.py")):
        found += unmarked_in_source(path.read_text(encoding="utf-8"), path.relative_to(base))
    return found


def plurals_lupdate_misses(source: str, path: Path) -> list[Unmarked]:
    """Plural calls pyside6-lupdate silently leaves out of the .ts files (measured on
    PySide6 6.11): `translate(context, text, comment, n)` is extracted only when the count
    is a plain name, not `len(x)`, `self.count`, `x[0]`, `n + 1` or `n=n`; `self.tr(text,
    comment, n)` takes any expression, but not `n=n`. Such a string would stay English
    everywhere."""
    found = []
    for call in ast.walk(ast.parse(source, filename=str(path))):
        if not isinstance(call, ast.Call):
            continue
        _owner, name = _call_name(call)
        position = {"translate": 3, "tr": 2}.get(name)
        if position is None or not call.args or _literal_text(call.args[0]) is None:
            continue
        text_at = 1 if name == "translate" else 0
        text = _literal_text(call.args[text_at]) if len(call.args) > text_at else None
        allowed: tuple[type, ...] = (ast.Name,) if name == "translate" else (ast.expr,)
        count = call.args[position] if len(call.args) > position else None
        by_keyword = any(keyword.arg == "n" for keyword in call.keywords)
        if by_keyword or (count is not None and not isinstance(count, allowed)):
            found.append(Unmarked(path, call.lineno, name, text or ""))
    return found
