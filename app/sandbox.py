"""A Jinja environment that is safe to hand templates written by strangers.

Jinja's sandbox stops attribute escapes but not resource exhaustion, and by default folds
constant expressions while *compiling*, so `{{ 'A' * 10**10 }}` could take the app down
before anything renders. The guard here, in layers:

- nothing is evaluated at compile time: the optimizer is off, and `finalize` takes the
  context, which stops Jinja from folding printed constants;
- every arithmetic operator is intercepted and checked for the size of its result; `~`
  concatenation, which the sandbox cannot intercept, is routed through a checked join by
  a small code generator override;
- only a short list of functions, methods and filters may be called, each bounded;
- a per-thread deadline is checked on every line the template runs and every Python call
  it makes, and the output is counted as it streams;
- includes, imports and inheritance are refused before compiling: templates are one file.

Everything refused raises `TemplateRefused` with a message a person understands.
"""

from __future__ import annotations

import math
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import FrameType
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.filters import FILTERS as DEFAULT_FILTERS
from jinja2.runtime import Context, LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace, pass_context
from jinja2.utils import missing as _MISSING

# Far beyond any message anyone sends, small enough that no template can hurt memory.
MAX_TEXT = 20_000
MAX_SOURCE = 50_000
MAX_ITEMS = 10_000
MAX_INT_BITS = 4_096
# Templates render in well under a millisecond; anything near this is an attack or a bug.
TIME_LIMIT = 0.5


class TemplateRefused(Exception):
    """The template tried something the sandbox does not allow."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class MissingName(Exception):
    """A template used a variable that has no value."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class _RenderState(threading.local):
    deadline: float = math.inf
    missing: list[str]

    def __init__(self) -> None:
        self.missing = []


_state = _RenderState()


def check_budget() -> None:
    if time.monotonic() > _state.deadline:
        raise TemplateRefused(
            f"The template took longer than {TIME_LIMIT:g} s to render and was stopped."
        )


def _check_size(length: int, what: str = "text") -> None:
    limit = MAX_TEXT if what == "text" else MAX_ITEMS
    if length > limit:
        raise TemplateRefused(
            f"The template tried to build {what} longer than {limit:,} "
            f"{'characters' if what == 'text' else 'items'}."
        )


class FieldUndefined(Undefined):
    """A variable with no value: falsy and empty, so `{% if met_when %}` works, but
    printing it records the name so the renderer can report every missing field.

    An attribute the sandbox blocked is also undefined; that one fails on *any* use,
    including truth tests, so a blocked access never quietly renders as nothing.
    """

    __slots__ = ()

    def _is_blocked(self) -> bool:
        return self._undefined_exception is SecurityError

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> Any:
        if self._is_blocked():
            raise TemplateRefused(
                f"The template is not allowed to do that: {self._undefined_message}"
            )
        if self._undefined_hint is None and self._undefined_obj is _MISSING:
            raise MissingName(self._undefined_name or "?")
        raise TemplateRefused(self._undefined_message)

    def __str__(self) -> str:
        if self._is_blocked() or self._undefined_obj is not _MISSING:
            self._fail_with_undefined_error()
        _state.missing.append(self._undefined_name or "?")
        return ""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._is_blocked() or self._undefined_obj is not _MISSING:
            self._fail_with_undefined_error()
        raise TemplateRefused(f"'{self._undefined_name}' is not something a template can call.")

    def __bool__(self) -> bool:
        if self._is_blocked():
            self._fail_with_undefined_error()
        return False

    def __iter__(self) -> Iterator[Any]:
        if self._is_blocked():
            self._fail_with_undefined_error()
        return iter(())

    def __len__(self) -> int:
        if self._is_blocked():
            self._fail_with_undefined_error()
        return 0


def _guarded_range(*args: int) -> range:
    numbers = range(*args)
    _check_size(len(numbers), "a list")
    return numbers


