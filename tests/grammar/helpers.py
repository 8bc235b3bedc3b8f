"""Processes (through psutil, on any platform), a test keyring, a stand-in LanguageTool."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring.backend
import psutil

BUILD_SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "languagetool" / "build.sh"


def process_alive(pid: int) -> bool:
    """Whether `pid` runs; a zombie (exited, not yet reaped by its new parent) does not."""
    try:
        return psutil.Process(pid).status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_DEAD)
    except psutil.Error:
        return False


def wait_until_gone(pid: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while process_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


# How long a test waits for a JVM to start or restart. A user's start gets a minute
# (LocalServer's start_timeout); a CI machine running the suite can be slower than that,
# and a wait this long costs nothing when the server is quick.
JVM_START_WAIT = 180.0


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def jvms_started_by(parent: int) -> list[int]:
    """LanguageTool JVMs whose parent is `parent` (other test runs may have their own)."""
    found = []
    for process in psutil.process_iter(["ppid", "cmdline"]):
        command = process.info["cmdline"] or []
        if (
            process.info["ppid"] == parent
            and "org.languagetool.server.HTTPServer" in command
            and process_alive(process.pid)
        ):
            found.append(process.pid)
    return found


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in one test; the user's real keyring is never opened."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@dataclass
class Recorded:
    path: str
    query: str
    content_type: str
    form: dict[str, str]
    authorization: str = ""


@dataclass
class FakeLanguageTool:
    """A stand-in server: records each request and answers like LanguageTool would."""

    url: str = ""
    requests: list[Recorded] = field(default_factory=list)


# One match on "teh" in "I saw teh talk." (offset 6), shaped as LanguageTool 6.8 sends it.
FAKE_ANSWER = {
    "software": {"name": "LanguageTool", "version": "6.8", "premium": True},
    "matches": [
        {
            "message": "Possible spelling mistake found.",
            "replacements": [{"value": "the"}],
            "offset": 6,
            "length": 3,
            "type": {"typeName": "UnknownWord"},
            "rule": {"id": "MORFOLOGIK_RULE_EN_US", "category": {"id": "TYPOS"}},
        }
    ],
}


@contextlib.contextmanager
def serve_fake(port: int = 0) -> Iterator[FakeLanguageTool]:
    """Run a `FakeLanguageTool` on a loopback port for the duration of a `with` block."""
    fake = FakeLanguageTool()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            parts = urllib.parse.urlsplit(self.path)
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
            content_type = self.headers.get("Content-Type", "")
            authorization = self.headers.get("Authorization", "")
            fake.requests.append(
                Recorded(parts.path, parts.query, content_type, form, authorization)
            )
            payload = json.dumps(FAKE_ANSWER).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}/v2/"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def processes_of_this_test(marker: bytes) -> list[int]:
    """Live processes whose command line holds `marker` and that serve this test's runtime
    folder (other test runs, and other tests, have their own)."""
    mine = f"RAPPORT_RUNTIME={os.environ['RAPPORT_RUNTIME']}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or not process_alive(int(entry.name)):
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            environment = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if marker in cmdline and mine in environment:
            found.append(int(entry.name))
    return found
