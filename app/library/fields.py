"""Which fields a template uses, where each comes from, and which ones a contact lacks:
what the template editor lists next to the preview."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from app.contacts import FIELD_LABELS
from app.library.templates import Template
from app.rendering.renderer import used_names

# The user's own, from the settings; everything else that is not a contact field is
# typed for each message in the composer's details form.
_OWN_LABELS = {"my_name": "Your name", "my_location": "Your location"}

Origin = Literal["contact", "you", "message"]


@dataclass(frozen=True)
class FieldUse:
    name: str
    label: str
    origin: Origin
    required: bool  # listed under `requires` in the front matter
    missing: bool  # no value for it in the variables given


def field_uses(template: Template, variables: Mapping[str, Any]) -> list[FieldUse]:
    """The fields the template declares or refers to: required ones first, then in the
    order contact forms show them, then the rest by name."""
    names = set(template.requires) | used_names(template.body)
    order = list(FIELD_LABELS) + list(_OWN_LABELS)

    def rank(name: str) -> tuple[int, int, str]:
        listed = order.index(name) if name in order else len(order)
        return (0 if name in template.requires else 1, listed, name)

    return [
        FieldUse(
            name=name,
            label=_label(name),
            origin=_origin(name),
            required=name in template.requires,
            missing=name not in variables,
        )
        for name in sorted(names, key=rank)
    ]


def _label(name: str) -> str:
    return FIELD_LABELS.get(name) or _OWN_LABELS.get(name) or name.replace("_", " ").capitalize()


def _origin(name: str) -> Origin:
    if name in FIELD_LABELS:
        return "contact"
    return "you" if name in _OWN_LABELS else "message"
