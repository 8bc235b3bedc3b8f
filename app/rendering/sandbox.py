"""A Jinja environment that is safe to hand templates written by strangers.

Jinja's sandbox stops attribute escapes but not resource exhaustion, and by default folds
constant expressions while *compiling*, so `{{ 'A' * 10**10 }}` could take the app down
before anything renders. The guard here, in layers:

- nothing is evaluated at compile time: the optimizer is off (also when looking for the
  names a template uses), `finalize` takes the context, which stops Jinja from folding
  printed constants, and `{% autoescape %}`, whose argument Jinja evaluates while
  compiling, is refused;
- every arithmetic operator is intercepted and checked for the size of its result; `~`
  concatenation, which the sandbox cannot intercept, is routed through a checked join by
  a small code generator override, and so are the buffers of `{% set %}`, `{% filter %}`,
  macros and call blocks;
- only a short list of functions, methods and filters may be called, each with its
  arguments checked before it runs (app/rendering/filters.py);
- printed values are checked for size, and values kept in a namespace for depth;
- a budget of the thread's processor time is checked on every line the template runs
  and every Python call it makes, and the output is counted as it streams;
- includes, imports and inheritance are refused before compiling: templates are one file.

This is the first line. A single C call (comparing two huge nested lists, sorting) can
still outlast the deadline or outgrow memory, so untrusted templates run in a separate
process with hard limits (app/rendering/worker.py).

Everything refused raises `TemplateRefused` with a message a person understands.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Mapping
from types import FrameType
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import Environment
from jinja2.meta import TrackingCodeGenerator
from jinja2.runtime import Context, LoopContext, Macro, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace, pass_context

from app.rendering.filters import check_join, check_replace, guarded_filters, take_items
from app.rendering.limits import (
    ENORMOUS_NUMBER,
    MAX_INT_BITS,
    TemplateRefused,
    arm_budget,
    check_budget,
    check_depth,
    check_printable,
    check_size,
    restore_budget,
    state,
)
from app.rendering.undefined import FieldUndefined
from app.sentences import QT_TRANSLATE_NOOP, Sentence

PRINTED_NONE = QT_TRANSLATE_NOOP(
    "TemplateRefused", "An expression in the template printed nothing (None)."
)
PERCENT_FORMAT = QT_TRANSLATE_NOOP(
    "TemplateRefused", "Formatting text with % is not allowed; join text with ~."
)
MAY_NOT_CALL = QT_TRANSLATE_NOOP("TemplateRefused", "The template may not call '{name}'.")
MAY_NOT_CALL_THAT = QT_TRANSLATE_NOOP("TemplateRefused", "The template may not call that.")
NO_INCLUDE = QT_TRANSLATE_NOOP(
    "TemplateRefused", "Templates cannot include, import or extend other files."
)
NO_AUTOESCAPE = QT_TRANSLATE_NOOP(
    "TemplateRefused", "Templates cannot use autoescape: messages are plain text."
)


class GuardedNamespace(Namespace):
    """`namespace()` for templates, checking every value it is given.

    A namespace is the only thing that carries a value from one loop iteration to the
    next, so it is where a template could nest a tuple a hundred thousand levels deep,
    step by step; CPython crashes hashing one. (Growing a long list there is stopped by
    the deadline, or by the worker's memory cap.)
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        attributes: dict[str, Any] = object.__getattribute__(self, "_Namespace__attrs")
        for value in attributes.values():
            check_depth(value)

    def __setitem__(self, name: str, value: Any) -> None:
        check_depth(value)
        super().__setitem__(name, value)


def _guarded_range(*args: int) -> range:
    numbers = range(*args)
    check_size(len(numbers), "a list")
    return numbers


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
        raise TemplateRefused(PRINTED_NONE())
    check_printable(value)
    return value


def _checked_concat(pieces: Iterable[str]) -> str:
    """Joins the output buffered by `{% set %}` and `{% filter %}` blocks, macros and call
    blocks: a buffer can hold the same long text ten thousand times before this join."""
    check_budget()
    buffered = list(pieces)
    check_size(sum(len(piece) for piece in buffered))
    return "".join(buffered)


class GuardedEnvironment(ImmutableSandboxedEnvironment):
    """The one environment every template is compiled and rendered in."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"-", "+"})
    concat = staticmethod(_checked_concat)

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
            "namespace": GuardedNamespace,
            "cycler": Cycler,
            "joiner": Joiner,
            "dict": dict,
        }
        self.filters = guarded_filters()

    # -- operators ---------------------------------------------------------------------

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_budget()
        if operator == "%" and isinstance(left, str):
            raise TemplateRefused(PERCENT_FORMAT())
        if operator == "**":
            _check_power(left, right)
        elif operator == "*":
            _check_product(left, right)
        elif operator == "+" and isinstance(left, str | list | tuple) and hasattr(right, "__len__"):
            check_size(len(left) + len(right), "text" if isinstance(left, str) else "a list")
        return self.binop_table[operator](left, right)

    def call_unop(self, context: Context, operator: str, arg: Any) -> Any:
        check_budget()
        return self.unop_table[operator](arg)

    def guarded_concat(self, parts: Iterable[Any]) -> str:
        check_budget()
        for part in parts:
            check_printable(part)
        pieces = [str(part) for part in parts]
        check_size(sum(len(piece) for piece in pieces))
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
            raise TemplateRefused(_may_not_call(__obj))
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            args = _checked_text_method_args(owner, __obj.__name__, args)
        result = __context.call(__obj, *args, **kwargs)
        if isinstance(result, str):
            check_size(len(result))
        return result


def _may_not_call(obj: Any) -> Sentence:
    name = getattr(obj, "__name__", None)
    return MAY_NOT_CALL(name=name) if name else MAY_NOT_CALL_THAT()


def _check_power(base: Any, exponent: Any) -> None:
    if (
        isinstance(base, int)
        and isinstance(exponent, int)
        and abs(base) > 1
        and exponent * math.log2(abs(base)) > MAX_INT_BITS
    ):
        raise TemplateRefused(ENORMOUS_NUMBER())


def _check_product(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateRefused(ENORMOUS_NUMBER())
        return
    for seq, times in ((left, right), (right, left)):
        if isinstance(seq, str | list | tuple) and isinstance(times, int):
            check_size(len(seq) * max(times, 0), "text" if isinstance(seq, str) else "a list")


def _checked_text_method_args(text: str, name: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Size-check the text methods whose result can be much larger than their input.

    Returns the arguments to call with: the items given to `join` are taken here, so a
    generator is not used up by the check before the call."""
    if name in ("center", "ljust", "rjust") and args and isinstance(args[0], int):
        check_size(args[0])
    elif name == "replace" and len(args) >= 2:
        check_replace(text, str(args[0]), str(args[1]))
    elif name == "join" and args:
        items = take_items(args[0])
        check_join(text, items)
        return (items, *args[1:])
    return args


def refuse_unsupported(tree: nodes.Template) -> None:
    """Templates are single plain-text files: no include, import or extends; and no
    autoescape, whose argument Jinja evaluates while compiling."""
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        raise TemplateRefused(NO_INCLUDE(), node.lineno)
    for node in tree.find_all(nodes.EvalContextModifier):
        raise TemplateRefused(NO_AUTOESCAPE(), node.lineno)


class _NameFinder(TrackingCodeGenerator):
    """Jinja's own finder of the variables a template uses, minus its constant folding:
    that would run filters on literal arguments (`[1]|batch(10**8, 0)`) on every
    keystroke, in the window's thread."""

    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        self.optimizer = None


def find_names(tree: nodes.Template, environment: Environment) -> set[str]:
    """The variables a parsed template refers to (checked with refuse_unsupported first)."""
    finder = _NameFinder(environment)
    finder.visit(tree)
    return finder.undeclared_identifiers


class RenderGuard:
    """Arms the deadline and the tracer for one render on this thread."""

    def __enter__(self) -> list[str]:
        self._previous_budget = arm_budget()
        self._previous_trace = sys.gettrace()
        state.missing = []
        sys.settrace(_trace_calls)
        return state.missing

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous_trace)
        restore_budget(self._previous_budget)


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
