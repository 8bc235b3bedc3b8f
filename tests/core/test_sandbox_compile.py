"""Compiling and reading a template's names: what the editor does on every keystroke, in
the window's own process, so it must evaluate nothing and fail only with RenderError."""

from __future__ import annotations

import pytest

from app.rendering.limits import TemplateRefused, check_depth, printed_length
from app.rendering.renderer import RenderError, compile_source, used_names
from tests.bounds import allocations

# Each would take seconds and tens of megabytes if any part of it were evaluated; they
# are kept small enough that a regression shows as a failure, not a frozen run.
EVALUATED_IF_FOLDED = {
    "batch in autoescape": "{% autoescape [1]|batch(3000000, 0)|list %}{% endautoescape %}",
    "round in autoescape": "{% autoescape 1.5|round(3000000, 'floor') %}{% endautoescape %}",
    "batch of literals": "{{ [1]|batch(3000000, 0)|list }}",
    "replace of literals": "{{ '" + "x" * 3000 + "'|replace('x', '" + "y" * 3000 + "') }}",
}
# Python itself refuses these while compiling the code Jinja generates from them.
UNCOMPILABLE = {
    "integer literal of 5,000 digits": "{{ 1" + "0" * 5000 + " }}",
    "hexadecimal literal too long to print": "{{ 0x" + "f" * 20000 + " }}",
    "21 nested loops": "{% for i in x %}" * 21 + "{% endfor %}" * 21,
    "201 chained filters": "{{ x" + "|upper" * 201 + " }}",
    "201 chained additions": "{{ 1" + "+1" * 201 + " }}",
    "5,000 nested parentheses": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "2,000 nested ifs": "{% if x %}" * 2000 + "{% endif %}" * 2000,
    "too long": "x" * 50_001,
}
# What compiling or reading the names of one of these texts may allocate: parsing and
# compiling take a few hundred kilobytes; evaluating any of them takes over 9 MB.
NOTHING_EVALUATED = 4 * 1024 * 1024


@pytest.mark.parametrize("source", EVALUATED_IF_FOLDED.values(), ids=EVALUATED_IF_FOLDED.keys())
def test_finding_names_evaluates_nothing(source: str) -> None:
    # Evaluated, each builds a list or text of millions of items (over 9 MB).
    with allocations() as allocated:
        used_names(source)
    assert allocated.peak < NOTHING_EVALUATED


@pytest.mark.parametrize(
    "source",
    [*EVALUATED_IF_FOLDED.values(), *UNCOMPILABLE.values()],
    ids=[*EVALUATED_IF_FOLDED, *UNCOMPILABLE],
)
def test_compiling_fails_only_with_render_error(source: str) -> None:
    with allocations() as allocated:
        try:
            compile_source(source)
        except RenderError as error:
            assert error.message
    if source in EVALUATED_IF_FOLDED.values():
        assert allocated.peak < NOTHING_EVALUATED


@pytest.mark.parametrize("source", UNCOMPILABLE.values(), ids=UNCOMPILABLE.keys())
def test_names_of_an_uncompilable_text_are_none_never_an_error(source: str) -> None:
    assert used_names(source) <= {"x"}


def test_printed_length_is_estimated_without_printing() -> None:
    inner = ["x"] * 10_000
    outer = [inner] * 10_000
    with allocations() as allocated:  # printed, it is 500 MB of text
        assert printed_length(outer) > 20_000
    assert allocated.peak < 1024 * 1024
    assert printed_length(["ab", "cd"]) < 20


def test_sharing_cannot_hide_depth() -> None:
    deep: tuple[object, ...] = ()
    for _ in range(60):
        deep = (deep,)
    # The shallow reference to `deep` comes first: a walk that skipped objects it had
    # already seen would measure 61 levels instead of 121.
    deeper: object = deep
    for _ in range(60):
        deeper = (deeper,)
    with pytest.raises(TemplateRefused, match="100 levels"):
        check_depth((deep, deeper))
    check_depth((deep, deep))
