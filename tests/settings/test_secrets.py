"""Secrets go to the keyring the test installs, and nowhere else; without a keyring they
are refused with a plain explanation, and no message ever repeats one."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import pytest

from app import secrets
from app.grammar.credentials import premium_api_key, server_password
from app.grammar.matches import GrammarUnavailable
from app.grammar.reasons import GrammarReason, Server, Why
from tests.grammar.helpers import MemoryKeyring
from tests.settings.keyrings import RefusingKeyring

SECRET = "sk-live-7f3a9c1e-unguessable"


def files_holding(root: Path, text: str) -> list[Path]:
    return [
        path for path in root.rglob("*") if path.is_file() and text.encode() in path.read_bytes()
    ]


def test_a_secret_is_stored_under_rapport_and_read_back(memory_keyring: MemoryKeyring) -> None:
    secrets.store_secret(secrets.PREMIUM_API_KEY, SECRET)
    assert memory_keyring.passwords == {("rapport", "languagetool-api-key"): SECRET}
    assert secrets.read_secret(secrets.PREMIUM_API_KEY) == SECRET
    assert secrets.secret_is_set(secrets.PREMIUM_API_KEY)
    assert not secrets.secret_is_set(secrets.SERVER_PASSWORD)


def test_a_secret_can_be_deleted_once(memory_keyring: MemoryKeyring) -> None:
    secrets.store_secret(secrets.SERVER_PASSWORD, SECRET)
    assert secrets.delete_secret(secrets.SERVER_PASSWORD) is True
    assert memory_keyring.passwords == {}
    assert secrets.delete_secret(secrets.SERVER_PASSWORD) is False


def test_an_empty_secret_is_not_stored(memory_keyring: MemoryKeyring) -> None:
    with pytest.raises(secrets.SecretStoreError, match="is empty; nothing was stored"):
        secrets.store_secret(secrets.PREMIUM_API_KEY, "")
    assert memory_keyring.passwords == {}


def test_the_grammar_service_reads_its_secrets_from_the_keyring() -> None:
    secrets.store_secret(secrets.PREMIUM_API_KEY, SECRET)
    secrets.store_secret(secrets.SERVER_PASSWORD, "server-" + SECRET)
    assert premium_api_key() == SECRET
    assert server_password() == "server-" + SECRET


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_without_a_keyring_a_secret_is_refused_saying_how_to_get_one(
    backend: keyring.backend.KeyringBackend, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The fail backend is what headless Linux without a Secret Service gets; the null one
    # would accept the secret and silently keep nothing.
    keyring.set_keyring(backend)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(secrets.NoKeyring) as caught:
        secrets.store_secret(secrets.PREMIUM_API_KEY, SECRET)
    message = str(caught.value)
    assert message.startswith("The LanguageTool Premium API key was not saved: ")
    assert "This system has no keyring Rapport can use" in message
    assert "GNOME Keyring or KWallet" in message and "pip install keyrings.alt" in message
    assert SECRET not in message and SECRET not in caplog.text
    assert files_holding(tmp_path, SECRET) == []
    assert secrets.keyring_problem() is not None


def test_without_a_keyring_the_grammar_service_says_why_it_has_no_key() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(
        GrammarUnavailable, match="this system has no keyring Rapport can use"
    ) as no:
        premium_api_key()
    assert no.value.reason == GrammarReason(Why.NO_KEYRING, server=Server.PREMIUM)


def test_the_grammar_service_says_as_values_why_a_keyring_gave_no_password() -> None:
    """For the window to word: whose secret, and what the keyring said."""
    keyring.set_keyring(RefusingKeyring())
    with pytest.raises(GrammarUnavailable) as refused:
        server_password()
    assert refused.value.reason is not None
    assert refused.value.reason.why is Why.KEYRING_REFUSED
    assert refused.value.reason.server is Server.REMOTE
    assert "KeyringLocked" in refused.value.reason.detail
    keyring.set_keyring(MemoryKeyring())
    with pytest.raises(GrammarUnavailable, match='entry "languagetool-api-key"') as missing:
        premium_api_key()
    assert missing.value.reason == GrammarReason(Why.SECRET_NOT_STORED, server=Server.PREMIUM)


def test_a_keyring_that_refuses_is_explained_without_the_secret(
    caplog: pytest.LogCaptureFixture,
) -> None:
    keyring.set_keyring(RefusingKeyring())
    caplog.set_level(logging.DEBUG)
    with pytest.raises(secrets.SecretStoreError) as caught:
        secrets.store_secret(secrets.SERVER_PASSWORD, SECRET)
    message = str(caught.value)
    assert message.startswith("The grammar server password or API key was not saved: ")
    assert "PasswordSetError" in message and "[hidden]" in message
    assert SECRET not in message and SECRET not in caplog.text
    # A logged traceback must not show it either (the backend's own error is suppressed).
    assert SECRET not in "".join(traceback.format_exception(caught.value))
    with pytest.raises(secrets.SecretStoreError, match=r"cannot be read.*KeyringLocked"):
        secrets.read_secret(secrets.SERVER_PASSWORD)


def test_a_keyring_backend_that_does_not_load_is_explained(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    problem = secrets.keyring_problem()
    assert problem is not None
    assert problem.trouble is secrets.Trouble.NOT_LOADED
    assert problem.detail.startswith("ModuleNotFoundError")
    said = secrets.english(problem)
    assert said.startswith(
        f"The keyring configured for Python cannot be loaded ({problem.detail})."
    )
    with pytest.raises(secrets.NoKeyring):
        secrets.store_secret(secrets.PREMIUM_API_KEY, SECRET)
