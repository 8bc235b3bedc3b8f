"""Remote servers and LanguageTool Premium.

Premium's real endpoint cannot be reached from the test machines, so its tests check the
request Rapport would send it on a stand-in server that records requests, and how the
real (basic) LanguageTool server answers Premium credentials.
"""

from __future__ import annotations

import socket

import keyring.backends.fail
import pytest

import app.grammar.backends
from app.grammar.credentials import API_KEY_ENTRY, KEYRING_SERVICE
from app.grammar.matches import GrammarUnavailable
from app.grammar.server import LocalServer, free_port
from app.grammar.service import GrammarService
from app.settings import Settings
from tests.grammar.helpers import FakeLanguageTool, MemoryKeyring, serve_fake

TEXT = "I think their is a error."
API_KEY = "test-api-key-0123456789"


def test_remote_mode_checks_with_a_real_server(local_server: LocalServer) -> None:
    local_server.start()  # a supervision test may have left it restarting
    assert local_server.url is not None
    root = local_server.url.removesuffix("/v2/")  # as a user would type it
    service = GrammarService("remote", url=root)
    matches = service.check(TEXT)
    start = TEXT.index("their")
    assert [(m.rule_id, m.offset, m.length) for m in matches if m.rule_id == "THEIR_IS"] == [
        ("THEIR_IS", start, 5)
    ]
    assert service.status.ready
    assert service.status.reason == f"Checking with the grammar server at {root[7:]}."


def test_an_unreachable_remote_server_is_explained_and_checks_resume_when_it_is_back() -> None:
    # The real server cannot be made to appear on a chosen port cheaply; a stand-in can.
    port = free_port()
    service = GrammarService("remote", url=f"http://127.0.0.1:{port}")
    with pytest.raises(GrammarUnavailable, match="refused the connection"):
        service.check("I saw teh talk.")
    assert service.status.state == "unavailable"
    with serve_fake(port):
        assert [m.rule_id for m in service.check("I saw teh talk.")] == ["MORFOLOGIK_RULE_EN_US"]
    assert service.status.ready


def test_a_remote_server_that_never_answers_costs_only_the_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        service = GrammarService("remote", url=f"http://127.0.0.1:{port}", request_timeout=0.5)
        # The message says the request's own timeout ran out: nothing waited longer.
        with pytest.raises(GrammarUnavailable, match=r"did not answer within 0\.5 seconds"):
            service.check(TEXT)


def test_a_remote_address_that_is_not_one_is_explained() -> None:
    service = GrammarService("remote", url="languagetool.example.org")
    assert service.status.state == "unavailable"
    with pytest.raises(GrammarUnavailable, match="is not a web address"):
        service.check(TEXT)


def test_premium_without_a_keyring_says_so(
    monkeypatch: pytest.MonkeyPatch, fake_languagetool: FakeLanguageTool
) -> None:
    # What headless Linux has: keyring's "fail" backend.
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())
    service = GrammarService("premium", username="me@example.org", url=fake_languagetool.url)
    with pytest.raises(GrammarUnavailable, match="this system has no keyring"):
        service.check(TEXT)
    assert service.status.state == "unavailable"
    assert "no keyring" in service.status.reason
    assert fake_languagetool.requests == []


def test_premium_without_a_stored_key_says_where_it_belongs(
    memory_keyring: MemoryKeyring, fake_languagetool: FakeLanguageTool
) -> None:
    service = GrammarService("premium", username="me@example.org", url=fake_languagetool.url)
    with pytest.raises(GrammarUnavailable, match=f'entry "{API_KEY_ENTRY}"'):
        service.check(TEXT)
    assert fake_languagetool.requests == []


def test_premium_sends_username_and_key_in_the_body(
    memory_keyring: MemoryKeyring, fake_languagetool: FakeLanguageTool
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, API_KEY_ENTRY, API_KEY)
    service = GrammarService("premium", username="me@example.org", url=fake_languagetool.url)
    matches = service.check("I saw teh talk.", language="en-GB")
    assert [(m.offset, m.length, m.is_spelling) for m in matches] == [(6, 3, True)]
    [request] = fake_languagetool.requests
    assert request.path == "/v2/check"
    assert request.query == ""  # the key is never in a URL, where proxies log it
    assert request.content_type.startswith("application/x-www-form-urlencoded")
    assert request.form == {
        "username": "me@example.org",
        "apiKey": API_KEY,
        "text": "I saw teh talk.",
        "language": "en-GB",
    }
    assert service.status.reason == "Checking with LanguageTool Premium."


def test_premium_credentials_refused_by_a_real_server_are_explained_without_the_key(
    memory_keyring: MemoryKeyring, local_server: LocalServer
) -> None:
    # The basic server refuses Premium credentials with HTTP 403, as Premium refuses bad ones.
    memory_keyring.set_password(KEYRING_SERVICE, API_KEY_ENTRY, API_KEY)
    local_server.start()
    assert local_server.url is not None
    service = GrammarService("premium", username="me@example.org", url=local_server.url)
    with pytest.raises(GrammarUnavailable) as caught:
        service.check(TEXT)
    reason = str(caught.value)
    assert reason.startswith("LanguageTool Premium refused access (HTTP 403): ")
    assert "basic version of LanguageTool" in reason
    assert API_KEY not in reason
    assert API_KEY not in service.status.reason


def test_premium_never_sends_the_key_over_plain_http_to_another_machine(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, API_KEY_ENTRY, API_KEY)
    service = GrammarService("premium", username="me@example.org", url="http://lt.example.org")
    with pytest.raises(GrammarUnavailable, match="only over HTTPS"):
        service.check(TEXT)


def test_premium_from_settings_ignores_the_remote_server_address(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, API_KEY_ENTRY, API_KEY)
    with serve_fake() as self_hosted, serve_fake() as premium:
        monkeypatch.setattr(app.grammar.backends, "PREMIUM_URL", premium.url)
        settings = Settings(
            grammar_mode="premium", grammar_url=self_hosted.url, grammar_username="me@example.org"
        )
        GrammarService.from_settings(settings).check("I saw teh talk.")
        assert len(premium.requests) == 1
        assert self_hosted.requests == []


def test_off_mode_checks_nothing_and_says_so() -> None:
    service = GrammarService("off")
    assert service.status.state == "off"
    with pytest.raises(GrammarUnavailable, match="turned off"):
        service.check(TEXT)
