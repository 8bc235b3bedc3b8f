"""Evidence that a message was written for one person."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    """One piece of evidence at characters [start, end); `kind` says what sort it is
    ("name", "shared", "theirs", ...) and `scoring.py` says what it is worth."""

    kind: str
    start: int
    end: int
