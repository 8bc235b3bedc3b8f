"""What a grammar service says and does before its server is started: the window shows
its status from the first paint and starts the server only after it, so until then the
service must answer without the server's machinery (the keeper, the download, Java, the
keyring's credentials), and say plainly that checks have not started."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import Why
from app.grammar.service import GrammarService
from app.settings import Settings

SERVER_MACHINERY = (
    "app.grammar.backends",
    "app.grammar.shared",
    "app.grammar.install",
    "app.grammar.java",
    "app.grammar.fetch",
    "app.grammar.credentials",
    "subprocess",
)


def test_a_local_service_says_checks_have_not_started_until_started() -> None:
    service = GrammarService.from_settings(Settings())

    assert service.status.state == "stopped"
    assert service.status.cause.why is Why.NOT_STARTED


def test_a_service_closed_before_it_started_says_so_and_checks_nothing() -> None:
    service = GrammarService.from_settings(Settings())
    service.close()

    assert service.status.cause.why is Why.CLOSED
    with pytest.raises(GrammarUnavailable):
        service.check("I has a apple.")
    service.start()  # starts nothing for a closed service
    assert service.status.cause.why is Why.CLOSED


def test_reading_the_status_imports_none_of_the_server_machinery(tmp_path: Path) -> None:
    # In a child: this process has imported all of it already, for other tests.
    probe = textwrap.dedent(
        f"""
        import sys
        from app.grammar.service import GrammarService
        from app.settings import Settings
        for mode in ("local", "off"):
            service = GrammarService.from_settings(Settings(grammar_mode=mode))
            print(service.status.reason)
            service.close()
        print([name for name in {SERVER_MACHINERY!r} if name in sys.modules])
        """
    )
    env = {**os.environ, "RAPPORT_HOME": str(tmp_path / "data")}
    env["RAPPORT_CONFIG"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    not_started, off, imported = done.stdout.splitlines()
    assert "starts with the first check" in not_started
    assert "turned off" in off
    assert imported == "[]"
