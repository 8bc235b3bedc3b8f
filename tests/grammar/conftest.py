"""Grammar fixtures. The session's one real LanguageTool server (`local_server`) is in
tests/conftest.py, shared with the window's tests; tests that need a server of their own
(a busy port, an app killed with SIGKILL) start one, and the supervision tests kill the
shared one and see it restarted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from tests.grammar.helpers import JVM_START_WAIT, FakeLanguageTool, serve_fake


@pytest.fixture
def service(local_server: LocalServer) -> Iterator[GrammarService]:
    """A local-mode service on the shared server (its `close()` leaves the server running)."""
    grammar = GrammarService("local", server=local_server)
    grammar.wait_ready(JVM_START_WAIT)  # a supervision test may have left it restarting
    yield grammar
    grammar.close()


@pytest.fixture
def fake_languagetool() -> Iterator[FakeLanguageTool]:
    with serve_fake() as fake:
        yield fake
