"""Turning a message the user wrote into a template: the contact's values go back in as
fields ("Ana" becomes `{{ first_name }}`), so the same words serve the next person."""

from __future__ import annotations

import re

from app.contacts import Contact
from app.library.templates import Template
from app.library.user_files import with_front_matter_value

# The fields put back, most specific first; a value shorter than this is too likely to be
# an ordinary word ("Al", "Bo" inside "Bob").
_FIELDS = ("name", "how_met", "their_work", "introduced_by", "company", "title", "location",
           "met_when", "first_name")  # fmt: skip
_SHORTEST = 2


def template_text(message: str, contact: Contact, started_from: Template, name: str) -> str:
    """The text of a template file for `message`, with the contact's values as fields."""
    values = {
        "name": contact.name.strip(),
        "first_name": contact.given_name,
        **{field: str(getattr(contact, field)).strip() for field in _FIELDS[1:-1]},
    }
    wanted = [(field, values[field]) for field in _FIELDS if len(values[field]) >= _SHORTEST]
    # Longest first, so that "Ana Souza" is the name, not the first name and a surname.
    wanted.sort(key=lambda pair: -len(pair[1]))
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(value)}(?!\w)" for _, value in wanted))
    by_value = {value: field for field, value in reversed(wanted)}
    used: list[str] = []
    parts: list[str] = []
    end = 0
    for match in pattern.finditer(message) if wanted else ():
        parts.append(_literal(message[end : match.start()]))
        field = by_value[match.group()]
        parts.append(f"{{{{ {field} }}}}")
        used.append(field)
        end = match.end()
    parts.append(_literal(message[end:]))
    body = "".join(parts)
    requires = list(dict.fromkeys(used))
    head = "\n".join(
        [
            "---",
            "name: composed",
            f"kind: {started_from.kind.value}",
            f"channel: {started_from.channel.value}",
            "description: Written in the composer.",
            "requires: []",
            "---",
        ]
    )
    text = with_front_matter_value(f"{head}\n{body}\n", "requires", requires)
    return with_front_matter_value(text, "name", name)


def _literal(text: str) -> str:
    """Text that renders as itself: a brace cannot start a template tag."""
    return text.replace("{", "{{ '{' }}")