def and_list(items: Iterable[Any], conjunction: str = "and") -> str:
    """["a", "b", "c"] -> "a, b and c": lists read as a person would write them."""
    words = [str(item) for item in items]
    if len(words) <= 2:
        return f" {conjunction} ".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def _bounded(filter_func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so that what it returns, text or list, is size-checked."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check_budget()
        result = filter_func(*args, **kwargs)
        if isinstance(result, str):
            _check_size(len(result))
        elif isinstance(result, list | tuple):
            _check_size(len(result), "a list")
        return result

    wrapper.__name__ = getattr(filter_func, "__name__", "filter")
    # Keep Jinja's pass_context / pass_environment marker on the wrapper.
    if hasattr(filter_func, "jinja_pass_arg"):
        wrapper.jinja_pass_arg = filter_func.jinja_pass_arg  # type: ignore[attr-defined]
    return wrapper


def _width_checked(filter_name: str, width_index: int) -> Callable[..., Any]:
    """Filters that pad (`center`, `indent`) allocate width-sized text before any check
    could see the result, so the width argument itself is checked first."""
    original = DEFAULT_FILTERS[filter_name]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        width = kwargs.get("width", args[width_index] if len(args) > width_index else 0)
        if isinstance(width, int) and width > 200:
            raise TemplateRefused(f"The '{filter_name}' filter's width is limited to 200.")
        return _bounded(original)(*args, **kwargs)

    return wrapper


_SAFE_FILTERS = (
    "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "first",
    "float", "groupby", "int", "items", "join", "last", "length", "list", "lower", "map",
    "max", "min", "reject", "rejectattr", "replace", "reverse", "round", "select",
    "selectattr", "slice", "sort", "string", "striptags", "sum", "title", "trim",
    "truncate", "unique", "upper", "wordcount", "wordwrap",
)  # fmt: skip

# Methods a template may call on text, lists and mappings; all return bounded results.
_STR_METHODS = frozenset(
    (
        "capitalize", "casefold", "count", "endswith", "find", "isalnum", "isalpha",
        "isdigit", "islower", "isspace", "istitle", "isupper", "lower", "lstrip",
        "partition", "removeprefix", "removesuffix", "rfind", "rpartition", "rsplit",
        "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper",
    )
)  # fmt: skip
# Text methods whose result can outgrow their input: allowed, but size-checked first.
_STR_GROWING_METHODS = frozenset(("center", "join", "ljust", "replace", "rjust"))
_CONTAINER_METHODS = frozenset(("count", "get", "index", "items", "keys", "values"))
_RUNTIME_TYPES = (Macro, LoopContext, Cycler, Joiner)


class _GuardedCodeGenerator(CodeGenerator):
    """Compiles `a ~ b` to a checked join instead of Jinja's unguarded `str_join`."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.guarded_concat((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


@pass_context
def _finalize(context: Context, value: Any) -> Any:
    """Runs on every printed value. Taking the context is also what keeps Jinja from
    evaluating printed constant expressions at compile time."""
    check_budget()
    if value is None:
        raise TemplateRefused("An expression in the template printed nothing (None).")
    return value


class GuardedEnvironment(ImmutableSandboxedEnvironment):
    """The one environment every template is compiled and rendered in."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"-", "+"})

    def __init__(self) -> None:
        super().__init__(
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=FieldUndefined,
            finalize=_finalize,
            autoescape=False,
            auto_reload=False,
        )
        # Constant folding would evaluate expressions while compiling untrusted source.
        self.optimized = False
        self.globals = {
            "range": _guarded_range,
            "namespace": Namespace,
            "cycler": Cycler,
            "joiner": Joiner,
            "dict": dict,
        }
        self.filters = {name: _bounded(DEFAULT_FILTERS[name]) for name in _SAFE_FILTERS}
        self.filters["center"] = _width_checked("center", 1)
        self.filters["indent"] = _width_checked("indent", 1)
        self.filters["and_list"] = _bounded(and_list)

    # -- operators ---------------------------------------------------------------------

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_budget()
        if operator == "%" and isinstance(left, str):
            raise TemplateRefused("Formatting text with % is not allowed; join text with ~.")
        if operator == "**":
            _check_power(left, right)
        elif operator == "*":
            _check_product(left, right)
        elif operator == "+" and isinstance(left, str | list | tuple) and hasattr(right, "__len__"):
            _check_size(len(left) + len(right), "text" if isinstance(left, str) else "a list")
        return self.binop_table[operator](left, right)

    def call_unop(self, context: Context, operator: str, arg: Any) -> Any:
        check_budget()
        return self.unop_table[operator](arg)

    def guarded_concat(self, parts: Iterable[Any]) -> str:
        check_budget()
        pieces = [str(part) for part in parts]
        _check_size(sum(len(piece) for piece in pieces))
        return "".join(pieces)

    # -- calls -------------------------------------------------------------------------

    def is_safe_callable(self, obj: Any) -> bool:
        if not super().is_safe_callable(obj):
            return False
        if isinstance(obj, _RUNTIME_TYPES) or obj in self.globals.values():
            return True
        owner = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", "")
        if isinstance(owner, str):
            return name in _STR_METHODS or name in _STR_GROWING_METHODS
        if isinstance(owner, Mapping | list | tuple):
            return name in _CONTAINER_METHODS
        # Bound methods of Jinja's loop, cycler and joiner helpers (loop.cycle, ...).
        return isinstance(owner, _RUNTIME_TYPES)

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        check_budget()
        if isinstance(__obj, Undefined):
            return __obj()
        if not __self.is_safe_callable(__obj):
            raise TemplateRefused(f"The template may not call {_describe(__obj)}.")
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            _check_text_method(owner, __obj.__name__, args)
        result = __context.call(__obj, *args, **kwargs)
        if isinstance(result, str):
            _check_size(len(result))
        return result


def _describe(obj: Any) -> str:
    name = getattr(obj, "__name__", None)
    return f"'{name}'" if name else "that"


def _check_power(base: Any, exponent: Any) -> None:
    if (
        isinstance(base, int)
        and isinstance(exponent, int)
        and abs(base) > 1
        and exponent * math.log2(abs(base)) > MAX_INT_BITS
    ):
        raise TemplateRefused("The template tried to compute an enormous number.")


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateRefused("The template tried to compute an enormous number.")
        return
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(times, int):
            _check_size(len(seq) * max(times, 0), "text" if isinstance(seq, str) else "a list")


def _check_text_method(text: str, name: str, args: tuple[Any, ...]) -> None:
    """Size-check the text methods whose result can be much larger than their input."""
    if name in ("center", "ljust", "rjust") and args and isinstance(args[0], int):
        _check_size(args[0])
    elif name == "replace" and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        occurrences = text.count(old) if old else len(text) + 1
        _check_size(len(text) + occurrences * max(len(new) - len(old), 0))
    elif name == "join" and args:
        items = list(args[0])
        _check_size(len(items), "a list")
        _check_size(sum(len(str(item)) for item in items) + len(text) * len(items))


def refuse_multi_file(tree: nodes.Template) -> None:
    """Templates are single files: no include, import or extends."""
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        raise TemplateRefused(
            "Templates cannot include, import or extend other files.", node.lineno
        )


class RenderGuard:
    """Arms the deadline and the tracer for one compile or render on this thread."""

    def __enter__(self) -> list[str]:
        self._previous_deadline = _state.deadline
        self._previous_trace = sys.gettrace()
        _state.deadline = time.monotonic() + TIME_LIMIT
        _state.missing = []
        sys.settrace(_trace_calls)
        return _state.missing

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous_trace)
        _state.deadline = self._previous_deadline


def _trace_calls(frame: FrameType, event: str, arg: Any) -> Any:
    """The global tracer: checks the deadline on every call, and traces the lines of
    template code (Jinja compiles templates to Python), so loops that call nothing are
    still stopped."""
    check_budget()
    if frame.f_code.co_filename == TEMPLATE_FILENAME:
        return _trace_lines
    return None


def _trace_lines(frame: FrameType, event: str, arg: Any) -> Any:
    check_budget()
    return _trace_lines


# Compiled templates get this file name, which is how the tracer recognises their frames
# and how errors are mapped back to template lines.
TEMPLATE_FILENAME = "<rapport template>"
