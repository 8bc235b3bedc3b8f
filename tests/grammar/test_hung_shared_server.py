"""The shared server's JVM stops answering (SIGSTOP) while Rapport uses it: `rapport check`
and the window's grammar runner finish, say plainly that grammar is unavailable, and the
hung JVM is killed (and replaced when checks go on), never left behind.

Each test has a runtime folder of its own (tests/conftest.py), so its server is its own.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.grammar import runtime
from app.grammar.service import GrammarService
from app.grammar.shared import SharedServer
from app.ui.compose.grammar_runner import GrammarRunner
from app.ui.tasks import wait_for_tasks
from tests.grammar.helpers import process_alive, processes_of_this_test, wait_until_gone

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

REPO = Path(__file__).resolve().parents[2]
TEXT = "I think their is a error."


def jvms_of_this_test() -> list[int]:
    """LanguageTool JVMs serving this test's runtime folder (other runs have their own)."""
    return processes_of_this_test(b"org.languagetool.server.HTTPServer")


@pytest.fixture
def hung() -> Iterator[list[int]]:
    """The JVMs a test stops; afterwards every JVM of the test is killed, and none that
    the test stopped may have been left to run."""
    stopped: list[int] = []
    yield stopped
    left = [pid for pid in stopped if process_alive(pid)]
    record = runtime.read_record()
    if record is not None and process_alive(record.keeper):
        os.kill(record.keeper, signal.SIGKILL)  # its JVM dies with it
    for pid in jvms_of_this_test():
        wait_until_gone(pid) or os.kill(pid, signal.SIGKILL)
    assert not left, "a hung JVM was left running"


def test_rapport_check_finishes_when_the_shared_server_hangs(
    languagetool_built: None, hung: list[int]
) -> None:
    SharedServer().start()
    record = runtime.read_record()
    assert record is not None
    rapport = subprocess.Popen(
        [sys.executable, "-m", "app", "check", "--json"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert rapport.stdin is not None and rapport.stdout is not None
    rapport.stdin.write(json.dumps({"text": TEXT}) + "\n")
    rapport.stdin.flush()
    first = json.loads(rapport.stdout.readline())  # written before more input comes
    assert "grammar" in {finding["code"] for finding in first["findings"]}

    os.kill(record.pid, signal.SIGSTOP)
    hung.append(record.pid)
    rest = [{"text": TEXT}, {"text": "Hi Alex, I'd like to add you to my professional network."}]
    out, err = rapport.communicate("".join(json.dumps(line) + "\n" for line in rest), timeout=120)

    assert rapport.returncode == 0, err
    reports = [json.loads(line) for line in out.splitlines()]
    assert len(reports) == 2  # the local checks came for every message
    assert "boilerplate" in {finding["code"] for finding in reports[1]["findings"]}
    assert "grammar checks are off: The local grammar server did not answer within 5 seconds" in err
    assert err.count("grammar checks are off") == 1
    assert wait_until_gone(record.pid, timeout=30), "the hung JVM was left running"
    assert runtime.read_record() is None  # and forgotten: the next command starts anew


def test_the_windows_grammar_runner_reports_a_hung_server_and_gets_a_new_one(
    languagetool_built: None, hung: list[int], qtbot: QtBot
) -> None:
    service = GrammarService("local")
    assert service.wait_ready(180).ready, service.status.reason
    runner = GrammarRunner(service, "en-US")
    with qtbot.waitSignal(runner.checked, timeout=60_000) as checked:
        runner.request(TEXT, (), "en")
    assert any(match.rule_id == "THEIR_IS" for match in checked.args[1])
    record = runtime.read_record()
    assert record is not None

    os.kill(record.pid, signal.SIGSTOP)
    hung.append(record.pid)
    shown: list[str] = []
    runner.status_changed.connect(lambda status: shown.append(f"{status.state}: {status.reason}"))
    edited = "I think their is a error in this."
    with qtbot.waitSignal(runner.checked, timeout=240_000) as checked:
        runner.request(edited, (), "en")
        qtbot.waitUntil(
            lambda: (
                "unavailable: The local grammar server did not answer within 5 seconds." in shown
            ),
            timeout=60_000,
        )
    assert checked.args[0] == edited  # checked by the server that replaced the hung one
    assert any(match.rule_id == "THEIR_IS" for match in checked.args[1])
    assert wait_until_gone(record.pid, timeout=30)
    replacement = runtime.read_record()
    assert replacement is not None and replacement.pid != record.pid
    assert shown[-1].startswith("ready: ")
    service.close()
    wait_for_tasks()
