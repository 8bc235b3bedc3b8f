"""Templates written by strangers: every attack is refused and harms nothing.

They render as the app renders an untrusted template: in the render worker, so a template
that beats the sandbox costs the worker its life, never the test process. How soon a
refusal comes is the worker's time limit, proved in tests/core/test_render_worker.py; here
what is proved is the refusal, and that this process's memory did not grow with it.
"""

from __future__ import annotations

import sys

import psutil
import pytest

from app.contacts import Contact, template_fields
from app.rendering.renderer import RenderError, compile_source, render_source, tidy
from tests.bounds import allocations, work_budget

CONTACT = Contact(
    name="Ana Souza",
    company="Northwind",
    shared_interests=("chess", "jazz"),
    mutual_contacts=("Bo Chen",),
)
# Peak memory of the test process may grow this much while a hostile template renders;
# Python's own allocations in a test are far below it, any template's attack far above.
MEMORY_BOUND_MB = 50


def _nested_tuple(probe: str) -> str:
    """A tuple nested 160,000 deep, built 40 levels per loop turn; hashing it recursed
    through the C stack until the process crashed."""
    wrapped = "(" * 40 + "ns.t" + ",)" * 40
    return (
        "{% set ns = namespace(t=()) %}{% for i in range(4000) %}"
        f"{{% set ns.t = {wrapped} %}}{{% endfor %}}{probe}"
    )


BIG_NESTED = "[['a' * 20000] * 10000] * 10000"

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
    # -- one C call the deadline cannot interrupt -------------------------------------
    "hashing a tuple nested 160,000 deep": _nested_tuple("{{ ns.t in {} }}"),
    "unique of a tuple nested 160,000 deep": _nested_tuple("{{ [ns.t]|unique|list }}"),
    "round with a huge negative precision": "{{ 7|round(-30000000) }}",
    "round down with a huge precision": "{{ 1.5|round(30000000, 'floor') }}",
    "sum of lists": "{{ ([[0] * 10000] * 10000)|sum(start=[])|length }}",
    "comparing huge nested lists": f"{{% set a = {BIG_NESTED} %}}"
    "{% set b = [['a' * 19999 ~ 'a'] * 10000] * 10000 %}{{ a == b }}",
    "'in' over huge nested lists": f"{{% set a = {BIG_NESTED} %}}"
    "{% set b = [['a' * 19999 ~ 'a'] * 10000] * 10000 %}{{ a in [b] }}",
    "sorting ten thousand long texts": "{{ (['\U0001f600' * 20000] * 10000)|sort|first|length }}",
    # -- Jinja evaluates the autoescape argument while compiling ----------------------
    "autoescape batch at compile time": "{% autoescape [1]|batch(200000000, 0)|list %}"
    "{% endautoescape %}",
    "autoescape round at compile time": "{% autoescape 1.5|round(30000000, 'floor') %}"
    "{% endautoescape %}",
    # -- memory: one large allocation before any size check ---------------------------
    "batch padding": "{{ [1]|batch(200000000, 0)|first|length }}",
    "slice padding": "{{ [1]|slice(1000000000)|list|length }}",
    "set block buffer": "{% set big = 'x' * 20000 %}{% set s %}{% for i in range(10000) %}"
    "{{ big }}{% endfor %}{% endset %}{{ s|length }}",
    "filter block buffer": "{% set big = 'x' * 20000 %}{% filter upper %}"
    "{% for i in range(10000) %}{{ big }}{% endfor %}{% endfilter %}",
    "macro body buffer": "{% set big = 'x' * 20000 %}{% macro m() %}"
    "{% for i in range(10000) %}{{ big }}{% endfor %}{% endmacro %}{{ m()|length }}",
    "call block buffer": "{% set big = 'x' * 20000 %}{% macro m() %}{{ caller()|length }}"
    "{% endmacro %}{% call m() %}{% for i in range(10000) %}{{ big }}{% endfor %}{% endcall %}",
    "distinct texts kept in a namespace": "{% set ns = namespace(l=[]) %}"
    "{% for i in range(10000) %}{% set ns.l = ns.l + [('\U0001f600' * 19990) ~ i] %}"
    "{% endfor %}{{ ns.l|length }}",
    # 800 MB of distinct text: past the worker's memory cap in about half a second.
    "distinct texts buffered by a set block": "{% set big = '\U0001f600' * 19990 %}"
    "{% set s %}{% for i in range(10000) %}{{ big ~ i }}{% endfor %}{% endset %}{{ s|length }}",
    "printing a huge nested list": "{{ [['x'] * 10000] * 10000 }}",
    "concatenating a huge nested list": "{{ ([['x'] * 10000] * 10000) ~ '' }}",
    "string filter on a huge nested list": "{{ ([['x'] * 10000] * 10000)|string|length }}",
    "joining long texts": "{{ (['x' * 20000] * 10000)|join|length }}",
    "replace filter with a long replacement": "{{ ('x' * 20000)|replace('x', 'y' * 20000) }}",
    "indent with a long string": "{{ ('\\n' * 19999)|indent('y' * 20000, blank=true) }}",
    "wordwrap with a long line break": "{{ ('a ' * 10000)|wordwrap(1, wrapstring='x' * 20000) }}",
    # -- refused while compiling, by Python rather than Jinja -------------------------
    "integer literal of 5,000 digits": "{{ 1" + "0" * 5000 + " }}",
    "hexadecimal literal too long to print": "{{ 0x" + "f" * 20000 + " }}",
    "21 nested loops": "{% for i in shared_interests %}" * 21 + "{% endfor %}" * 21,
    "201 chained filters": "{{ name" + "|upper" * 201 + " }}",
}


