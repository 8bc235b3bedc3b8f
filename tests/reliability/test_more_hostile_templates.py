"""More templates written by strangers, beyond tests/core/test_hostile_templates.py: other
ways to the same attacks (escaped names, subscripts, indirection, star widths, mutual
recursion, other nestings). Each is refused and leaves the app as it was.
"""

from __future__ import annotations

import pytest

from app.contacts import template_fields
from app.rendering.renderer import RenderError, render_source
from tests.core.test_hostile_templates import CONTACT, HOSTILE, MEMORY_BOUND_MB, peak_memory_mb

MORE_HOSTILE = {
    # -- attribute traversal by other spellings ----------------------------------------
    "escaped underscores in attr": "{{ name|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "dunder by subscript": "{{ name['__class__'] }}",
    "dunder of a loop": "{% for x in [1] %}{{ loop.__class__.__init__.__globals__ }}{% endfor %}",
    "base of a tuple": "{{ ().__class__.__bases__[0].__subclasses__() }}",
    "class through a set variable": "{% set c = name.__class__ %}{{ c }}",
    "helper stored, then walked": "{% set g = cycler.__init__ %}{{ g.__globals__ }}",
    "globals of lipsum": "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "globals of range": "{{ range.__globals__ }}",
    "globals of dict": "{{ dict.__init__.__globals__ }}",
    "code object of a macro": "{% macro m() %}{% endmacro %}{{ m.__code__ }}",
    # -- format tricks ------------------------------------------------------------------
    "format_map attribute walk": "{{ '{0.__class__}'.format_map({'0': name}) }}",
    "format subscript walk": "{{ '{0[0].__class__.__mro__}'.format(shared_interests) }}",
    "nested format width": "{{ '{0:{1}}'.format(1, 999999999) }}",
    "star width in percent formatting": "{{ '%*d' % (999999999, 1) }}",
    "fill and width": "{{ '{:,>999999999}'.format(1) }}",
    "format filter padding": "{{ '%999999999s'|format('x') }}",
    # -- mutation of what the template was given ---------------------------------------
    "clear a list": "{{ shared_interests.clear() }}",
    "sort a list in place": "{{ shared_interests.sort() }}",
    "insert into a list": "{{ mutual_contacts.insert(0, 'Mallory') }}",
    "set an item": "{{ shared_interests.__setitem__(0, 'spam') }}",
    "extend a list": "{% set _ = shared_interests.extend(['a'] * 9) %}",
    # -- includes by other means ----------------------------------------------------------
    "import a name from a file": "{% from '/etc/passwd' import x %}",
    "include a variable path": "{% set p = '/etc/passwd' %}{% include p %}",
    "include a list of paths": "{% include ['/etc/shadow', '/etc/passwd'] %}",
    # -- range and loop bombs -------------------------------------------------------------
    "sum of a huge range": "{{ range(10**12)|sum }}",
    "reversed huge range": "{% for i in range(10**9)|reverse %}{% endfor %}",
    "loop over a huge string": "{% for c in 'x' * 10**8 %}{% endfor %}",
    # -- multiplication and padding of variables ----------------------------------------
    "a field multiplied": "{{ name * 999999999 }}",
    "multiplied from the left": "{{ 999999999 * first_name }}",
    "zfill padding": "{{ name.zfill(999999999) }}",
    "rjust padding": "{{ name.rjust(999999999) }}",
    "tab expansion": "{{ ('\\t' ~ name).expandtabs(999999999) }}",
    "huge power": "{{ 2 ** 99999999 }}",
    # -- recursion and nesting --------------------------------------------------------------
    "mutual recursion": "{% macro a() %}{{ b() }}{% endmacro %}"
    "{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}",
    "caller recursion": "{% macro m() %}{{ caller() }}{% endmacro %}"
    "{% call m() %}{{ m() }}{% endcall %}",
    "deeply nested lists": "{{ " + "[" * 5000 + "]" * 5000 + " }}",
    "deeply nested dicts": "{{ " + "{'a': " * 1000 + "1" + "}" * 1000 + " }}",
    "a long chain of unary minus": "{{ " + "-" * 10000 + "1 }}",
    "a long chain of not": "{{ " + "not " * 10000 + "x }}",
    "200 nested ifs": "{% if 1 %}" * 200 + "{% endif %}" * 200,
}


def test_no_payload_repeats_the_first_catalogue() -> None:
    assert not set(MORE_HOSTILE) & set(HOSTILE)
    assert not set(MORE_HOSTILE.values()) & set(HOSTILE.values())


@pytest.fixture(autouse=True)
def warm_worker() -> None:
    """In the app the worker runs long before a stranger's template arrives."""
    render_source("ready", {})


@pytest.mark.parametrize("source", MORE_HOSTILE.values(), ids=MORE_HOSTILE.keys())
def test_refused_and_harmless(source: str) -> None:
    variables = template_fields(CONTACT)
    memory_before = peak_memory_mb()
    with pytest.raises(RenderError) as refused:
        render_source(source, variables)
    assert peak_memory_mb() - memory_before < MEMORY_BOUND_MB
    assert refused.value.message and "Traceback" not in str(refused.value)
    assert variables["shared_interests"] == ["chess", "jazz"]
    assert variables["mutual_contacts"] == ["Bo Chen"]
    assert render_source("Hi {{ first_name }}!", variables) == "Hi Ana!"


# Refused for the right reason, not by accident (a name the contact lacks, say).
EXPLAINED = {
    "escaped underscores in attr": "not allowed",
    "dunder by subscript": "not allowed",
    "globals of range": "not allowed",
    "nested format width": "may not call 'format'",
    "star width in percent formatting": "% is not allowed",
    "set an item": "not allowed",
    "include a variable path": "cannot include",
    "sum of a huge range": "longer than 10,000 items",
    "a field multiplied": "longer than 20,000 characters",
    "tab expansion": "may not call 'expandtabs'",
    "huge power": "enormous number",
    "mutual recursion": "calls itself too deeply",
    "deeply nested lists": "nested too deeply",
    "a long chain of not": "nested too deeply",
    "200 nested ifs": "nested too deeply",
}


@pytest.mark.parametrize(("name", "explanation"), EXPLAINED.items(), ids=EXPLAINED.keys())
def test_refusals_say_what_was_refused(name: str, explanation: str) -> None:
    with pytest.raises(RenderError, match=explanation):
        render_source(MORE_HOSTILE[name], template_fields(CONTACT))
