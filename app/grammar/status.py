"""What the grammar service can do right now, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.grammar.reasons import GrammarReason, english

GrammarState = Literal["off", "stopped", "starting", "ready", "unavailable"]


@dataclass(frozen=True)
class GrammarStatus:
    """`state` is for code; `cause` says why, as values the window words in its language;
    `reason` is the same in English, for `rapport` and the logs.

    "stopped": not started yet, or shut down; "unavailable": a start or a request failed,
    and the next check tries again.
    """

    state: GrammarState
    cause: GrammarReason

    @property
    def reason(self) -> str:
        return english(self.cause)

    @property
    def ready(self) -> bool:
        return self.state == "ready"