@pytest.fixture(autouse=True)
def warm_worker() -> None:
    """Start the worker before the clock does: in the app it runs long before a stranger's
    template arrives."""
    render_source("ready", {})


def peak_memory_mb() -> float:
    """This process's peak resident size; `resource` is Unix-only, so imported here."""
    if sys.platform == "win32":
        return float(psutil.Process().memory_info().peak_wset) / 2**20
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes; Linux: KiB


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_template_is_refused_and_harmless(source: str) -> None:
    variables = template_fields(CONTACT)
    memory_before = peak_memory_mb()
    with pytest.raises(RenderError) as refused:
        render_source(source, variables)
    assert peak_memory_mb() - memory_before < MEMORY_BOUND_MB
    assert refused.value.message  # a sentence for the user, not an empty error
    assert "Traceback" not in str(refused.value)
    # Nothing it was given changed, and the next ordinary render still works.
    assert variables["shared_interests"] == ["chess", "jazz"]
    assert variables["mutual_contacts"] == ["Bo Chen"]
    assert render_source("Hi {{ first_name }}!", variables) == "Hi Ana!"


def test_catalogue_is_large() -> None:
    assert len(HOSTILE) >= 30


# The sandbox is the first line, and says exactly what it refused; the worker's limits
# are the last, for what the sandbox cannot see coming.
EXPLAINED = {
    "hashing a tuple nested 160,000 deep": "more than 100 levels deep",
    "round with a huge negative precision": "precision is limited to 30",
    "sum of lists": "adds numbers only",
    "autoescape batch at compile time": "cannot use autoescape",
    "batch padding": "count from 1 to 10,000",
    "set block buffer": "longer than 20,000 characters",
    "printing a huge nested list": "print something longer than 20,000",
    "joining long texts": "longer than 20,000 characters",
    "indent with a long string": "width is limited to 200",
    "wordwrap with a long line break": "line break is limited",
    "integer literal of 5,000 digits": "number too long",
    "21 nested loops": "nested too deeply",
    "comparing huge nested lists": "took too long or used too much memory",
}


@pytest.mark.parametrize(("name", "explanation"), EXPLAINED.items(), ids=EXPLAINED.keys())
def test_refusals_say_what_was_refused(name: str, explanation: str) -> None:
    with pytest.raises(RenderError, match=explanation):
        render_source(HOSTILE[name], template_fields(CONTACT))


def test_compiling_never_evaluates_untrusted_expressions() -> None:
    # Jinja folds constants while compiling; a 10 GB string must not be built even if the
    # template is only compiled (as the editor does on every keystroke, in this process).
    source = "{{ 'A' * 10000000000 ~ 'B' }}"
    with allocations() as allocated:
        compile_source(source)
    assert allocated.peak < 4 * 1024 * 1024
    with pytest.raises(RenderError):
        render_source(source, {})


def test_blocked_access_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(RenderError, match="not allowed"):
        render_source("[{{ first_name.__class__ }}]", template_fields(CONTACT))


def test_long_runs_of_spaces_are_tidied_in_linear_time() -> None:
    assert render_source("a" + " " * 19990 + "x", {}) == "a x"
    assert render_source("{{ ' ' * 19990 ~ 'x' }}", {}) == "x"
    # `[ \t]+$` took seconds over a 20,000-space run, and would take hours over a
    # megabyte of them; line by line it takes milliseconds.
    spaces = " " * 1_000_000
    with work_budget(cpu_seconds=20):
        assert tidy("a" + spaces + "x\n" + spaces + "\nb" + spaces) == "a x\n\nb"
