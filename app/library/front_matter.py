"""Reading a template's front matter: YAML from strangers, within bounds.

A front matter block is a handful of `key: value` lines. YAML can say far more, and two of
its features turn a few hundred bytes into gigabytes: anchors and aliases (`&a [...]`,
then `*a` ten times, ten levels deep, is the "billion laughs" bomb; PyYAML builds every
copy) and nesting (each level costs a Python call in the constructor). So before anything
is built, the block is parsed to events only (linear in its size, no objects made) and
refused when it is long, uses an anchor or an alias, nests deeply or has many values.
Every reader of front matter goes through `load_front_matter`.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's parser where PyYAML has it (its wheels do): reading the built-in templates
# is on the way to the window's first paint, and takes a tenth of the time with it.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The built-in templates' front matter is 150 to 400 characters.
MAX_FRONT_MATTER = 10_000
# `requires: [a, b]` is three levels: the document's mapping, the list, its items.
MAX_DEPTH = 8
# Scalars, lists and mappings in all: five keys and a list of field names need a few dozen.
MAX_VALUES = 1_000


class FrontMatterRefused(yaml.YAMLError):
    """Front matter Rapport does not read. Shaped like PyYAML's errors (`problem`,
    `problem_mark`), so it is reported as they are: "the front matter is <problem>"."""

    def __init__(self, problem: str, mark: object = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def load_front_matter(text: str) -> Any:
    """The values of a front matter block's YAML (the text between the '---' lines):
    plain values, lists and mappings, never objects. Raises yaml.YAMLError."""
    if len(text) > MAX_FRONT_MATTER:
        raise FrontMatterRefused(f"longer than {MAX_FRONT_MATTER:,} characters")
    _check_events(text)
    return yaml.load(text, Loader=_SAFE_LOADER)


def _check_events(text: str) -> None:
    depth = 0
    values = 0
    for event in yaml.parse(text, Loader=_SAFE_LOADER):
        mark = event.start_mark
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise FrontMatterRefused(
                "using a YAML anchor or alias ('&' or '*'), which Rapport does not read", mark
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FrontMatterRefused(f"nested more than {MAX_DEPTH} levels deep", mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.NodeEvent):
            values += 1
            if values > MAX_VALUES:
                raise FrontMatterRefused(f"more than {MAX_VALUES:,} values", mark)
