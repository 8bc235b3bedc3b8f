"""Where a template's tags are (`{{ … }}`, `{% … %}`, `{# … #}`), found in linear time.

The regular expression `\\{\\{.*?\\}\\}|\\{%.*?%\\}|\\{#.*?#\\}` says the same thing but is
quadratic on text built against it: from every `{{` with no `}}` after it, it scans to the
end of the text before giving up, so 25,000 such openers (50 KB) took 27 s per keystroke
in the composer. Here each opener is looked for, and each closer, at most once per kind:
when no closer of a kind follows one opener, none follows any later opener either.
"""

from __future__ import annotations

from bisect import bisect_right

_PAIRS = (("{{", "}}"), ("{%", "%}"), ("{#", "#}"))
_NOWHERE = -1


def tag_spans(source: str) -> list[tuple[int, int]]:
    """The (start, end) of each tag, in order, as the regex above would find them: the
    leftmost opener whose closer comes later, up to that closer's first occurrence."""
    spans: list[tuple[int, int]] = []
    next_opener = [source.find(opener) for opener, _ in _PAIRS]
    position = 0
    while True:
        # Refresh the openers the position has passed: each search moves forward only.
        for kind, (opener, _) in enumerate(_PAIRS):
            if next_opener[kind] != _NOWHERE and next_opener[kind] < position:
                next_opener[kind] = source.find(opener, position)
        found = [index for index in next_opener if index != _NOWHERE]
        if not found:
            return spans
        start = min(found)
        kind = next_opener.index(start)
        close = source.find(_PAIRS[kind][1], start + 2)
        if close == _NOWHERE:
            next_opener[kind] = _NOWHERE  # no closer ahead: no later opener can close
            position = start + 1
            continue
        spans.append((start, close + 2))
        position = close + 2


def between_tags(source: str, spans: list[tuple[int, int]]) -> str:
    """The text outside the tags, run together."""
    pieces = []
    previous = 0
    for start, end in spans:
        pieces.append(source[previous:start])
        previous = end
    pieces.append(source[previous:])
    return "".join(pieces)


def inside_a_tag(spans: list[tuple[int, int]], index: int) -> bool:
    """Whether the character at `index` is part of one of the tags (spans in order)."""
    at = bisect_right(spans, index, key=lambda span: span[0]) - 1
    return at >= 0 and index < spans[at][1]
