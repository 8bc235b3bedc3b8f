"""Rendering a template for a contact: what the user sees in the preview."""

from __future__ import annotations

import pytest

from app.contacts import Contact
from app.library.render import render
from app.library.templates import parse_template
from app.rendering.renderer import (
    MissingFields,
    RenderError,
    render_source,
    template_variables,
    used_names,
)

TEMPLATE = parse_template(
    """---
name: met-at-event
kind: invite
channel: linkedin_note
description: After meeting at an event.
requires: [first_name, how_met]
---
Hi {{ first_name }}, great to meet you {{ how_met }}{% if met_when %} {{ met_when }}{% endif %}.
{% if their_work %}I keep thinking about {{ their_work }}.{% endif %}
"""
)


def test_renders_with_optional_field_absent_reading_naturally() -> None:
    contact = Contact(name="Ana Souza", how_met="at PyCon Lisbon")
    assert render(TEMPLATE, contact) == "Hi Ana, great to meet you at PyCon Lisbon."


def test_renders_optional_fields_when_present() -> None:
    contact = Contact(
        name="Ana Souza", how_met="at PyCon Lisbon", met_when="last week", their_work="your talk"
    )
    assert render(TEMPLATE, contact) == (
        "Hi Ana, great to meet you at PyCon Lisbon last week.\nI keep thinking about your talk."
    )


def test_missing_required_field_is_named() -> None:
    with pytest.raises(MissingFields) as missing:
        render(TEMPLATE, Contact(name="Ana Souza"))
    assert missing.value.fields == ("how_met",)
    assert "how_met" in str(missing.value)


def test_unguarded_empty_field_is_reported_never_rendered_empty() -> None:
    with pytest.raises(MissingFields) as missing:
        render_source("Hi {{ first_name }} at {{ company }} in {{ location }}", {"first_name": "A"})
    assert missing.value.fields == ("company", "location")


def test_none_and_empty_values_are_never_printed() -> None:
    variables = template_variables(Contact(name="Ana Souza", company="  "), {"event": ""})
    assert "company" not in variables and "event" not in variables
    with pytest.raises(MissingFields):
        render_source("{{ company }}", variables)


def test_message_details_and_own_name_fill_variables() -> None:
    variables = template_variables(
        Contact(name="Ana Souza"), {"intro_name": "Bo Chen"}, my_name="Sam"
    )
    assert render_source("{{ intro_name }}, meet {{ first_name }}. {{ my_name }}", variables) == (
        "Bo Chen, meet Ana. Sam"
    )


def test_syntax_error_names_the_line() -> None:
    with pytest.raises(RenderError) as error:
        render_source("Hello\n{% if first_name %}\nno end", {"first_name": "A"})
    assert error.value.line == 3
    assert "syntax" in str(error.value.message).lower()


def test_runtime_error_names_the_line() -> None:
    with pytest.raises(RenderError) as error:
        render_source("one\ntwo\n{{ 1 // 0 }}", {})
    assert error.value.line == 3


def test_lists_read_naturally() -> None:
    contact = Contact(name="A B", shared_interests=("chess", "jazz", "Rust"))
    assert render_source("{{ shared_interests|and_list }}", template_variables(contact)) == (
        "chess, jazz and Rust"
    )


def test_whitespace_left_by_conditionals_is_evened_out() -> None:
    assert render_source(
        "Hi {{ a }},  {% if b %}x{% endif %}  thanks.\n\n\n\nBye  ", {"a": "A"}
    ) == ("Hi A, thanks.\n\nBye")


def test_used_names_lists_variables_of_the_text() -> None:
    assert used_names("{{ a }} {% if b %}{{ c|upper }}{% endif %}{% set d = 1 %}{{ d }}") == {
        "a",
        "b",
        "c",
    }


@pytest.mark.parametrize(
    "source",
    [
        "{{ shared_interests | join(', ') }}",
        "{{ shared_interests[0] }}",
        "{% for interest in shared_interests %}{{ interest }}{% endfor %}",
        "{{ shared_interests | length }} interests",
        "{{ how_met + '!' }}",
    ],
)
def test_a_missing_list_or_text_used_any_way_is_reported_by_name(source: str) -> None:
    with pytest.raises(MissingFields) as caught:
        render_source(source, {}, trusted=True)
    assert caught.value.fields[0] in ("shared_interests", "how_met")


def test_a_guarded_missing_list_renders_without_complaint() -> None:
    source = "Hi{% if shared_interests %}, fellow {{ shared_interests[0] }} fan{% endif %}."
    assert render_source(source, {}, trusted=True) == "Hi."
