"""Rapport connects to nothing but this computer unless the user chose a remote grammar
server: the window and `rapport check`, run with their default settings under strace,
open no connection to any address but loopback (the local grammar server, the render
worker's pipes and the desktop's sockets are all local)."""

from __future__ import annotations

import ipaddress
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="strace records system calls on Linux"
)

# strace writes a connect call as, for example,
#   connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16)
#   connect(5, {sa_family=AF_INET6, sin6_port=htons(80), inet_pton(AF_INET6, "::1", ...
_NETWORK_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?,")
_ADDRESS = re.compile(r'inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"')


def outside_connections(trace: str) -> list[str]:
    """The connect calls of a trace to an address that is not this computer's."""
    found = []
    for line in trace.splitlines():
        if not _NETWORK_CONNECT.search(line):
            continue
        address = _ADDRESS.search(line)
        if address is None or not _is_loopback(address.group(1) or address.group(2)):
            found.append(line.strip())
    return found


def _is_loopback(text: str) -> bool:
    address = ipaddress.ip_address(text)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def traced(args: list[str], tmp_path: Path, *, stdin: str = "", timeout: float) -> str:
    """Run `python -m app.cli ARGS` under strace, following every process it starts,
    and return the connect calls it made (it must succeed)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is missing: run packaging/linux/install-system-deps.sh offscreen")
    log = tmp_path / "connect.trace"
    command = [strace, "-f", "-qq", "-e", "trace=connect", "-e", "signal=none", "-o", str(log)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [*command, sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        encoding="utf-8",
    )
    assert "PTRACE" not in done.stderr, done.stderr  # strace could not trace at all
    assert done.returncode == 0, done.stderr  # it ran to the end: the trace is complete
    return log.read_text(encoding="utf-8", errors="replace")


def test_the_check_reads_only_loopback_traces() -> None:
    trace = (
        '1 connect(3, {sa_family=AF_INET, sin_port=htons(8081), sin_addr=inet_addr("127.0.0.1")}'
        ", 16) = 0\n"
        '1 connect(4, {sa_family=AF_UNIX, sun_path="/run/dbus/system_bus_socket"}, 110) = 0\n'
        '2 connect(5, {sa_family=AF_INET6, sin6_port=htons(80), inet_pton(AF_INET6, "::1", '
        "&sin6_addr), sin6_flowinfo=htonl(0), sin6_scope_id=0}, 28) = 0\n"
        '3 connect(6, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("140.82.1.4")}'
        ", 16) = -1 EINPROGRESS\n"
    )
    [outside] = outside_connections(trace)
    assert "140.82.1.4" in outside


def test_rapport_check_connects_to_nothing_outside(tmp_path: Path, rapport_home: Path) -> None:
    # strace follows the shared grammar server too, which outlives the command until it
    # has been idle this long: the shortest idle time keeps the test to about a minute.
    settings = rapport_home / "settings.json"
    settings.write_text(json.dumps({"grammar_idle_minutes": 1}), encoding="utf-8")
    messages = '{"text": "Hi Ana, it was good to meet you at PyData; I liked your talk."}\n'
    trace = traced(["check", "--json", "-"], tmp_path, stdin=messages, timeout=400)
    assert outside_connections(trace) == []
    assert "connect(" in trace  # strace saw its calls (the grammar server, on loopback)


def test_the_window_connects_to_nothing_outside(tmp_path: Path) -> None:
    trace = traced(["--exit-after-startup"], tmp_path, timeout=300)
    assert outside_connections(trace) == []
