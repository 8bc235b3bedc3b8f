"""JSON that a person or a script handed to the `rapport` command, parsed within bounds.

Python's parser accepts things no contact or message holds, and each fails later, far from
the input, as a traceback: nesting deep enough to exhaust the recursion limit in whatever
walks it next, `1e400` (parsed as infinity, an OverflowError once made an integer),
`NaN`, integers too long to convert, and strings holding a lone UTF-16 surrogate (`"\\ud800"`),
which cannot be printed or stored as UTF-8. All of them are refused here, with a sentence.
"""

from __future__ import annotations

import json
import math
from typing import Any

# Contacts and messages are flat: an object of text, numbers and lists of text. Twenty
# levels is far more than any of them; deep nesting is only ever an attack.
MAX_DEPTH = 20


class JsonInputError(ValueError):
    """The text is not JSON Rapport can use; the message says why, in one line."""


def _refuse_constant(name: str) -> Any:
    raise JsonInputError(f"{name} is not a number Rapport can use.")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonInputError(f"the number {text[:20]} is too large.")
    return value


def parse_json(text: str) -> Any:
    """The value the JSON text holds; JsonInputError says what is wrong with it."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except RecursionError:
        raise JsonInputError(f"nested more than {MAX_DEPTH} levels deep.") from None
    except JsonInputError:
        raise
    except ValueError:
        # Python converts integers of at most 4,300 digits.
        raise JsonInputError("holds a number too long to use.") from None
    _check_shape(value)
    return value


def _check_shape(value: Any) -> None:
    """Depth and text, checked without recursion (the value may be deep)."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                raise JsonInputError(f"nested more than {MAX_DEPTH} levels deep.")
            if isinstance(item, dict):
                for key in item:
                    _check_text(key)
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth + 1) for child in children)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise JsonInputError("holds a broken character (a lone UTF-16 surrogate).") from None
