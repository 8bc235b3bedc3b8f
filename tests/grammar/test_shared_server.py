"""One LanguageTool server per user: reused across processes, started once by two
starters at once, stopped when idle, replaced when its record is stale, and never left
running once every Rapport process is killed.

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

from app.grammar import runtime
from app.grammar.matches import GrammarUnavailable
from app.grammar.service import GrammarService
from app.grammar.shared import SharedServer
from tests.grammar.helpers import (
    process_alive,
    processes_of_this_test,
    serve_fake,
    wait_until_gone,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

REPO = Path(__file__).resolve().parents[2]
TEXT = "I think their is a error."
# A client in a process of its own: starts (or finds) the shared server, prints its JVM's
# and keeper's ids, then waits for its standard input to close, or exits at once.
CLIENT = """
import json, sys
from app.grammar.shared import SharedServer
server = SharedServer(idle_seconds=float(sys.argv[1]))
server.start()
record = __import__("app.grammar.runtime", fromlist=["x"]).read_record()
print(json.dumps({"pid": server.pid, "keeper": record.keeper}), flush=True)
if sys.argv[2] == "stay":
    sys.stdin.read()
"""


def client(idle: float, stay: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(idle), "stay" if stay else "go"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def answer(process: subprocess.Popen[str]) -> dict[str, int]:
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line, "the client could not start the server"
    data: dict[str, int] = json.loads(line)
    return data


@pytest.fixture(autouse=True)
def no_server_left(languagetool_built: None) -> Iterator[None]:
    """Whatever a test leaves is killed: its keeper first, then its JVM."""
    yield
    record = runtime.read_record()
    if record is not None:
        for pid in (record.keeper, record.pid):
            if process_alive(pid):
                os.kill(pid, signal.SIGKILL)


def keepers() -> list[int]:
    """The keepers serving this test's runtime folder (other runs have their own)."""
    return processes_of_this_test(b"app.grammar.keeper")


def test_a_second_process_uses_the_server_the_first_started() -> None:
    first = client(idle=600)
    started = answer(first)
    assert first.wait(10) == 0
    assert process_alive(started["pid"]), "the server must outlive the process that started it"
    service = GrammarService("local", server=SharedServer())
    assert service.wait_ready(10).ready
    assert any(match.rule_id == "THEIR_IS" for match in service.check(TEXT))
    assert runtime.read_record() is not None
    assert runtime.read_record().pid == started["pid"]  # type: ignore[union-attr]


def test_two_processes_starting_at_once_start_one_server() -> None:
    starters = [client(idle=600), client(idle=600)]
    pids = {answer(starter)["pid"] for starter in starters}
    for starter in starters:
        starter.wait(10)
    assert len(pids) == 1
    assert len(keepers()) == 1


def test_the_server_stops_after_the_idle_time_also_when_its_clients_were_killed() -> None:
    app = client(idle=2, stay=True)
    started = answer(app)
    app.kill()
    app.wait()
    assert wait_until_gone(started["pid"], timeout=20)
    assert wait_until_gone(started["keeper"], timeout=20)
    assert runtime.read_record() is None


def test_killing_every_rapport_process_leaves_no_jvm() -> None:
    app = client(idle=600, stay=True)
    started = answer(app)
    for pid in (app.pid, started["keeper"]):  # SIGKILL: no handler, no clean-up
        os.kill(pid, signal.SIGKILL)
    app.wait()
    assert wait_until_gone(started["pid"])


def test_a_record_of_a_dead_server_whose_port_another_program_took_is_replaced() -> None:
    gone = subprocess.Popen(["true"])
    gone.wait()
    with serve_fake() as fake:
        port = int(fake.url.split(":")[2].split("/")[0])
        runtime.write_record(runtime.Record(fake.url, port, gone.pid, gone.pid, "6.8", ("en-US",)))
        service = GrammarService("local", server=SharedServer())
        assert service.wait_ready(90).ready, service.status.reason
        assert any(match.rule_id == "THEIR_IS" for match in service.check(TEXT))
        assert fake.requests == []
    assert runtime.read_record().url != fake.url  # type: ignore[union-attr]


def test_a_live_process_of_someone_else_in_the_record_is_left_alone() -> None:
    """The recorded id now belongs to another program: it is neither used nor killed."""
    other = subprocess.Popen(["sleep", "60"])
    try:
        with serve_fake() as fake:
            port = int(fake.url.split(":")[2].split("/")[0])
            runtime.write_record(
                runtime.Record(fake.url, port, other.pid, other.pid, "6.8", ("en-US",))
            )
            service = GrammarService("local", server=SharedServer())
            assert service.wait_ready(90).ready, service.status.reason
            assert any(match.rule_id == "THEIR_IS" for match in service.check(TEXT))
            assert fake.requests == []
        assert other.poll() is None
    finally:
        other.kill()
        other.wait()


def test_once_prepared_the_server_maps_its_class_data_archive() -> None:
    prepared = subprocess.run(
        [sys.executable, "-m", "app.grammar.prepare"], cwd=REPO, timeout=300, check=False
    )
    assert prepared.returncode == 0
    server = SharedServer()
    server.start()
    assert server.pid is not None
    arguments = Path(f"/proc/{server.pid}/cmdline").read_bytes().split(b"\0")
    # Java 17 to 24 map a class-data archive, Java 25 and newer an ahead-of-time cache.
    options = (b"-XX:SharedArchiveFile=", b"-XX:AOTCache=")
    [option] = [a for a in arguments if a.startswith(options)]
    archive = Path(option.split(b"=", 1)[1].decode())
    assert archive.is_file()
    # Java maps an archive only when the class path is the one it was made with, and
    # else starts without it, as slowly as before it was made.
    mapped = Path(f"/proc/{server.pid}/maps").read_text(encoding="utf-8")
    assert str(archive) in mapped


def test_a_lock_held_by_a_killed_process_is_free_at_once() -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time\nfrom app.grammar import runtime\n"
            "with runtime.locked(5):\n    print('held', flush=True)\n    time.sleep(300)\n",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    with pytest.raises(GrammarUnavailable, match="Another Rapport"), runtime.locked(timeout=0.2):
        pass
    holder.kill()  # SIGKILL while holding it
    holder.wait()
    holder.stdout.close()
    with runtime.locked(timeout=0.2):
        pass
