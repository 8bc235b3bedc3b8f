"""A remote grammar server's login: the username from the settings, the password from the
keyring, sent as HTTP Basic credentials (what an authenticating proxy in front of a
self-hosted LanguageTool expects), and never over plain HTTP to another machine."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from app import secrets
from app.grammar.matches import GrammarUnavailable
from app.grammar.service import GrammarService
from app.settings import Settings
from tests.grammar.helpers import FakeLanguageTool, serve_fake

PASSWORD = "proxy-pass-4f1d9b"
TEXT = "I saw teh talk."  # the stand-in answers with one match, on "teh"


@pytest.fixture
def server() -> Iterator[FakeLanguageTool]:
    """A stand-in LanguageTool that records each request's Authorization header (the real
    server has no login; the proxy that adds one is what this stands for)."""
    with serve_fake() as fake:
        yield fake


def logins(fake: FakeLanguageTool) -> list[str]:
    return [request.authorization for request in fake.requests]


def test_a_server_login_sends_the_keyring_password(server: FakeLanguageTool) -> None:
    secrets.store_secret(secrets.SERVER_PASSWORD, PASSWORD)
    settings = Settings(
        grammar_mode="remote", grammar_url=server.url, grammar_server_username="zoe"
    )
    service = GrammarService.from_settings(settings)
    assert [m.rule_id for m in service.check(TEXT)] == ["MORFOLOGIK_RULE_EN_US"]
    expected = base64.b64encode(f"zoe:{PASSWORD}".encode()).decode()
    assert logins(server) == [f"Basic {expected}"]


def test_without_a_username_no_login_is_sent(server: FakeLanguageTool) -> None:
    secrets.store_secret(secrets.SERVER_PASSWORD, PASSWORD)
    settings = Settings(grammar_mode="remote", grammar_url=server.url)
    GrammarService.from_settings(settings).check(TEXT)
    assert logins(server) == [""]


def test_a_login_without_a_stored_password_says_where_it_belongs(
    server: FakeLanguageTool,
) -> None:
    service = GrammarService("remote", url=server.url, login="zoe")
    with pytest.raises(GrammarUnavailable, match=r'entry "grammar-server-password".*Settings'):
        service.check("Hi.")
    assert service.status.state == "unavailable"
    assert logins(server) == []


def test_a_password_never_goes_over_plain_http_to_another_machine() -> None:
    secrets.store_secret(secrets.SERVER_PASSWORD, PASSWORD)
    service = GrammarService("remote", url="http://lt.example.org", login="zoe")
    with pytest.raises(GrammarUnavailable, match="only over HTTPS") as caught:
        service.check("Hi.")
    assert PASSWORD not in str(caught.value)
