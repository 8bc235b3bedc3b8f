"""The JVM under supervision: hung, killed, port taken, app killed, never left behind."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import GrammarReason, Why
from app.grammar.server import LocalServer, free_port
from app.grammar.service import GrammarService
from app.supervision import BACKGROUND_NICENESS
from tests.grammar.helpers import (
    JVM_START_WAIT,
    jvms_started_by,
    process_alive,
    wait_for,
    wait_until_gone,
)

# They stop and kill processes with POSIX signals and watch them through /proc.
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

REPO = Path(__file__).resolve().parents[2]
TEXT = "I think their is a error."


@pytest.fixture
def listening_socket() -> Iterator[int]:
    """A loopback port that is taken: it accepts connections and never answers."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        yield busy.getsockname()[1]


def _checks_resume(service: GrammarService, old_pid: int) -> None:
    """The background restart brings checks back, on a new JVM, the old one gone.

    The restart ran on a thread that has ended by now: a JVM that still answers shows
    its death signal is tied to the thread that outlives it, not to that one.
    """
    assert service.wait_ready(JVM_START_WAIT).ready, service.status.reason
    assert any(m.rule_id == "THEIR_IS" for m in service.check(TEXT))
    assert wait_until_gone(old_pid)


def test_a_hung_server_times_out_and_is_replaced(local_server: LocalServer) -> None:
    service = GrammarService("local", server=local_server, request_timeout=1.0)
    assert service.wait_ready(JVM_START_WAIT).ready
    hung = local_server.pid
    assert hung is not None
    os.kill(hung, signal.SIGSTOP)
    try:
        with pytest.raises(GrammarUnavailable, match="did not answer within 1 second"):
            service.check(TEXT)
        _checks_resume(service, hung)
    finally:
        if process_alive(hung):
            os.kill(hung, signal.SIGKILL)


def test_a_server_killed_during_a_check_is_reported_then_restarted(
    local_server: LocalServer,
) -> None:
    service = GrammarService("local", server=local_server)
    assert service.wait_ready(JVM_START_WAIT).ready
    victim = local_server.pid
    assert victim is not None
    outcome: list[BaseException] = []

    def check_in_background() -> None:
        try:
            service.check(TEXT)
        except GrammarUnavailable as exc:
            outcome.append(exc)

    # Stopped first, so the check is surely under way when the kill comes.
    os.kill(victim, signal.SIGSTOP)
    worker = threading.Thread(target=check_in_background)
    worker.start()
    time.sleep(0.5)
    os.kill(victim, signal.SIGKILL)
    worker.join(30)
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert "The local grammar server" in str(outcome[0])
    assert "stopped unexpectedly" in str(outcome[0]) or "broke off" in str(outcome[0])
    assert service.status.state in ("starting", "ready")
    _checks_resume(service, victim)


