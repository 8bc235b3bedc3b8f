"""Turning a template and a contact into a message, safely.

A field the template needs and the contact lacks is reported by name; it is never
rendered as an empty string or "None". Errors carry the template line they come from.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from functools import cache, lru_cache
from types import TracebackType
from typing import TYPE_CHECKING, Any

from app.contacts import Contact, template_fields
from app.rendering.limits import MAX_SOURCE, MAX_TEXT, NOT_ALLOWED, TemplateRefused
from app.rendering.tags import between_tags, tag_spans
from app.sentences import QT_TRANSLATE_NOOP, Count, Sentence, Wording

# Jinja, the sandbox and the worker are imported with the first template compiled or
# sent out: the window imports this module for its composer and shows before it renders
# anything, and importing them was about a twentieth of its start (bench/README.md).
if TYPE_CHECKING:
    import jinja2

    from app.rendering.sandbox import GuardedEnvironment


@cache
def _environment() -> GuardedEnvironment:
    from app.rendering.sandbox import GuardedEnvironment

    return GuardedEnvironment()


# What Rapport says when a template cannot be compiled or rendered. Jinja's and the
# sandbox's own words are quoted in them, or stand alone, as they are.
SYNTAX = QT_TRANSLATE_NOOP("RenderError", "Template syntax: {error}")
TOO_LONG = QT_TRANSLATE_NOOP("RenderError", "The template is longer than {count} characters.")
NESTED = QT_TRANSLATE_NOOP("RenderError", "The template is nested too deeply.")
HUGE_NUMBER = QT_TRANSLATE_NOOP("RenderError", "The template contains a number too long to use.")
NOT_COMPILED = QT_TRANSLATE_NOOP("RenderError", "The template could not be compiled: {error}")
RECURSION = QT_TRANSLATE_NOOP(
    "RenderError", "The template calls itself too deeply and was stopped."
)
MEMORY = QT_TRANSLATE_NOOP(
    "RenderError", "The template tried to use too much memory and was stopped."
)
FAILED = QT_TRANSLATE_NOOP("RenderError", "The template failed: {error}")
# A count the worker sends back is one of the sandbox's limits: anything near this is not.
_LARGEST_COUNT = 10**12
PRODUCED_TOO_MUCH = QT_TRANSLATE_NOOP(
    "TemplateRefused", "The template produced more than {limit} characters."
)


class RenderError(Exception):
    """A template could not be rendered; `line` is the line of the template body.

    `message` is Rapport's sentence, or the sandbox's or Jinja's own words."""

    def __init__(self, message: Sentence | str, line: int | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else str(self.message)


class MissingFields(RenderError):
    """The template needs fields this contact (or message) has no value for."""

    def __init__(self, fields: tuple[str, ...], line: int | None = None) -> None:
        self.fields = fields
        listed = ", ".join(fields)
        super().__init__(f"Missing {'field' if len(fields) == 1 else 'fields'}: {listed}.", line)


def template_variables(
    contact: Contact | None,
    extras: Mapping[str, str] | None = None,
    *,
    my_name: str = "",
    my_location: str = "",
) -> dict[str, Any]:
    """The variables a template sees: the contact's known fields, the user's own name and
    location, and details typed for this one message. Empty values are left out."""
    variables: dict[str, Any] = template_fields(contact) if contact else {}
    own = {"my_name": my_name, "my_location": my_location, **(extras or {})}
    variables.update({key: value.strip() for key, value in own.items() if value.strip()})
    return variables


def render_source(source: str, variables: Mapping[str, Any], *, trusted: bool = False) -> str:
    """Render template text (no front matter) with the given variables.

    Only the templates shipped with Rapport are `trusted`, and render in this process.
    Any other text renders in the worker process, whose hard limits on time and memory
    hold where the sandbox's cannot. The variables must be JSON: text, numbers, lists.
    """
    if trusted:
        return render_here(source, variables)
    from app.rendering import worker as render_worker

    request = {"source": source, "variables": dict(variables)}
    try:
        answer = render_worker.shared().request(request)
    except render_worker.WorkerError as exc:
        raise RenderError(exc.sentence) from None
    if "missing" in answer:
        raise MissingFields(tuple(answer["missing"]), answer["line"])
    if "error" in answer:
        raise RenderError(worker_message(answer), answer["line"])
    return str(answer["text"])


def render_here(source: str, variables: Mapping[str, Any]) -> str:
    """Render in this process, guarded by the sandbox alone: for trusted templates, and
    inside the worker process."""
    from app.rendering.sandbox import RenderGuard
    from app.rendering.undefined import MissingName

    compiled = compile_source(source)
    try:
        with RenderGuard() as missing:
            pieces: list[str] = []
            length = 0
            for piece in compiled.generate(dict(variables)):
                length += len(piece)
                if length > MAX_TEXT:
                    raise TemplateRefused(PRODUCED_TOO_MUCH(limit=Count(MAX_TEXT)))
                pieces.append(piece)
    except MissingName as exc:
        raise MissingFields(_unique([*missing, exc.name]), _template_line(exc)) from None
    except RecursionError:
        raise RenderError(RECURSION()) from None
    except MemoryError:
        raise RenderError(MEMORY()) from None
    except Exception as exc:  # any failure inside untrusted template code is the template's
        raise RenderError(_describe(exc), _template_line(exc)) from None
    if missing:
        raise MissingFields(_unique(missing))
    return tidy("".join(pieces))


def compile_source(source: str) -> jinja2.Template:
    """Compile template text in the sandbox; compiled templates are cached by source."""
    if len(source) > MAX_SOURCE:
        raise RenderError(TOO_LONG(count=Count(MAX_SOURCE)))
    return _compile_cached(source)


@lru_cache(maxsize=128)
def _compile_cached(source: str) -> jinja2.Template:
    # Compiling evaluates nothing (see app/rendering/sandbox.py), so it takes a time bounded by
    # MAX_SOURCE and needs no deadline; tracing it would make every keystroke's
    # compile two to three times slower.
    import jinja2

    from app.rendering.sandbox import TEMPLATE_FILENAME, refuse_unsupported

    environment = _environment()
    try:
        tree = environment.parse(source, filename=TEMPLATE_FILENAME)
        refuse_unsupported(tree)
        code = environment.compile(tree, filename=TEMPLATE_FILENAME)
        return environment.template_class.from_code(
            environment, code, environment.make_globals(None), None
        )
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(SYNTAX(error=exc.message or ""), exc.lineno) from None
    except TemplateRefused as exc:
        raise RenderError(exc.message, exc.line) from None
    except (RecursionError, SyntaxError):
        # Jinja's parser recurses once per level of nesting; Python's compiler allows 20
        # nested blocks and 200 nested parentheses in the code Jinja generates.
        raise RenderError(NESTED()) from None
    except ValueError:
        # Python refuses to convert integers of more than 4,300 digits to or from text.
        raise RenderError(HUGE_NUMBER()) from None
    except Exception as exc:  # whatever else untrusted text provokes is the template's
        detail = str(exc) or type(exc).__name__
        raise RenderError(NOT_COMPILED(error=detail)) from None


def used_names(source: str) -> set[str]:
    """The variables a template's text refers to (for forms that ask for them); none
    when the text cannot be parsed, or is refused."""
    if len(source) > MAX_SOURCE:
        return set()
    return set(_names_of_source(source))


# One keystroke asks three times (the details form, the preview, the gap form) about the
# same text: the first finds its skeleton, the others only hash the text.
@lru_cache(maxsize=32)
def _names_of_source(source: str) -> frozenset[str]:
    return _used_names_cached(_skeleton(source))


def _skeleton(source: str) -> str:
    """The source's tags alone, one after another. They refer to the same variables, and
    they stay the same while the user types between them, so one parse serves all those
    keystrokes. The source itself when the text between the tags holds a brace, which
    could change where the tags are. Linear in the source's length (app/rendering/tags.py)."""
    spans = tag_spans(source)
    between = between_tags(source, spans)
    if "{" in between or "}" in between:
        return source
    return " ".join(source[start:end] for start, end in spans)


# The composer asks on every keystroke, for the details form, the preview's required
# fields and the gap form; one parse per skeleton is enough.
@lru_cache(maxsize=128)
def _used_names_cached(source: str) -> frozenset[str]:
    from app.rendering.sandbox import find_names, refuse_unsupported

    environment = _environment()
    try:
        tree = environment.parse(source)
        refuse_unsupported(tree)
        return frozenset(find_names(tree, environment))
    except Exception:  # the preview reports what is wrong with the text; this only asks
        return frozenset()


_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Even out the whitespace that conditional template parts leave behind."""
    # Line by line: the regex `[ \t]+$` is quadratic in a long run of spaces.
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = _SPACE_RUN.sub(" ", text)
    return _BLANK_RUN.sub("\n\n", text).strip()


def _template_line(exc: BaseException) -> int | None:
    """The template line an error was raised at, from Jinja's rewritten traceback."""
    from app.rendering.sandbox import TEMPLATE_FILENAME

    line = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _describe(exc: Exception) -> Sentence | str:
    import jinja2

    if isinstance(exc, TemplateRefused):
        return exc.message
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return NOT_ALLOWED(error=str(exc))
    if isinstance(exc, jinja2.TemplateError):
        return exc.message or type(exc).__name__
    return FAILED(error=str(exc) or type(exc).__name__)


def worker_said(message: Sentence | str) -> dict[str, Any]:
    """A RenderError's message as the render worker sends it: its English, and which
    sentence it is, with its values as text, and a count as its number."""
    said: dict[str, Any] = {"error": str(message)}
    if isinstance(message, Sentence):
        wording = message.wording
        values = {
            name: value.number if isinstance(value, Count) else str(value)
            for name, value in message.values
        }
        said["said"] = [wording.context, wording.source, values]
    return said


def worker_message(answer: Mapping[str, Any]) -> Sentence | str:
    """The message of the worker's error answer. The worker runs strangers' templates,
    so the sentence it names is taken only when it is one of the rendering package's
    own, with text or a count of sensible size for each of its values; anything else is
    shown as the text it sent."""
    said = answer.get("said")
    if isinstance(said, list) and len(said) == 3 and isinstance(said[2], dict):
        context, source, values = said
        known = isinstance(context, str) and isinstance(source, str)
        wording = _worker_wordings().get((context, source)) if known else None
        taken = {name: _worker_value(value) for name, value in values.items()}
        if wording is not None and None not in taken.values():
            sentence = wording(**taken)
            try:
                str(sentence)  # every placeholder has its value
            except (KeyError, IndexError, ValueError):
                pass
            else:
                return sentence
    return str(answer["error"])


def _worker_value(value: object) -> str | Count | None:
    """A value of the worker's sentence: text, a count (sent as its number), else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < _LARGEST_COUNT:
        return Count(value)
    return None


@cache
def _worker_wordings() -> dict[tuple[str, str], Wording]:
    """Every sentence the rendering modules can say, by context and English."""
    from app.rendering import filters, limits, sandbox, undefined

    modules = (sys.modules[__name__], limits, filters, sandbox, undefined)
    return {
        (wording.context, wording.source): wording
        for module in modules
        for wording in vars(module).values()
        if isinstance(wording, Wording)
    }


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))
