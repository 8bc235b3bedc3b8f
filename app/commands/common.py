"""Small helpers the subcommands share: reading inputs and reporting errors."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any, BinaryIO

from app import paths
from app.commands.json_input import JsonInputError, parse_json
from app.languages import LANGUAGES, language_code
from app.safe_io.reading import JSON_FILE, JSON_LINES_FILE, FileRefused, open_bounded, read_bounded
from app.safe_io.terminal import one_line
from app.settings import Settings, SettingsError, load_settings

# The largest id SQLite stores: a larger number names no row, and cannot even be asked for.
MAX_ROW_ID = 2**63 - 1

# One message or request per line: a line past this is not one (the longest message
# Rapport renders is 20,000 characters).
MAX_LINE_BYTES = 1024 * 1024


class CommandError(Exception):
    """An error to print as one line for the user, ending the command with status 2."""


def fail(command: str, message: str) -> int:
    """Say what went wrong in one line (whatever the message holds) and end with status 2."""
    print(one_line(f"rapport {command}: {message}"), file=sys.stderr)
    return 2


def warn(command: str, message: str) -> None:
    """A word on standard error that does not end the command, in one line."""
    print(one_line(f"rapport {command}: {message}"), file=sys.stderr)


def row_id(text: str) -> int | None:
    """The database id `text` spells in ASCII digits, or None when it spells none (other
    scripts' digits, signs, spaces, or a number no row can have)."""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ROW_ID)):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ROW_ID else None


def settings_or_defaults(command: str) -> Settings:
    """The user's settings; a broken settings file is reported and the defaults used."""
    try:
        return load_settings(paths.settings_path())
    except SettingsError as exc:
        warn(command, f"{exc} Using the defaults.")
        return Settings()


def read_json_object(value: str, what: str) -> dict[str, Any]:
    """Parse inline JSON (starting with '{') or the JSON file the value names."""
    if value.lstrip().startswith("{"):
        text, origin = value, f"the {what} given inline"
    else:
        origin = value
        try:
            text = read_bounded(value, JSON_FILE).decode("utf-8-sig")
        except FileRefused as exc:
            raise CommandError(str(exc)) from None
        except UnicodeDecodeError:
            raise CommandError(f"{one_line(value)}: the file is not UTF-8 text.") from None
    try:
        data = parse_json(text)
    except JsonInputError as exc:
        raise CommandError(f"{one_line(origin)}: {exc}") from None
    if not isinstance(data, dict):
        raise CommandError(f"{one_line(origin)}: expected a JSON object of {what} fields.")
    return data


@contextmanager
def json_lines(name: str) -> Iterator[Iterator[tuple[int, str]]]:
    """The numbered non-blank lines of a file, or of standard input for "-", read as they come.

    Lines are split on line feeds only (a JSON string may hold U+2028, which `splitlines`
    splits on) and decoded one by one, so a line that is not UTF-8 is named by its own number.
    """
    if name == "-":
        yield _numbered(sys.stdin.buffer, "standard input")
        return
    with ExitStack() as stack:
        try:
            handle = stack.enter_context(open_bounded(name, JSON_LINES_FILE))
        except FileRefused as exc:
            raise CommandError(str(exc)) from None
        yield _numbered(handle, one_line(name))


def _numbered(stream: BinaryIO, where: str) -> Iterator[tuple[int, str]]:
    """Each line with its number; a line longer than MAX_LINE_BYTES is refused before
    more of it is read, and so is a file past its cap."""
    number = 0
    total = 0
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        total += len(raw)
        if len(raw) > MAX_LINE_BYTES:
            raise CommandError(f"{where}: line {number} is longer than 1 MB.")
        if total > JSON_LINES_FILE.limit:
            raise CommandError(f"{where}: more than {JSON_LINES_FILE.limit // 2**20} MB of input.")
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise CommandError(f"{where}: line {number} is not UTF-8 text.") from None
        if line.strip():
            yield number, line


def input_language(data: dict[str, Any]) -> str | None:
    """The language an input line's "lang" names ("de", "pt-BR"), or None when it names
    none; ValueError when it names one Rapport does not write."""
    value = data.get("lang")
    if value is None:
        return None
    code = language_code(value)
    if code is None:
        raise ValueError(f'"lang" must be one of {", ".join(LANGUAGES)} (or absent, to detect it).')
    return code
