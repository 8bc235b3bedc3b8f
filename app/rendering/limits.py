"""The limits a sandboxed template runs under, and the cheap checks that enforce them.

Each check runs *before* the work it guards: a single C call (joining, formatting,
hashing) cannot be interrupted once started, so its size has to be known first.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from app.sentences import QT_TRANSLATE_NOOP, Count, Sentence

if TYPE_CHECKING:
    from jinja2.utils import Namespace

# Far beyond any message anyone sends, small enough that no template can hurt memory.
MAX_TEXT = 20_000
MAX_SOURCE = 50_000
MAX_ITEMS = 10_000
MAX_INT_BITS = 4_096
# No message needs lists nested this deep; CPython hashes nested tuples by C recursion
# with no depth check, so tens of thousands of levels overflow the stack and crash.
MAX_DEPTH = 100
# Templates render in well under a millisecond; anything near this is an attack or a bug.
# It counts the processor time the rendering thread spends: on a busy machine a render
# that waits for its turn has done no harm, and a slow second is not a refusal.
TIME_LIMIT = 0.5
# However starved of the processor, no render outlasts this.
WALL_LIMIT = 10 * TIME_LIMIT

_CONTAINERS = (list, tuple, set, frozenset)


# What the sandbox says when it stops a template (the render worker sends these back by
# name: app/rendering/renderer.py).
TOO_SLOW = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template took longer than {seconds} s to render and was stopped."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template tried to build text longer than {limit} characters."
)
LIST_TOO_LONG = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template tried to build a list longer than {limit} items."
)
ENORMOUS_NUMBER = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template tried to compute an enormous number."
)
PRINTED_TOO_LONG = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template tried to print something longer than {limit} characters."
)
NESTED_LISTS = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template nested lists more than {depth} levels deep."
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template is not allowed to do that: {error}"
)


class TemplateRefused(Exception):
    """The template tried something the sandbox does not allow: in Rapport's words, or
    Jinja's own (quoted as they are)."""

    def __init__(self, message: Sentence | str, line: int | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.line = line


class _RenderState(threading.local):
    # Wall-clock time of the next look at the processor time: reading the clock is
    # cheap, reading a thread's processor time is not, and the tracer checks every line.
    deadline: float = math.inf
    started: float = 0.0  # wall-clock time the render began
    started_cpu: float = 0.0  # the thread's processor time then
    missing: list[str]

    def __init__(self) -> None:
        self.missing = []


state = _RenderState()


def arm_budget() -> tuple[float, float, float]:
    """Start the time budget of a render on this thread; returns the one it replaces."""
    previous = (state.deadline, state.started, state.started_cpu)
    state.started = time.monotonic()
    state.started_cpu = time.thread_time()
    state.deadline = state.started + TIME_LIMIT
    return previous


def restore_budget(previous: tuple[float, float, float]) -> None:
    state.deadline, state.started, state.started_cpu = previous


def check_budget() -> None:
    if time.monotonic() > state.deadline:
        _check_processor_time()


def _check_processor_time() -> None:
    now = time.monotonic()
    used = time.thread_time() - state.started_cpu
    if used >= TIME_LIMIT or now - state.started >= WALL_LIMIT:
        raise TemplateRefused(TOO_SLOW(seconds=f"{TIME_LIMIT:g}"))
    # The earliest moment the rest of the budget could be used up.
    state.deadline = now + (TIME_LIMIT - used)


def check_size(length: int, what: str = "text") -> None:
    limit = MAX_TEXT if what == "text" else MAX_ITEMS
    if length > limit:
        too_long = TEXT_TOO_LONG if what == "text" else LIST_TOO_LONG
        raise TemplateRefused(too_long(limit=Count(limit)))


def check_number(value: Any) -> None:
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise TemplateRefused(ENORMOUS_NUMBER())


def printed_length(value: Any) -> int:
    """About how long `str(value)` is, found without building it.

    Printing a list prints every item, nested, in one C call: `[['x'] * 10000] * 10000`
    is a few kilobytes as a list and hundreds of megabytes as text. Counting stops soon
    after MAX_TEXT, so this takes at most some ten thousand steps, whatever the value.
    """
    if isinstance(value, str):
        return len(value)
    # Here, not with the module: the window imports the limits before it renders anything.
    from jinja2.utils import Namespace

    total = 0
    pending = [value]
    while pending and total <= MAX_TEXT:
        item = pending.pop()
        if isinstance(item, Namespace):
            item = _attributes(item)
        if isinstance(item, Mapping):
            # Each entry prints at least a separator and a colon.
            total += 2 + 4 * len(item)
            if total <= MAX_TEXT:
                pending.extend(item.keys())
                pending.extend(item.values())
        elif isinstance(item, _CONTAINERS):
            total += 2 + 2 * len(item)
            if total <= MAX_TEXT:
                pending.extend(item)
        elif isinstance(item, str):
            total += len(item) + 2
        else:
            total += 24  # a number, or the short repr of a template helper
    return total


def check_printable(value: Any) -> None:
    """Refuse a value whose text would be too long, before anything converts it."""
    check_number(value)
    if printed_length(value) > MAX_TEXT:
        raise TemplateRefused(PRINTED_TOO_LONG(limit=Count(MAX_TEXT)))


def check_depth(value: Any) -> None:
    """Refuse values nested more than MAX_DEPTH deep.

    Heights are computed bottom-up and remembered per object, so a container shared by
    many parents is measured once, and sharing cannot hide how deep a value really is.
    A namespace counts as a leaf: it is hashed and compared by identity, and every value
    stored in one was checked on the way in.
    """
    heights: dict[int, int] = {}
    pending: list[tuple[Any, bool]] = [(value, False)]
    while pending:
        item, children_measured = pending.pop()
        children = _children(item)
        if children_measured:
            height = 1 + max((heights.get(id(child), 0) for child in children), default=0)
            if height > MAX_DEPTH:
                raise TemplateRefused(NESTED_LISTS(depth=Count(MAX_DEPTH)))
            heights[id(item)] = height
        elif children and id(item) not in heights:
            pending.append((item, True))
            pending.extend((child, False) for child in children)


def _children(item: Any) -> list[Any]:
    if isinstance(item, Mapping):
        return [*item.keys(), *item.values()]
    if isinstance(item, _CONTAINERS):
        return list(item)
    return []


def _attributes(namespace: Namespace) -> dict[str, Any]:
    # Namespace hides its storage behind __getattribute__; this is its own way in.
    attributes: dict[str, Any] = object.__getattribute__(namespace, "_Namespace__attrs")
    return attributes
