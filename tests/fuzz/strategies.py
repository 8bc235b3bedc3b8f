"""Hypothesis strategies for what an attacker or a careless user hands Rapport: JSON,
contacts, templates with front matter, CSV, vCard and LinkedIn export folders."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

from app.contacts import CONTACT_FIELDS

# Characters that break terminals, parsers and encoders, mixed into ordinary text.
NASTY_CHARACTERS = (
    "\x00\x07\x08\x1b\x7f\x85\x9b\u200e\u202a\u202e\u2066\u2069\u2028\u2029\ufeff\ufffe"
    "\ud800\udfff\r\n\t\"'\\{}%#,;:<>&*!|-=[]"
)
# Ordinary letters, accents and scripts, then the nasty ones: one alphabet, so that a
# character costs Hypothesis one choice (the suite's time goes to the command, not here).
ALPHABET = tuple("aAzZ09 .é中ש") + tuple(NASTY_CHARACTERS)
text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=24)

# Numbers as JSON tokens: Python's json reads every one of these.
NUMBER_TOKENS = ("1e400", "-1e400", "1e-400", "NaN", "Infinity", "-Infinity", "9" * 5000, "-0")


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def nested_objects(depth: int) -> str:
    return '{"a": ' * depth + "1" + "}" * depth


# Values of every JSON type, the awkward ones picked from a list: one choice each.
AWKWARD_VALUES = (
    None, True, False, 0, -1, 5, 2**63, -(2**63), 10**30, 1.5, -0.0, 1e308,
    float("inf"), float("-inf"), float("nan"), "", " ", "\n", "0", "null",
)  # fmt: skip
leaf: st.SearchStrategy[Any] = st.one_of(st.sampled_from(AWKWARD_VALUES), text)
json_value: st.SearchStrategy[Any] = st.recursive(
    leaf,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(text, children, max_size=4)
    ),
    max_leaves=5,
)


FIELD_NAMES = (*CONTACT_FIELDS, "strength", "shared_interests", "id", "__class__", "")


def contact_fields() -> st.SearchStrategy[dict[str, Any]]:
    """A contact as a JSON object: a name, and a few fields (known or not) with values
    of any type."""
    return st.builds(
        lambda name, fields: {"name": name, **fields},
        st.one_of(text, json_value),
        st.dictionaries(st.sampled_from(FIELD_NAMES), json_value, max_size=3),
    )


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@st.composite
def json_document(draw: st.DrawFn, shaped: st.SearchStrategy[Any]) -> str:
    """JSON text: the shape expected, something else, nesting beyond any parser's
    recursion limit, numbers out of range, broken characters, or plain garbage."""
    return draw(
        st.one_of(
            shaped.map(dumps),
            json_value.map(dumps),
            st.integers(1, 60_000).map(nested),
            st.integers(1, 5_000).map(nested_objects),
            st.sampled_from(NUMBER_TOKENS).map(
                lambda number: f'{{"name": "A", "strength": {number}}}'
            ),
            st.sampled_from(NUMBER_TOKENS).map(lambda number: f'{{"text": {number}}}'),
            text.map(lambda garbage: "{" + garbage),
            st.just('{"name": "\\ud800", "text": "\\udfff"}'),
        )
    )


def message_line() -> st.SearchStrategy[dict[str, Any]]:
    return st.builds(
        lambda text_, extra: {"text": text_, **extra},
        st.one_of(text, json_value),
        st.dictionaries(
            st.sampled_from(["kind", "channel", "contact"]),
            st.one_of(st.sampled_from(["invite", "email", "linkedin_note"]), contact_fields()),
            max_size=3,
        ),
    )


def request_line() -> st.SearchStrategy[dict[str, Any]]:
    return st.builds(
        lambda contact, extra: {"contact": contact, **extra},
        st.one_of(contact_fields(), json_value),
        st.dictionaries(st.sampled_from(["note", "extra"]), json_value, max_size=2),
    )


# -- templates --------------------------------------------------------------------------

YAML_PIECES = (
    "name: fuzz",
    "name: fuzz\\n",
    'name: "fuzz\\nspoof"',
    "kind: invite",
    "kind: [invite]",
    "channel: email",
    "channel: linkedin_note",
    "description: a description",
    "requires: [first_name, company]",
    "requires: first_name, 1",
    "a: &a [x, x, x, x, x, x, x, x, x, x]",
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
    "kind: *b",
    "<<: *a",
    "x: !!python/object/apply:os.system ['true']",
    "x: !!binary aGVsbG8=",
    "x: !!set {a, b}",
    "x: 2001-12-14t21:59:43.10-05:00",
    "x: " + "[" * 300 + "]" * 300,
    "x: " + "y" * 12_000,
    "? [complex, key]\n: value",
    "%YAML 1.1",
    "---",
    "...",
    "\t",
    "x: {",
)
BODY_PIECES = (
    "Hi {{ first_name }}, ",
    "{{ company }}",
    "{{ missing_field }}",
    "{% if how_met %}we met {{ how_met }}{% endif %}",
    "{% for item in shared_interests %}{{ item }} {% endfor %}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% for i in range(40) %}{% for j in range(40) %}.{% endfor %}{% endfor %}",
    "{{ 'A' * 10**9 }}",
    "{{ 10**10**10 }}",
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{% include 'other.j2' %}",
    "{% extends 'base.j2' %}",
    "{% set ns = namespace(x=[]) %}{% for i in range(99) %}{% set ns.x = [ns.x] %}{% endfor %}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
    "{% raw %}",
    "{% endraw %}",
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "#}",
    "{{ first_name | upper | replace('A', 'AAAA' * 1000) }}",
    "{{ '%s' % first_name }}",
    "{{ first_name[::-1] }}",
    "\x1b[2J\u202e",
)


@st.composite
def template_text(draw: st.DrawFn) -> str:
    """A template file: a front matter block (sensible, hostile or broken) and a body."""
    yaml_lines = draw(st.lists(st.one_of(st.sampled_from(YAML_PIECES), text), max_size=8))
    body = draw(st.lists(st.one_of(st.sampled_from(BODY_PIECES), text), max_size=8))
    front = "---\n" + "\n".join(yaml_lines) + "\n---\n"
    if draw(st.booleans()):
        front = (
            "---\nname: fuzz\nkind: invite\nchannel: email\n"
            + "\n".join(yaml_lines[:2])
            + "\n---\n"
        )
    return draw(st.sampled_from(["", "\ufeff"])) + front + "".join(body)


# -- files to import --------------------------------------------------------------------

LINKEDIN_COLUMNS = {
    "Connections.csv": (
        "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On",
    ),
    "Invitations.csv": ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl"),
    "messages.csv": ("CONVERSATION ID", "FROM", "TO", "DATE", "SUBJECT", "CONTENT"),
}  # fmt: skip
CELL_PIECES = (
    "", "Ana", "Lee", "Acme, Inc.", '"quoted"', 'half "quote', "line\nbreak", "01 Mar 2023",
    "2023-03-01 10:00:00 UTC", "31 Feb 2023", "OUTGOING", "INCOMING",
    "https://www.linkedin.com/in/ana", "ana@example.com", "=cmd|' /C calc'!A0", "\x00",
)  # fmt: skip
cell = st.one_of(st.sampled_from(CELL_PIECES), text)


def _csv_cell(value: str, delimiter: str) -> str:
    if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


@st.composite
def csv_bytes(draw: st.DrawFn, columns: tuple[str, ...] = ()) -> bytes:
    """A CSV file: the columns given (or any), rows of awkward cells, any separator,
    encoding and line ending, with or without LinkedIn's notes above the header, and
    sometimes cut short or broken on purpose."""
    header = list(columns) or draw(
        st.lists(st.one_of(st.sampled_from(LINKEDIN_COLUMNS["Connections.csv"]), text), max_size=6)
    )
    if columns and draw(st.booleans()):
        header = draw(st.permutations(header))[: draw(st.integers(1, len(header)))]
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    rows = draw(st.lists(st.lists(cell, max_size=len(header) + 2), max_size=6))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = [
        delimiter.join(_csv_cell(value, delimiter) for value in row) for row in [header, *rows]
    ]
    if draw(st.booleans()):
        lines.insert(0, "Notes:\nWhen exporting your connection data, you may notice...\n")
    content = newline.join(lines) + draw(st.sampled_from(["", newline, '"']))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
    data = (
        content.encode(encoding, errors="replace")
        if encoding != "utf-8"
        else content.encode("utf-8", "surrogatepass")
    )
    return draw(st.one_of(st.just(data), st.binary(max_size=200), st.just(data[: len(data) // 2])))


VCARD_LINES = (
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "KIND:group",
    "FN:Ana Lee", "N:Lee;Ana;;;", "N;CHARSET=UTF-8:Lee;Ana", "ORG:Acme;Research",
    "TITLE:Engineer", "EMAIL;TYPE=INTERNET:ana@example.com", "TEL:+351 000",
    "URL:https://www.linkedin.com/in/ana", "NOTE:met at PyData\\nLisbon",
    "FN;ENCODING=QUOTED-PRINTABLE:Ana=20L=C3=A9e=", "FN;ENCODING=QUOTED-PRINTABLE:=ZZ=",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==", " folded continuation", "\tfolded",
    "item1.ADR:;;Rua 1;Lisboa;;;Portugal", "X-UNKNOWN;;;=:", ":", ";;;;", "BEGIN:VCARD",
)  # fmt: skip


@st.composite
def vcard_bytes(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(st.one_of(st.sampled_from(VCARD_LINES), text), max_size=14))
    if draw(st.booleans()):
        lines = ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    data = newline.join(lines).encode("utf-8", "surrogatepass")
    return draw(
        st.one_of(
            st.just(data), st.just(data.decode("utf-8", "replace").encode("cp1252", "replace"))
        )
    )
