"""With no LanguageTool installed, nothing connects out unless the user asked for the
download: the window's service says how to allow it, `rapport check` says which flag.

Every connection the process makes is recorded (socket.connect is wrapped), so a
download, or even its probe of the download host, fails the test.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import language_tool_python.download_lt as download_lt
import pytest

from app import paths
from app.cli import main
from app.grammar.server import free_port
from app.grammar.service import GrammarService
from app.settings import Settings, save_settings

TEXT = "I think their is a error."


@pytest.fixture
def connections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """An empty cache (nothing installed) and the address of every connection made."""
    monkeypatch.setenv("RAPPORT_CACHE", str(tmp_path / "empty-cache"))
    made: list[Any] = []
    connect = socket.socket.connect

    def recorded(self: socket.socket, address: Any) -> None:
        made.append(address)
        connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", recorded)
    yield made


def test_the_service_downloads_nothing_and_says_how_to_allow_it(connections: list[Any]) -> None:
    service = GrammarService.from_settings(Settings())
    try:
        status = service.wait_ready(30)
    finally:
        service.close()
    assert status.state == "unavailable"
    assert "not installed" in status.reason
    assert "about 250 MB" in status.reason
    assert "Allow the download in Settings" in status.reason
    assert connections == []


def rapport_check(capsys: pytest.CaptureFixture[str], *flags: str) -> tuple[int, str, str]:
    messages = paths.data_dir() / "messages.jsonl"
    messages.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    status = main(["check", "--json", *flags, str(messages)])
    out, err = capsys.readouterr()
    return status, out, err


def test_rapport_check_downloads_nothing_and_names_the_flag(
    connections: list[Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, err = rapport_check(capsys)
    assert status == 0
    assert json.loads(out)["verdict"] in ("generic", "personal")  # the local checks ran
    assert err.count("\n") == 1
    assert "--download-languagetool" in err and "about 250 MB" in err
    assert connections == []


def test_the_setting_allows_the_download(
    connections: list[Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Allowed, the download goes to the download host (here a closed port on this
    computer, so that nothing leaves it) and says why it failed."""
    save_settings(Settings(grammar_download=True), paths.settings_path())
    monkeypatch.setattr(
        download_lt, "BASE_URL_NEW_RELEASES", f"http://127.0.0.1:{free_port()}/LT-{{version}}/"
    )
    status, out, err = rapport_check(capsys)
    assert status == 0 and out
    assert "Connection refused" in err
    assert [address[0] for address in connections] == ["127.0.0.1"]


def test_the_flag_allows_the_download(
    connections: list[Any], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        download_lt, "BASE_URL_NEW_RELEASES", f"http://127.0.0.1:{free_port()}/LT-{{version}}/"
    )
    status, _out, err = rapport_check(capsys, "--download-languagetool")
    assert status == 0
    assert "Connection refused" in err
    assert [address[0] for address in connections] == ["127.0.0.1"]
