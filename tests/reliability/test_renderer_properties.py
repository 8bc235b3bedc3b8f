"""Whatever template text and whatever contact: the renderer answers with a message within
the limits, or says what is wrong (RenderError, MissingFields), and nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.contacts import Contact, template_fields
from app.rendering.limits import MAX_TEXT
from app.rendering.renderer import RenderError, render_here, render_source, used_names
from app.rendering.renderer import _used_names_cached as names_of_whole_text

# Pieces of real templates, and of broken ones: tags cut in half, unknown filters, names a
# contact may lack, loops, arithmetic, and text in several scripts.
_PIECES = st.sampled_from(
    [
        "Hi ",
        "{{ first_name }}",
        "{{ name|upper }}",
        "{{ company|default('your team') }}",
        "{{ shared_interests[0] }}",
        "{{ shared_interests|join(', ') }}",
        "{{ mutual_contacts|and_list('or') }}",
        "{% if how_met %}",
        "{% elif their_work %}",
        "{% else %}",
        "{% endif %}",
        "{% for x in shared_interests %}",
        "{{ x }}",
        "{% endfor %}",
        "{{ loop.index }}",
        "{% set n = 3 %}",
        "{{ n * 7 }}",
        "{{ 'ab' * n }}",
        "{{ name[:5] }}",
        "{{ strength + 1 }}",
        "{{ unknown_field }}",
        "{{ name|nosuchfilter }}",
        "{{",
        "}}",
        "{%",
        "%}",
        "{#",
        "#}",
        "{{ 1/0 }}",
        "{{ name.__class__ }}",
        "{% raw %}",
        "{% endraw %}",
        ", good to meet you",
        " — café, Zürich, 東京, שלום 😀\n",
        "\n\n",
        "   ",
    ]
)
_SOURCES = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=25).map("".join))
_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40
)  # no lone surrogates: they cannot come from a form, a file or the store
_CONTACTS = st.builds(
    Contact,
    name=_WORDS.filter(lambda text: bool(text.strip())),
    first_name=_WORDS,
    company=_WORDS,
    title=_WORDS,
    location=_WORDS,
    how_met=_WORDS,
    their_work=_WORDS,
    strength=st.integers(1, 5),
    shared_interests=st.lists(_WORDS, max_size=4).map(tuple),
    mutual_contacts=st.lists(_WORDS, max_size=3).map(tuple),
)
_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(source=_SOURCES, contact=_CONTACTS)
def test_the_sandbox_answers_or_says_what_is_wrong(source: str, contact: Contact) -> None:
    try:
        text = render_here(source, template_fields(contact))
    except RenderError as exc:  # MissingFields is one
        assert str(exc.message).strip()
        return
    assert isinstance(text, str) and len(text) <= MAX_TEXT


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=_SOURCES, contact=_CONTACTS)
def test_the_worker_agrees_with_the_sandbox(source: str, contact: Contact) -> None:
    """Untrusted text renders in the worker process: same answer, same errors."""
    variables = template_fields(contact)
    try:
        expected: str | type[RenderError] = render_here(source, variables)
    except RenderError as exc:
        expected = type(exc)
    try:
        got: str | type[RenderError] = render_source(source, variables)
    except RenderError as exc:
        got = type(exc)
    assert got == expected


@_SETTINGS
@given(source=_SOURCES)
def test_the_names_used_are_those_of_the_whole_text(source: str) -> None:
    # used_names parses the tags alone when it can (typing between them then costs no
    # parse); it must find what a parse of the whole text finds, whatever the text holds.
    assert used_names(source) == names_of_whole_text(source)
