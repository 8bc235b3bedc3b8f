"""A field a template uses and the contact lacks: reported by name, never printed as "".

Jinja's `Undefined` stands for a missing variable. Rapport's makes every use of one (printing
it, calling it, indexing it, adding to it) either a refusal or a record of the missing
field, so the renderer can say "Missing field: how_met" instead of sending a hole.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.runtime import Undefined
from jinja2.utils import missing as _MISSING

from app.rendering.limits import NOT_ALLOWED, TemplateRefused, state
from app.sentences import QT_TRANSLATE_NOOP

NOT_CALLABLE = QT_TRANSLATE_NOOP(
    "TemplateRefused", "'{name}' is not something a template can call."
)


class MissingName(Exception):
    """A template used a variable that has no value."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


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
            raise TemplateRefused(NOT_ALLOWED(error=self._undefined_message))
        field = self._missing_field()
        if field is not None:
            raise MissingName(field)
        raise TemplateRefused(self._undefined_message)

    def _missing_field(self) -> str | None:
        """The field this value comes from when that field is simply not filled in:
        `shared_interests` for `shared_interests[0]` or `shared_interests.first` as much
        as for `shared_interests` itself. None for anything else that is undefined."""
        if self._undefined_hint is not None:
            return None
        if self._undefined_obj is _MISSING:
            return self._undefined_name or "?"
        if isinstance(self._undefined_obj, FieldUndefined):
            return self._undefined_obj._missing_field()
        return None

    def _record_missing(self) -> None:
        """Using a missing field as text or as a list renders nothing but is recorded,
        so the renderer reports the field by name instead of leaving a gap."""
        field = None if self._is_blocked() else self._missing_field()
        if field is None:
            self._fail_with_undefined_error()
        state.missing.append(field or "?")

    def __str__(self) -> str:
        self._record_missing()
        return ""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._is_blocked() or self._undefined_obj is not _MISSING:
            self._fail_with_undefined_error()
        raise TemplateRefused(NOT_CALLABLE(name=self._undefined_name))

    def __bool__(self) -> bool:
        if self._is_blocked():
            self._fail_with_undefined_error()
        return False

    def __iter__(self) -> Iterator[Any]:
        self._record_missing()
        return iter(())

    def __len__(self) -> int:
        self._record_missing()
        return 0


# Jinja binds its operators (`[]`, `+`, `<`, ...) to Undefined's own failure method when
# the class is made, so an override of that method alone would not reach them: re-bind
# each one to ours, so `shared_interests[0]` reports the missing field by name. (`__call__`
# has its own override above.)
for _operator, _bound in vars(Undefined).items():
    if (
        _operator.startswith("__")
        and _operator != "__call__"
        and _bound is Undefined._fail_with_undefined_error
    ):
        setattr(FieldUndefined, _operator, FieldUndefined._fail_with_undefined_error)
