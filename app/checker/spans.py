"""Character spans asked about in logarithmic time, so that no check grows with the square
of the text: a 20,000-character draft holds thousands of words, links and matches."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Spans:
    """A set of [start, end) spans, sorted and merged where they overlap or touch."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds(self, position: int) -> bool:
        """Whether a span holds character `position`."""
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside the spans, in one stretch."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self._ends[index]


class Positions:
    """Sorted positions, asked whether any lies in a stretch."""

    def __init__(self, positions: Iterable[int]) -> None:
        self._sorted = sorted(positions)

    def any_between(self, start: int, end: int) -> bool:
        """Whether a position p holds start <= p < end."""
        index = bisect_right(self._sorted, start - 1)
        return index < len(self._sorted) and self._sorted[index] < end
