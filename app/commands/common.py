"""Small helpers the subcommands share: reading inputs and reporting errors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from app import paths
from app.settings import Settings, SettingsError, load_settings


class CommandError(Exception):
    """An error to print as one line for the user, ending the command with status 2."""


def fail(command: str, message: str) -> int:
    print(f"rapport {command}: {message}", file=sys.stderr)
    return 2


def settings_or_defaults(command: str) -> Settings:
    """The user's settings; a broken settings file is reported and the defaults used."""
    try:
        return load_settings(paths.settings_path())
    except SettingsError as exc:
        print(f"rapport {command}: {exc} Using the defaults.", file=sys.stderr)
        return Settings()


def read_json_object(value: str, what: str) -> dict[str, Any]:
    """Parse inline JSON (starting with '{') or the JSON file the value names."""
    if value.lstrip().startswith("{"):
        text, origin = value, f"the {what} given inline"
    else:
        path = Path(value)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CommandError(f"{value}: no such file.") from None
        except UnicodeDecodeError:
            raise CommandError(f"{value}: the file is not UTF-8 text.") from None
        except OSError as exc:
            raise CommandError(f"{value}: cannot be read ({exc.strerror}).") from None
        origin = value
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{origin}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    if not isinstance(data, dict):
        raise CommandError(f"{origin}: expected a JSON object of {what} fields.")
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
            handle = stack.enter_context(Path(name).open("rb"))
        except FileNotFoundError:
            raise CommandError(f"{name}: no such file.") from None
        except OSError as exc:
            raise CommandError(f"{name}: cannot be read ({exc.strerror}).") from None
        yield _numbered(handle, name)


def _numbered(stream: BinaryIO, where: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise CommandError(f"{where}: line {number} is not UTF-8 text.") from None
        if line.strip():
            yield number, line
