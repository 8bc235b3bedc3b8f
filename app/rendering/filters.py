"""The filters a sandboxed template may use, each with its arguments checked first.

Most of Jinja's filters do their work in one C call (`str.join`, `str.replace`, building
a padded batch), so checking only what they return is too late: the memory is spent and
the time gone by then. Each filter whose output can outgrow its input is given a check
with the filter's own signature, run on the arguments before the filter itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

from jinja2 import Environment
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.filters import make_attrgetter
from jinja2.utils import pass_environment

from app.rendering.limits import (
    MAX_ITEMS,
    TemplateRefused,
    check_budget,
    check_number,
    check_printable,
    check_size,
    printed_length,
)
from app.sentences import QT_TRANSLATE_NOOP, Count

WIDTH_LIMITED = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The '{filter}' filter's width is limited to {limit}."
)
WRAP_LIMITED = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The 'wordwrap' filter's line break is limited to {limit} characters."
)
PRECISION_LIMITED = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The 'round' filter's precision is limited to {limit} digits."
)
COUNT_LIMITED = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The '{filter}' filter takes a count from 1 to {limit}."
)
SUM_OF_NUMBERS = QT_TRANSLATE_NOOP("TemplateRefused", "The 'sum' filter adds numbers only.")
# Padding beyond a line's width is never part of a message.
_MAX_WIDTH = 200
# A line break: "\n", "\r\n", "<br>\n".
_MAX_WRAPSTRING = 10
# Past 30 digits a float has nothing left to round; a larger precision only makes Jinja
# compute 10 ** precision, which for -30,000,000 never finishes.
_MAX_PRECISION = 30

_PLAIN_FILTERS = (
    "abs", "attr", "count", "d", "default", "dictsort", "first", "float", "groupby", "int",
    "items", "last", "length", "list", "map", "max", "min", "reject", "rejectattr",
    "reverse", "select", "selectattr", "sort", "unique",
)  # fmt: skip
# Filters that turn their input into text first: a huge nested list must not get there.
_TEXT_FILTERS = (
    "capitalize", "lower", "string", "striptags", "title", "trim", "truncate", "upper",
    "wordcount",
)  # fmt: skip


def and_list(items: Iterable[Any], conjunction: str = "and") -> str:
    """["a", "b", "c"] -> "a, b and c": lists read as a person would write them."""
    listed = take_items(items)
    check_join(f" {conjunction} ", listed)
    words = [str(item) for item in listed]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def take_items(items: Iterable[Any]) -> list[Any]:
    """The items of a list or generator, refusing more than MAX_ITEMS without taking them."""
    taken = list(islice(items, MAX_ITEMS + 1))
    check_size(len(taken), "a list")
    return taken


def check_join(separator: str, items: list[Any]) -> None:
    separators = len(separator) * max(len(items) - 1, 0)
    check_size(separators + sum(printed_length(item) for item in items))


def check_replace(text: str, old: str, new: str) -> None:
    occurrences = text.count(old) if old else len(text) + 1
    check_size(len(text) + occurrences * max(len(new) - len(old), 0))


def check_width(filter_name: str, width: object) -> None:
    size = len(width) if isinstance(width, str) else width
    if isinstance(size, int) and size > _MAX_WIDTH:
        raise TemplateRefused(WIDTH_LIMITED(filter=filter_name, limit=Count(_MAX_WIDTH)))


# -- checks with the signatures of the filters they guard ------------------------------


def _text_input(value: Any, *args: Any, **kwargs: Any) -> None:
    check_printable(value)


def _center(value: Any, width: Any = 80) -> None:
    check_printable(value)
    check_width("center", width)


def _indent(s: Any, width: Any = 4, first: bool = False, blank: bool = False) -> None:
    check_printable(s)
    check_width("indent", width)
    text = str(s)
    indention = len(width) if isinstance(width, str) else width
    if isinstance(indention, int):
        check_size(len(text) + (len(text.splitlines()) + 1) * indention)


def _replace(s: Any, old: Any, new: Any, count: Any = None) -> None:
    check_printable(s)
    check_replace(str(s), str(old), str(new))


def _wordwrap(
    s: Any,
    width: Any = 79,
    break_long_words: Any = True,
    wrapstring: Any = None,
    break_on_hyphens: Any = True,
) -> None:
    # Every wrapped line is followed by `wrapstring`: a long one multiplies the text.
    check_printable(s)
    if wrapstring is not None and len(str(wrapstring)) > _MAX_WRAPSTRING:
        raise TemplateRefused(WRAP_LIMITED(limit=Count(_MAX_WRAPSTRING)))


def _batch(value: Any, linecount: Any, fill_with: Any = None) -> None:
    # The last batch is padded to `linecount` items in one step.
    _check_count("batch", linecount)


def _slice(value: Any, slices: Any, fill_with: Any = None) -> None:
    _check_count("slice", slices)


def _round(value: Any, precision: Any = 0, method: Any = "common") -> None:
    if not isinstance(precision, int) or abs(precision) > _MAX_PRECISION:
        raise TemplateRefused(PRECISION_LIMITED(limit=Count(_MAX_PRECISION)))


def _check_count(filter_name: str, count: Any) -> None:
    if not isinstance(count, int) or not 0 < count <= MAX_ITEMS:
        raise TemplateRefused(COUNT_LIMITED(filter=filter_name, limit=Count(MAX_ITEMS)))


_PRECHECKED: dict[str, Callable[..., None]] = {
    **{name: _text_input for name in _TEXT_FILTERS},
    "batch": _batch,
    "center": _center,
    "indent": _indent,
    "replace": _replace,
    "round": _round,
    "slice": _slice,
    "wordwrap": _wordwrap,
}


# -- filters replaced outright: their input must be taken before it can be checked ----


@pass_environment
def _join(
    environment: Environment, value: Iterable[Any], d: Any = "", attribute: Any = None
) -> str:
    if attribute is not None:
        value = map(make_attrgetter(environment, attribute), value)
    items = take_items(value)
    check_join(str(d), items)
    # Autoescape is always off, so this is exactly what Jinja's join does.
    return str(d).join(map(str, items))


@pass_environment
def _sum(
    environment: Environment, iterable: Iterable[Any], attribute: Any = None, start: Any = 0
) -> Any:
    # Adding lists (`sum(start=[])`) copies the growing list once per item, in C.
    if attribute is not None:
        iterable = map(make_attrgetter(environment, attribute), iterable)
    numbers = take_items(iterable)
    if not all(isinstance(number, int | float) for number in (start, *numbers)):
        raise TemplateRefused(SUM_OF_NUMBERS())
    return sum(numbers, start)


def guarded_filters() -> dict[str, Callable[..., Any]]:
    """The filter table of the sandbox: every filter bounded, several prechecked."""
    filters = {name: _bounded(DEFAULT_FILTERS[name]) for name in _PLAIN_FILTERS}
    for name, precheck in _PRECHECKED.items():
        filters[name] = _bounded(DEFAULT_FILTERS[name], precheck)
    filters["join"] = _bounded(_join)
    filters["sum"] = _bounded(_sum)
    filters["and_list"] = _bounded(and_list)
    return filters


def _bounded(
    filter_func: Callable[..., Any], precheck: Callable[..., None] | None = None
) -> Callable[..., Any]:
    """Wrap a filter: its arguments are prechecked, and what it returns is size-checked."""
    # Jinja passes a context, eval context or environment first to the filters marked so.
    skipped = 1 if hasattr(filter_func, "jinja_pass_arg") else 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check_budget()
        if precheck is not None:
            precheck(*args[skipped:], **kwargs)
        result = filter_func(*args, **kwargs)
        if isinstance(result, str):
            check_size(len(result))
        elif isinstance(result, list | tuple):
            check_size(len(result), "a list")
        else:
            check_number(result)
        return result

    wrapper.__name__ = getattr(filter_func, "__name__", "filter")
    if skipped:
        wrapper.jinja_pass_arg = filter_func.jinja_pass_arg  # type: ignore[attr-defined]
    return wrapper
