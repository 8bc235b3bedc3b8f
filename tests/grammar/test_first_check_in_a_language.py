"""The first check in a language the server has not loaded yet waits for its rules
instead of timing out, with the status saying so meanwhile. (The user's own languages
are loaded as the server starts: the grammar language before it says it is ready, the
language they write in right after, keeper.py.)

Each test has a runtime folder of its own (tests/conftest.py), so its server is its own.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator

import pytest

from app.grammar import runtime
from app.grammar.backends import LocalBackend
from app.grammar.matches import GrammarMatch
from app.grammar.service import GrammarService
from app.settings import Settings
from tests.grammar.helpers import process_alive

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

FRENCH = "Je suis très contnet de vous rencontrer la semaine prochaine."


@pytest.fixture
def service(languagetool_built: None) -> Iterator[GrammarService]:
    """The service of a user who writes in English, on a server of this test's own."""
    service = GrammarService.from_settings(Settings())
    yield service
    service.close()
    record = runtime.read_record()
    if record is not None and process_alive(record.keeper):
        os.kill(record.keeper, signal.SIGKILL)  # its JVM dies with it


def flagged(text: str, matches: list[GrammarMatch]) -> set[str]:
    return {text[match.offset : match.end] for match in matches}


def check_watching_status(
    service: GrammarService, text: str, language: str
) -> tuple[list[GrammarMatch], list[str]]:
    """The matches for `text`, and every status seen while the check ran."""
    outcome: list[list[GrammarMatch]] = []
    seen: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(service.check(text, language)))
    worker.start()
    while worker.is_alive():
        status = service.status
        seen.append(f"{status.state}: {status.reason}")
        worker.join(0.02)
    assert outcome, f"the check in {language} failed"
    return outcome[0], seen


def test_a_first_check_in_another_language_waits_for_its_rules_and_says_so(
    service: GrammarService, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert service.wait_ready(300).ready, service.status.reason
    record = runtime.read_record()
    assert record is not None and record.languages == ("en-US",)
    # Loading French's rules takes far longer than a check may take once they are.
    monkeypatch.setattr(LocalBackend, "timeout", 1.0)
    matches, seen = check_watching_status(service, FRENCH, "fr")
    assert "contnet" in flagged(FRENCH, matches)
    assert any(
        status.startswith("starting: LanguageTool is loading its French rules") for status in seen
    )
    assert service.status.ready
