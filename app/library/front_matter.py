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

from app.sentences import QT_TRANSLATE_NOOP, Count, Sentence

# The built-in templates' front matter is 150 to 400 characters.
MAX_FRONT_MATTER = 10_000
# `requires: [a, b]` is three levels: the document's mapping, the list, its items.
MAX_DEPTH = 8
# Scalars, lists and mappings in all: five keys and a list of field names need a few dozen.
MAX_VALUES = 1_000


class FrontMatterError(Exception):
    """Front matter Rapport does not read: `problem` in words ("not valid YAML", "nested
    more than 8 levels deep"; YAML's own, quoted as it is), and the line of the block it
    is on (from 0) when known."""

    def __init__(self, problem: Sentence | str, line: int | None = None) -> None:
        super().__init__(str(problem))
        self.problem = problem
        self.line = line


def load_front_matter(text: str) -> Any:
    """The values of a front matter block's YAML (the text between the '---' lines):
    plain values, lists and mappings, never objects. Raises FrontMatterError.

    PyYAML is imported here, with the first block actually parsed: the window's start
    finds the built-in templates' values in the front matter cache and needs none."""
    import yaml

    if len(text) > MAX_FRONT_MATTER:
        raise FrontMatterError(
            QT_TRANSLATE_NOOP("FrontMatterError", "longer than {count} characters")(
                count=Count(MAX_FRONT_MATTER)
            )
        )
    # libyaml's parser where PyYAML has it (its wheels do): a tenth of the time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        _check_events(yaml, loader, text)
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = (
            getattr(exc, "problem", None)
            or QT_TRANSLATE_NOOP("FrontMatterError", "not valid YAML")()
        )
        raise FrontMatterError(problem, mark.line if mark is not None else None) from None


def _check_events(yaml: Any, loader: type, text: str) -> None:
    depth = 0
    values = 0
    for event in yaml.parse(text, Loader=loader):
        line = event.start_mark.line
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise FrontMatterError(
                QT_TRANSLATE_NOOP(
                    "FrontMatterError",
                    "using a YAML anchor or alias ('&' or '*'), which Rapport does not read",
                )(),
                line,
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FrontMatterError(
                    QT_TRANSLATE_NOOP("FrontMatterError", "nested more than {depth} levels deep")(
                        depth=MAX_DEPTH
                    ),
                    line,
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.NodeEvent):
            values += 1
            if values > MAX_VALUES:
                raise FrontMatterError(
                    QT_TRANSLATE_NOOP("FrontMatterError", "more than {count} values")(
                        count=Count(MAX_VALUES)
                    ),
                    line,
                )
