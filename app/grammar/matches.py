"""What a grammar check returns, independent of the server that produced it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.grammar.reasons import GrammarReason


@dataclass(frozen=True)
class GrammarMatch:
    """One LanguageTool match: `offset`/`length` are character positions in the checked text."""

    rule_id: str
    category: str
    message: str
    offset: int
    length: int
    replacements: tuple[str, ...] = ()
    is_spelling: bool = False

    @property
    def end(self) -> int:
        return self.offset + self.length


class GrammarUnavailable(Exception):
    """No grammar check can be had now; the message says why, for a person, and `reason`
    says it as values the window words in its own language (None: only the message)."""

    def __init__(self, message: str, reason: GrammarReason | None = None) -> None:
        super().__init__(message)
        self.reason = reason


class ConnectionLost(GrammarUnavailable):
    """The server closed the connection before answering: often because it is dying."""