def test_a_killed_server_is_explained_at_the_next_check(local_server: LocalServer) -> None:
    service = GrammarService("local", server=local_server)
    assert service.wait_ready(JVM_START_WAIT).ready
    victim = local_server.pid
    assert victim is not None
    os.kill(victim, signal.SIGKILL)
    assert wait_for(lambda: not local_server.running)
    # The caller hears of the death at once (a restart that blocked it would answer).
    with pytest.raises(GrammarUnavailable) as caught:
        service.check(TEXT)
    assert "stopped unexpectedly (killed by SIGKILL)" in str(caught.value)
    _checks_resume(service, victim)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_server_yields_the_processor_to_the_window(local_server: LocalServer) -> None:
    # Every thread of the JVM, not only its first: the JVM starts its threads itself.
    assert GrammarService("local", server=local_server).wait_ready(JVM_START_WAIT).ready
    pid = local_server.pid
    threads = list(Path(f"/proc/{pid}/task").iterdir())
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert len(threads) > 5
    for thread in threads:
        niceness = int((thread / "stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[16])
        assert niceness == min(19, ours + BACKGROUND_NICENESS)


def test_a_taken_port_is_skipped(languagetool_built: None, listening_socket: int) -> None:
    picks = iter([listening_socket, free_port()])
    server = LocalServer(port_picker=lambda: next(picks))
    before = set(jvms_started_by(os.getpid()))
    try:
        url = server.start()
        assert f":{listening_socket}/" not in url
    finally:
        server.close()
    assert set(jvms_started_by(os.getpid())) <= before


def test_a_java_that_cannot_be_started_is_named_with_the_systems_error(tmp_path: Path) -> None:
    java = tmp_path / "java"
    java.write_text("not a program", encoding="utf-8")  # not executable
    jar = tmp_path / "languagetool-server.jar"
    jar.write_bytes(b"")
    server = LocalServer(java=java, classpath=[jar])
    with pytest.raises(GrammarUnavailable) as failed:
        server.start()
    server.close()
    reason = failed.value.reason
    assert reason is not None and reason.why is Why.JAVA_NOT_STARTED
    assert reason.path == str(java) and "Permission denied" in reason.detail
    assert str(failed.value) == f"Java at {java} could not be started: {reason.detail}."


def test_when_every_port_is_taken_the_start_gives_up(
    languagetool_built: None, listening_socket: int
) -> None:
    server = LocalServer(port_picker=lambda: listening_socket, port_attempts=1)
    before = set(jvms_started_by(os.getpid()))
    with pytest.raises(
        GrammarUnavailable, match="no free port on this computer; it tried 1 port"
    ) as failed:
        server.start()
    assert failed.value.reason == GrammarReason(Why.NO_FREE_PORT, number=1)
    server.close()
    assert set(jvms_started_by(os.getpid())) <= before


CHILD_APP = """
import time
from app.grammar.server import LocalServer

server = LocalServer()
server.start()
print(server.pid, flush=True)
time.sleep(300)
"""


def test_an_app_killed_with_sigkill_leaves_no_jvm(languagetool_built: None) -> None:
    app = subprocess.Popen(
        [sys.executable, "-c", CHILD_APP],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        encoding="utf-8",
    )
    jvm = None
    try:
        assert app.stdout is not None
        readable, _, _ = select.select([app.stdout], [], [], 90)
        assert readable, "the child app did not start its server"
        jvm = int(app.stdout.readline())
        assert process_alive(jvm)
        app.kill()  # SIGKILL: no atexit, no close(), nothing runs in the app
        app.wait()
        assert wait_until_gone(jvm), "the JVM outlived the app that started it"
    finally:
        app.kill()
        app.wait()
        assert app.stdout is not None
        app.stdout.close()
        if jvm is not None and process_alive(jvm):
            os.kill(jvm, signal.SIGKILL)


def test_closing_during_a_start_leaves_no_jvm(languagetool_built: None) -> None:
    server = LocalServer()
    service = GrammarService("local", server=server)
    before = set(jvms_started_by(os.getpid()))
    service.start()
    assert wait_for(lambda: set(jvms_started_by(os.getpid())) > before)
    server.close()
    service.close()
    assert set(jvms_started_by(os.getpid())) <= before
    with pytest.raises(GrammarUnavailable, match="shut down"):
        service.check(TEXT)


def test_a_missing_server_is_explained(tmp_path: Path) -> None:
    service = GrammarService("local", server=LocalServer(folder=tmp_path))
    # The start runs in the background and fails at once here: the check may see it
    # starting, or already failed.
    with pytest.raises(GrammarUnavailable, match=r"Starting LanguageTool|is not installed"):
        service.check(TEXT)
    status = service.wait_ready(10)
    assert status.state == "unavailable"
    assert "is not installed" in status.reason
    assert "build.sh" in status.reason


def test_missing_java_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr("app.grammar.java._LINUX_PATTERNS", ())  # nor in /usr/lib/jvm
    with pytest.raises(GrammarUnavailable, match="Java was not found"):
        LocalServer().start()
