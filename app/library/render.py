"""Rendering a library template for a contact: its required fields checked first."""

from __future__ import annotations

from collections.abc import Mapping

from app.contacts import Contact
from app.library.templates import Template
from app.rendering.renderer import MissingFields, render_source, template_variables


def render(
    template: Template,
    contact: Contact | None,
    *,
    extras: Mapping[str, str] | None = None,
    my_name: str = "",
    my_location: str = "",
) -> str:
    """Render a library template for a contact; raises RenderError or MissingFields."""
    variables = template_variables(contact, extras, my_name=my_name, my_location=my_location)
    missing = tuple(name for name in template.requires if name not in variables)
    if missing:
        raise MissingFields(missing)
    return render_source(template.body, variables, trusted=template.source == "builtin")
