"""Where grammar checks are sent: the address and what goes with every request.

Kept apart from transport.py, which makes the requests, so that a grammar service can be
set up (and say what state it is in) without loading the HTTP machinery.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.grammar.reasons import Server


@dataclass(frozen=True)
class Endpoint:
    """Where checks go.

    `url` ends in "/v2/". `name` opens the sentences that explain failures ("The local
    grammar server", "LanguageTool Premium"), so it never holds a URL or credentials.
    `fields` go with every check, and `headers` with every request; `secrets` are values
    never to be repeated in a message.
    `local` skips proxies: a server on this computer is reached directly. `server` and
    `host` name it again as values, for the window to word in its language.
    """

    url: str
    name: str
    fields: Mapping[str, str] = field(default_factory=dict, repr=False)
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)
    local: bool = False
    server: Server = Server.LOCAL
    host: str = ""
