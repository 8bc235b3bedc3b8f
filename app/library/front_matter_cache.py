"""Front matter read once, kept between runs: the window's start parses no YAML.

Parsing the built-in templates' front matter with PyYAML, after the pass that bounds it
(front_matter.py), and importing PyYAML for it, is a noticeable part of every start of
the window, for text that rarely changes. This keeps each block's values under the
block's own text. A look-up can only ever return the values of that very text, so
nothing has to be invalidated when a template changes, and data folders, tests and
processes can share one file: what they add to it is the same for the same text.

The file is the user's own, but read as hostile all the same: within a size cap, as
JSON, and every value it gives goes through the same checks as freshly parsed YAML
(`parse_template`). A file that cannot be read or written is passed over, never
reported: it only ever saves time.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.library.front_matter import load_front_matter
from app.safe_io.reading import FileKind, FileRefused, read_bounded
from app.safe_io.writing import write_atomically
from app.sentences import QT_TRANSLATE_NOOP

FILE_NAME = "front-matter.json"
# About 300 bytes a block: room for thousands of templates, far below what costs time.
CACHE_FILE = FileKind(QT_TRANSLATE_NOOP("FileKind", "a front matter cache"), 4 * 1024 * 1024)
# Blocks kept beyond those read by the last load, so that two data folders (or tests)
# sharing the file do not keep replacing each other's entries.
MAX_ENTRIES = 5_000
_VERSION = 1


class FrontMatterCache:
    """Parsed front matter by its text, read from and saved to `path`."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._known = _read(path)
        self._used: dict[str, Any] = {}
        self._added = False

    def load(self, text: str) -> Any:
        """`load_front_matter(text)`, from the file when it holds this text. Raises
        FrontMatterError as `load_front_matter` does; a refusal is not kept."""
        if text in self._known:
            value = self._known[text]
        else:
            value = load_front_matter(text)
            if not _same_in_json(value):
                return value  # a date, or a number as a key: kept only as parsed
            self._added = True
        self._used[text] = value
        return value

    def save(self) -> None:
        """Write the file if a load parsed new text: what this load used, then the other
        blocks it held up to MAX_ENTRIES."""
        if not self._added:
            return
        entries = dict(self._used)
        for text, value in self._known.items():
            if len(entries) >= MAX_ENTRIES:
                break
            entries.setdefault(text, value)
        data = json.dumps({"version": _VERSION, "entries": entries}, ensure_ascii=False)
        try:
            write_atomically(self._path, data.encode("utf-8"))
        except OSError:
            return
        self._known, self._added = entries, False


def _same_in_json(value: Any) -> bool:
    """Whether the file would give back exactly these values."""
    try:
        return bool(json.loads(json.dumps(value)) == value)
    except (TypeError, ValueError, RecursionError):
        return False


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(read_bounded(path, CACHE_FILE))
    except (OSError, FileRefused, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return {}
    entries = data.get("entries")
    if not isinstance(entries, dict):
        return {}
    return entries
