"""A remote grammar server's login: the username from the settings, the password from the
keyring, sent as HTTP Basic credentials (what an authenticating proxy in front of a
self-hosted LanguageTool expects), and never over plain HTTP to another machine."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app import secrets
from app.grammar.matches import GrammarUnavailable
from app.grammar.service import GrammarService
from app.settings import Settings
from tests.grammar.helpers import FAKE_ANSWER

PASSWORD = "proxy-pass-4f1d9b"
TEXT = "I saw teh talk."  # the stand-in answers with one match, on "teh"


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A stand-in LanguageTool that records each request's Authorization header (the real
    server has no login; the proxy that adds one is what this stands for)."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            seen.append(self.headers.get("Authorization", ""))
            payload = json.dumps(FAKE_ANSWER).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_a_server_login_sends_the_keyring_password(server: tuple[str, list[str]]) -> None:
    url, seen = server
    secrets.store_secret(secrets.SERVER_PASSWORD, PASSWORD)
    settings = Settings(grammar_mode="remote", grammar_url=url, grammar_server_username="zoe")
    service = GrammarService.from_settings(settings)
    assert [m.rule_id for m in service.check(TEXT)] == ["MORFOLOGIK_RULE_EN_US"]
    expected = base64.b64encode(f"zoe:{PASSWORD}".encode()).decode()
    assert seen == [f"Basic {expected}"]


def test_without_a_username_no_login_is_sent(server: tuple[str, list[str]]) -> None:
    url, seen = server
    secrets.store_secret(secrets.SERVER_PASSWORD, PASSWORD)
    GrammarService.from_settings(Settings(grammar_mode="remote", grammar_url=url)).check(TEXT)
    assert seen == [""]


def test_a_login_without_a_stored_password_says_where_it_belongs(
    server: tuple[str, list[str]],
) -> None:
    url, seen = server
    service = GrammarService("remote", url=url, login="zoe")
    with pytest.raises(GrammarUnavailable, match=r'entry "grammar-server-password".*Settings'):
        service.check("Hi.")
    assert service.status.state == "unavailable"
    assert seen == []


def test_a_password_never_goes_over_plain_http_to_another_machine() -> None:
    secrets.store_secret(secrets.SERVER_PASSWORD, PASSWORD)
    service = GrammarService("remote", url="http://lt.example.org", login="zoe")
    with pytest.raises(GrammarUnavailable, match="only over HTTPS") as caught:
        service.check("Hi.")
    assert PASSWORD not in str(caught.value)
