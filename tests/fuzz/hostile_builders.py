"""Hostile input built from one random source: the bulk of the fuzz suite.

Hypothesis spends a tenth of a millisecond or more on every choice a structured strategy
makes, and a case here makes hundreds (each character of a text is one), more than the
command it feeds takes to run. These builders make all their choices from a
`random.Random` that Hypothesis seeds once per case (`seeded`): a case costs Hypothesis one
choice, and a failure still prints the input that reproduces it. (`st.randoms()` with
`use_true_random=False` would make every call to the random source a choice of its own.)
"""

from __future__ import annotations

import json
from random import Random
from typing import Any

from hypothesis import strategies as st

from tests.fuzz.strategies import (
    ALPHABET,
    AWKWARD_VALUES,
    BODY_PIECES,
    CELL_PIECES,
    FIELD_NAMES,
    NUMBER_TOKENS,
    VCARD_LINES,
    YAML_PIECES,
)

# A random source per case, seeded by one choice of Hypothesis's.
seeded: st.SearchStrategy[Random] = st.randoms(use_true_random=True)


def hostile_text(rng: Random, longest: int = 24) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(longest + 1)))


def hostile_value(rng: Random, depth: int = 0) -> Any:
    roll = rng.random()
    if depth < 4 and roll < 0.15:
        return [hostile_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 4 and roll < 0.25:
        return {
            hostile_text(rng, 6): hostile_value(rng, depth + 1) for _ in range(rng.randrange(4))
        }
    if roll < 0.5:
        return rng.choice(AWKWARD_VALUES)
    return hostile_text(rng)


def hostile_contact(rng: Random) -> dict[str, Any]:
    fields = {rng.choice(FIELD_NAMES): hostile_value(rng) for _ in range(rng.randrange(5))}
    return {"name": hostile_value(rng) if rng.random() < 0.2 else hostile_text(rng), **fields}


def hostile_json(rng: Random, shaped: dict[str, Any]) -> str:
    """`shaped` as JSON, or JSON built to break whatever reads it."""
    roll = rng.random()
    if roll < 0.55:
        return json.dumps(shaped, ensure_ascii=rng.random() < 0.3)
    if roll < 0.65:
        depth = rng.choice((50, 999, 1001, 5000, 60_000))
        return "[" * depth + "]" * depth
    if roll < 0.7:
        depth = rng.choice((21, 600, 5000))
        return '{"name": "A", "notes": ' + "[" * depth + "]" * depth + "}"
    if roll < 0.8:
        key = rng.choice(("strength", "text", "name", "note", "id"))
        return f'{{"{key}": {rng.choice(NUMBER_TOKENS)}, "contact": {{"name": "A"}}}}'
    if roll < 0.85:
        return '{"name": "\\ud800", "text": "\\udfff x", "contact": {"name": "\\udc00"}}'
    cut = json.dumps(shaped)
    return cut[: rng.randrange(len(cut) + 1)] + hostile_text(rng, 4)


def message(rng: Random) -> dict[str, Any]:
    shaped: dict[str, Any] = {
        "text": hostile_text(rng, 300) if rng.random() < 0.9 else hostile_value(rng)
    }
    for key in ("kind", "channel", "contact"):
        if rng.random() < 0.4:
            shaped[key] = hostile_contact(rng) if key == "contact" else hostile_value(rng)
    if rng.random() < 0.3:
        shaped["kind"] = rng.choice(("invite", "thanks", "decline"))
    return shaped


def request(rng: Random) -> dict[str, Any]:
    shaped: dict[str, Any] = {"contact": hostile_contact(rng)}
    if rng.random() < 0.7:
        shaped["note"] = hostile_text(rng, 200) if rng.random() < 0.8 else hostile_value(rng)
    if rng.random() < 0.05:
        shaped["stray"] = 1
    return shaped


def json_lines(build: Any) -> st.SearchStrategy[str]:
    """A few lines of JSON Lines, each a hostile version of what `build` makes."""

    def lines(rng: Random) -> str:
        return "\n".join(hostile_json(rng, build(rng)) for _ in range(rng.randrange(1, 3))) + "\n"

    return seeded.map(lines)


def contact_json() -> st.SearchStrategy[str]:
    return seeded.map(lambda rng: hostile_json(rng, hostile_contact(rng)))


def template(rng: Random) -> str:
    """A template file: a head that is fine, hostile or broken, and a body of tags and
    text, some of them built to exhaust the sandbox or the parsers."""
    head = [rng.choice(YAML_PIECES) for _ in range(rng.randrange(5))]
    if rng.random() < 0.6:
        head = ["name: fuzz", "kind: invite", "channel: email", *head[:2]]
    if rng.random() < 0.1:
        head.append(hostile_text(rng))
    body = [
        rng.choice(BODY_PIECES) if rng.random() < 0.7 else hostile_text(rng)
        for _ in range(rng.randrange(8))
    ]
    if rng.random() < 0.05:
        body.append(rng.choice(("{{", "{%", "{#")) * rng.randrange(1, 30_000))
    opening = rng.choice(("---\n", "\ufeff---\n", "---\r\n", "--- \n", ""))
    return opening + "\n".join(head) + "\n---\n" + "".join(body)


def csv_file(rng: Random, columns: tuple[str, ...]) -> bytes:
    """A CSV file with (most of) the columns given, awkward cells, any separator, line
    ending and encoding; sometimes LinkedIn's notes above the header, sometimes cut."""
    header = list(columns)
    rng.shuffle(header)
    header = header[: rng.randrange(1, len(header) + 1)]
    if rng.random() < 0.2:
        header.append(hostile_text(rng, 8))
    delimiter = rng.choice((",", ";", "\t"))
    rows = [
        [rng.choice(CELL_PIECES) if rng.random() < 0.7 else hostile_text(rng) for _ in header]
        for _ in range(rng.randrange(6))
    ]
    lines = [delimiter.join(quoted(cell, delimiter) for cell in row) for row in [header, *rows]]
    if rng.random() < 0.3:
        lines.insert(0, "Notes:\nWhen exporting your connection data, you may notice...\n")
    newline = rng.choice(("\n", "\r\n", "\r"))
    content = newline.join(lines) + rng.choice(("", newline, '"'))
    encoding = rng.choice(("utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"))
    data = content.encode(encoding, "surrogatepass" if encoding == "utf-8" else "replace")
    if rng.random() < 0.1:
        data = data[: rng.randrange(len(data) + 1)]
    if rng.random() < 0.05:
        data = rng.randbytes(rng.randrange(200))
    return data


def quoted(cell: str, delimiter: str) -> str:
    if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def vcard_file(rng: Random) -> bytes:
    lines = [
        rng.choice(VCARD_LINES) if rng.random() < 0.8 else hostile_text(rng)
        for _ in range(rng.randrange(14))
    ]
    if rng.random() < 0.6:
        lines = ["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"] * rng.randrange(1, 3)
    data = rng.choice(("\n", "\r\n")).join(lines).encode("utf-8", "surrogatepass")
    if rng.random() < 0.2:
        data = data.decode("utf-8", "replace").encode("cp1252", "replace")
    return data
