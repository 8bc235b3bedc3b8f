"""Finding a template's tags: the same answer as the obvious regular expression, in linear
time, so the text built against that expression (the 50 KB of issue 13) is harmless."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.rendering.renderer import used_names
from app.rendering.tags import inside_a_tag, tag_spans

# What the composer used; quadratic without a closer, fine on short text.
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)

MEGABYTE = 1024 * 1024


@given(st.text(alphabet="{}%# a\n", max_size=60))
def test_the_spans_are_those_of_the_regular_expression(source: str) -> None:
    spans = tag_spans(source)
    assert spans == [match.span() for match in TAG.finditer(source)]
    for index in range(len(source)):
        assert inside_a_tag(spans, index) == any(a <= index < b for a, b in spans)


def test_a_megabyte_of_openers_without_closers_is_scanned() -> None:
    for opener in ("{{", "{%", "{#"):
        assert tag_spans(opener * (MEGABYTE // 2)) == []
    mixed = "{{ a }" * (MEGABYTE // 6) + "{% b %}"
    assert tag_spans(mixed)[-1] == (len(mixed) - 7, len(mixed))


def test_the_50_kb_template_of_the_report_names_its_one_field() -> None:
    body = "Hi {{ first_name }}{% if 0 %}{% raw %}" + "{{" * 24_960 + "{% endraw %}{% endif %}"
    assert used_names(body) == {"first_name"}
    assert used_names(body + " typed") == {"first_name"}
