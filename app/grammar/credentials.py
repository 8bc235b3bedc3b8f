"""The grammar services' secrets, read from the operating system's keyring.

The LanguageTool Premium API key and a remote server's password live only in the keyring
(through app/secrets.py) and in memory: they are never written to a file, logged, or put
into a message (see `Endpoint.secrets`).
"""

from __future__ import annotations

from app import secrets
from app.grammar.matches import GrammarUnavailable

KEYRING_SERVICE = secrets.SERVICE
API_KEY_ENTRY = secrets.PREMIUM_API_KEY.key
PASSWORD_ENTRY = secrets.SERVER_PASSWORD.key


def premium_api_key() -> str:
    """The stored API key, or `GrammarUnavailable` saying why there is none."""
    return _read(secrets.PREMIUM_API_KEY, "LanguageTool Premium needs its API key")


def server_password() -> str:
    """The remote grammar server's stored password, or `GrammarUnavailable`."""
    return _read(secrets.SERVER_PASSWORD, "The grammar server's login needs its password")


def _read(secret: secrets.Secret, needs: str) -> str:
    try:
        value = secrets.read_secret(secret)
    except secrets.NoKeyring:
        raise GrammarUnavailable(
            f"{needs} from the system keyring, but {secrets.NO_KEYRING}. {secrets.HOW_TO_GET_ONE}"
        ) from None
    except secrets.SecretStoreError as exc:
        raise GrammarUnavailable(f"{exc} {needs} from there.") from None
    if not value:
        raise GrammarUnavailable(
            f"No {secret.label} is stored in the system keyring "
            f'(service "{secrets.SERVICE}", entry "{secret.key}"). Add it in Settings.'
        )
    return value
