"""Templates written by strangers: every attack is refused quickly and harms nothing."""

from __future__ import annotations

import time

import pytest

from app.contacts import Contact, template_fields
from app.rendering import RenderError, render_source

CONTACT = Contact(
    name="Ana Souza",
    company="Northwind",
    shared_interests=("chess", "jazz"),
    mutual_contacts=("Bo Chen",),
)

# name -> template. Each one tries to escape the sandbox, change data it was given, read
# files, or exhaust time or memory.
HOSTILE = {
    "class of a string": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "class in a test": "{% if ''.__class__ %}escaped{% endif %}",
    "globals of cycler": "{{ cycler.__init__.__globals__.os }}",
    "globals of joiner": "{{ joiner.__init__.__globals__ }}",
    "globals of namespace": "{{ namespace.__init__.__globals__ }}",
    "globals of a macro": "{% macro m() %}{% endmacro %}{{ m.__globals__ }}",
    "attr filter escape": "{{ ''|attr('__class__')|attr('__mro__') }}",
    "self reference": "{{ self._TemplateReference__context }}",
    "mro method": "{{ dict.mro() }}",
    "str.format attribute walk": "{{ '{0.__class__.__init__.__globals__}'.format(name) }}",
    "format padding": "{{ '{0:>999999999}'.format(1) }}",
    "percent padding": "{{ '%0999999999d' % 1 }}",
    "mutate a list": "{{ shared_interests.append('spam') }}",
    "mutate a list with pop": "{% set _ = mutual_contacts.pop() %}",
    "mutate a dict": "{% set d = dict(a=1) %}{{ d.update(b=2) }}",
    "include a file": "{% include '/etc/passwd' %}",
    "import a file": "{% import '/etc/passwd' as x %}",
    "extend a file": "{% extends '/etc/passwd' %}",
    "huge range": "{{ range(10**9)|list|length }}",
    "nested loops": "{% for a in range(9999) %}{% for b in range(9999) %}"
    "{% for c in range(9999) %}{% endfor %}{% endfor %}{% endfor %}",
    "nested loops with output": "{% for a in range(9999) %}{% for b in range(9999) %}"
    "xx{% endfor %}{% endfor %}",
    "constant string multiplication": "{{ 'A' * 10**10 }}",
    "literal string multiplication": "{{ 'A' * 9999999999 }}",
    "list multiplication": "{{ ([0] * 10**9)|length }}",
    "power tower": "{{ 999 ** 999 ** 9 }}",
    "center padding": "{{ name|center(999999999) }}",
    "indent padding": "{{ name|indent(999999999, true) }}",
    "ljust padding": "{{ name.ljust(999999999) }}",
    "replace blow-up": "{{ ('x' * 10000).replace('x', 'y' * 10000) }}",
    "join blow-up": "{{ ('y' * 10000)|join('z' * 10000) }}",
    "concatenation doubling in macros": "{% macro f(s, n) %}"
    "{{ f(s ~ s, n - 1) if n else s|length }}{% endmacro %}{{ f('x', 64) }}",
    "concatenation doubling in a namespace": "{% set ns = namespace(s='x') %}"
    "{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    "list doubling": "{% set ns = namespace(l=[1]) %}{% for i in range(64) %}"
    "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l|length }}",
    "recursive macro": "{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}",
    "recursive loop": "{% for x in [1] recursive %}{{ loop([x]) }}{% endfor %}",
    "deeply nested expression": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "lipsum": "{{ lipsum(100000) }}",
    "word wrap blow-up": "{{ ('a ' * 5000)|wordwrap(1, wrapstring='x' * 10000) }}",
}


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_template_is_refused_within_a_second(source: str) -> None:
    variables = template_fields(CONTACT)
    started = time.monotonic()
    with pytest.raises(RenderError) as refused:
        render_source(source, variables)
    assert time.monotonic() - started < 1.0
    assert refused.value.message  # a sentence for the user, not an empty error
    assert "Traceback" not in str(refused.value)
    # Nothing it was given changed, and the next ordinary render still works.
    assert variables["shared_interests"] == ["chess", "jazz"]
    assert variables["mutual_contacts"] == ["Bo Chen"]
    assert render_source("Hi {{ first_name }}!", variables) == "Hi Ana!"


def test_catalogue_is_large() -> None:
    assert len(HOSTILE) >= 30


def test_compiling_never_evaluates_untrusted_expressions() -> None:
    # Jinja folds constants while compiling; a 10 GB string must not be built even if the
    # template is only compiled (as the editor does on every keystroke).
    started = time.monotonic()
    with pytest.raises(RenderError):
        render_source("{{ 'A' * 10000000000 ~ 'B' }}", {})
    assert time.monotonic() - started < 1.0


def test_blocked_access_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(RenderError, match="not allowed"):
        render_source("[{{ first_name.__class__ }}]", template_fields(CONTACT))
