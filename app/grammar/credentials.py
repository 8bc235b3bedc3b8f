"""The grammar services' secrets, read from the operating system's keyring.

The LanguageTool Premium API key and a remote server's password live only in the keyring
(through app/secrets.py) and in memory: they are never written to a file, logged, or put
into a message (see `Endpoint.secrets`).
"""

from __future__ import annotations

from app import secrets
from app.grammar.reasons import GrammarReason, Server, Why, unavailable

KEYRING_SERVICE = secrets.SERVICE
API_KEY_ENTRY = secrets.PREMIUM_API_KEY.key
PASSWORD_ENTRY = secrets.SERVER_PASSWORD.key


def premium_api_key() -> str:
    """The stored API key, or `GrammarUnavailable` saying why there is none."""
    return _read(secrets.PREMIUM_API_KEY, Server.PREMIUM)


def server_password() -> str:
    """The remote grammar server's stored password, or `GrammarUnavailable`."""
    return _read(secrets.SERVER_PASSWORD, Server.REMOTE)


_TROUBLE = {
    secrets.Trouble.NO_KEYRING: Why.NO_KEYRING,
    secrets.Trouble.NOT_LOADED: Why.KEYRING_NOT_LOADED,
    secrets.Trouble.REFUSED: Why.KEYRING_REFUSED,
    secrets.Trouble.EMPTY: Why.SECRET_NOT_STORED,  # not raised by a read
}


def _read(secret: secrets.Secret, server: Server) -> str:
    """`server` says whose secret it is, for the reason a failure gives."""
    try:
        value = secrets.read_secret(secret)
    except secrets.SecretStoreError as exc:
        why = _TROUBLE[exc.problem.trouble]
        raise unavailable(GrammarReason(why, server=server, detail=exc.problem.detail)) from None
    if not value:
        raise unavailable(GrammarReason(Why.SECRET_NOT_STORED, server=server))
    return value
