"""Colours for a template file: the YAML front matter, and Jinja's tags in the body.

Each format carries its token kind as a text property (TOKEN_KIND), so what was
recognised can be read back from the document, independent of the colours chosen.
"""

from __future__ import annotations

import re
from enum import IntEnum

from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from app.ui.compose.message_view import utf16_index

TOKEN_KIND = QTextFormat.Property.UserProperty + 1


class _State(IntEnum):
    """Where a line starts: what the lines before it left open."""

    BODY = 0
    FRONT_MATTER = 1
    COMMENT = 2  # inside {# … #}
    STATEMENT = 3  # inside {% … %}
    EXPRESSION = 4  # inside {{ … }}


_OPEN_STATES = frozenset({_State.COMMENT, _State.STATEMENT, _State.EXPRESSION})
_OPENERS = {"{#": _State.COMMENT, "{%": _State.STATEMENT, "{{": _State.EXPRESSION}
_CLOSERS = {_State.COMMENT: "#}", _State.STATEMENT: "%}", _State.EXPRESSION: "}}"}
_TAG_START = re.compile(r"\{[{%#]")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_FILTER = re.compile(r"\|\s*[A-Za-z_]\w*")
_KEYWORD = re.compile(
    r"\b(?:if|elif|else|endif|for|endfor|in|not|and|or|is|set|endset|macro|endmacro|"
    r"call|endcall|filter|endfilter|with|endwith|raw|endraw|recursive|true|false|none)\b"
)
_YAML_KEY = re.compile(r"^(\s*-?\s*)([A-Za-z_][\w-]*)(\s*:)")
_YAML_COMMENT = re.compile(r"(?:^|\s)(#.*)$")
_DELIMITER = re.compile(r"^---[ \t]*$")

# (light theme, dark theme) colours, readable on the palette's base colour.
_COLOURS = {
    "delimiter": ("#6a1b9a", "#ce93d8"),
    "key": ("#1565c0", "#90caf9"),
    "tag": ("#00695c", "#80cbc4"),
    "expression": ("#2e7d32", "#a5d6a7"),
    "statement": ("#6a1b9a", "#ce93d8"),
    "keyword": ("#6a1b9a", "#e1bee7"),
    "string": ("#b45309", "#ffcc80"),
    "filter": ("#0277bd", "#81d4fa"),
    "comment": ("#757575", "#9e9e9e"),
}


def _formats() -> dict[str, QTextCharFormat]:
    palette = QGuiApplication.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    formats = {}
    for kind, (light, night) in _COLOURS.items():
        style = QTextCharFormat()
        style.setForeground(QColor(night if dark else light))
        style.setProperty(TOKEN_KIND, kind)
        if kind in ("delimiter", "key", "keyword", "tag"):
            style.setFontWeight(QFont.Weight.Bold)
        if kind == "comment":
            style.setFontItalic(True)
        formats[kind] = style
    return formats


class JinjaHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = _formats()

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        first_line = self.currentBlock().blockNumber() == 0
        self._wide = not text.isascii() and any(ord(char) > 0xFFFF for char in text)
        self._text = text
        if first_line and _DELIMITER.match(text.lstrip("\ufeff")):
            self._paint(0, len(text), "delimiter")
            self.setCurrentBlockState(_State.FRONT_MATTER)
        elif previous == _State.FRONT_MATTER:
            self.setCurrentBlockState(self._front_matter_line(text))
        else:
            start = _State(previous) if previous in _OPEN_STATES else _State.BODY
            self.setCurrentBlockState(self._body_line(text, start))

    def _front_matter_line(self, text: str) -> _State:
        if _DELIMITER.match(text):
            self._paint(0, len(text), "delimiter")
            return _State.BODY
        key = _YAML_KEY.match(text)
        if key:
            self._paint(key.start(2), key.end(2), "key")
        for string in _STRING.finditer(text):
            self._paint(string.start(), string.end(), "string")
        comment = _YAML_COMMENT.search(text)
        if comment and not any(
            s.start() < comment.start(1) < s.end() for s in _STRING.finditer(text)
        ):
            self._paint(comment.start(1), len(text), "comment")
        return _State.FRONT_MATTER

    def _body_line(self, text: str, state: _State) -> _State:
        position = 0
        while position < len(text):
            if state is _State.BODY:
                opener = _TAG_START.search(text, position)
                if opener is None:
                    return _State.BODY
                state = _OPENERS[opener.group()]
                self._paint(opener.start(), opener.end(), self._delimiter_kind(state))
                position = opener.end()
                continue
            closer = text.find(_CLOSERS[state], position)
            end = len(text) if closer < 0 else closer
            self._tag_content(position, end, state)
            if closer < 0:
                return state
            self._paint(closer, closer + 2, self._delimiter_kind(state))
            position = closer + 2
            state = _State.BODY
        return state

    def _tag_content(self, start: int, end: int, state: _State) -> None:
        if state is _State.COMMENT:
            self._paint(start, end, "comment")
            return
        self._paint(start, end, "expression" if state is _State.EXPRESSION else "statement")
        content = self._text[start:end]
        for keyword in _KEYWORD.finditer(content):
            self._paint(start + keyword.start(), start + keyword.end(), "keyword")
        for name in _FILTER.finditer(content):
            self._paint(start + name.start(), start + name.end(), "filter")
        # Strings last: a '|' or a keyword inside quotes is just text.
        for string in _STRING.finditer(content):
            self._paint(start + string.start(), start + string.end(), "string")

    @staticmethod
    def _delimiter_kind(state: _State) -> str:
        return "comment" if state is _State.COMMENT else "tag"

    def _paint(self, start: int, end: int, kind: str) -> None:
        if end <= start:
            return
        if self._wide:  # Qt counts UTF-16 units, Python code points
            start, end = utf16_index(self._text, start), utf16_index(self._text, end)
        self.setFormat(start, end - start, self._formats[kind])
