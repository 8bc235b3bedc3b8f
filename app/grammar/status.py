"""What the grammar service can do right now, and why, in words for the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GrammarState = Literal["off", "stopped", "starting", "ready", "unavailable"]


@dataclass(frozen=True)
class GrammarStatus:
    """`state` is for code; `reason` is a sentence for a person.

    "stopped": not started yet, or shut down; "unavailable": a start or a request failed,
    and the next check tries again.
    """

    state: GrammarState
    reason: str

    @property
    def ready(self) -> bool:
        return self.state == "ready"
