"""Secrets in the operating system's keyring, and nowhere else.

Rapport keeps two: the LanguageTool Premium API key and the password (or API key) of a
remote grammar server. They are read when needed and never written to a file, the
database, a log or a message. Where the system has no keyring, storing fails with a
message that says how to get one; nothing falls back to a file.

Keyring backends raise their own errors (D-Bus, a locked or refused keyring), not only
`keyring.errors.KeyringError`; they are all turned into `SecretStoreError`, whose message
never holds the secret.

`keyring` is imported when a secret is first used, not with this module: loading it and
its backends takes longer than opening the window does, and most starts need no secret.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass

SERVICE = "rapport"


@dataclass(frozen=True)
class Secret:
    key: str  # the keyring entry, under SERVICE
    label: str  # what it is, for a sentence


PREMIUM_API_KEY = Secret("languagetool-api-key", "LanguageTool Premium API key")
SERVER_PASSWORD = Secret("grammar-server-password", "grammar server password or API key")
SECRETS: dict[str, Secret] = {secret.key: secret for secret in (PREMIUM_API_KEY, SERVER_PASSWORD)}

NO_KEYRING = "this system has no keyring Rapport can use"
HOW_TO_GET_ONE = (
    "On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service provider) "
    "in your desktop session; if a keyring kept in a file is acceptable to you, install "
    "the keyrings.alt package into Rapport's Python (pip install keyrings.alt). Windows "
    "and macOS have a keyring built in."
)


class SecretStoreError(Exception):
    """The keyring could not be used; the message says why and never holds a secret."""


class NoKeyring(SecretStoreError):
    """There is no keyring backend at all."""


def keyring_problem() -> str | None:
    """Why secrets cannot be kept on this system, or None when a keyring is there."""
    import keyring
    import keyring.backends.fail
    import keyring.backends.null

    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        # PYTHON_KEYRING_BACKEND or keyringrc.cfg naming a backend that does not load.
        return (
            f"The keyring configured for Python cannot be loaded ({type(exc).__name__}: "
            f"{exc}). {HOW_TO_GET_ONE}"
        )
    # The fail backend raises on every call; the null one silently keeps nothing.
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return f"{NO_KEYRING[0].upper()}{NO_KEYRING[1:]}. {HOW_TO_GET_ONE}"
    return None


def read_secret(secret: Secret) -> str | None:
    """The stored value, or None when there is none."""
    import keyring

    value = _call(secret, "read", lambda: keyring.get_password(SERVICE, secret.key))
    return value if isinstance(value, str) and value else None


def secret_is_set(secret: Secret) -> bool:
    return read_secret(secret) is not None


def store_secret(secret: Secret, value: str) -> None:
    """Keep `value` in the keyring; `SecretStoreError` when it cannot be kept there."""
    if not value:
        raise SecretStoreError(f"The {secret.label} is empty; nothing was stored.")
    import keyring

    _call(secret, "store", lambda: keyring.set_password(SERVICE, secret.key, value), value)


def delete_secret(secret: Secret) -> bool:
    """Remove the stored value; False when there was none."""
    if read_secret(secret) is None:
        return False
    import keyring

    _call(secret, "delete", lambda: keyring.delete_password(SERVICE, secret.key))
    return True


_OUTCOME = {"read": "cannot be read", "store": "was not saved", "delete": "was not deleted"}


def _call(secret: Secret, verb: str, action: Callable[[], object], value: str = "") -> object:
    import keyring.errors

    failed = f"The {secret.label} {_OUTCOME[verb]}"
    problem = keyring_problem()
    if problem is not None:
        raise NoKeyring(f"{failed}: Rapport keeps secrets only in the system keyring. {problem}")
    try:
        return action()
    except keyring.errors.NoKeyringError:
        raise NoKeyring(
            f"{failed}: Rapport keeps secrets only in the system keyring, and {NO_KEYRING}. "
            f"{HOW_TO_GET_ONE}"
        ) from None
    except Exception as exc:
        reason = redact(f"{type(exc).__name__}: {exc}", (value,))
        raise SecretStoreError(f"{failed}: the system keyring refused ({reason}).") from None


# Shorter than this, a "secret" would hide ordinary words of the message it is cut from.
_SHORTEST_REDACTED = 4


def redact(text: str, secrets: Iterable[str]) -> str:
    """The text with each secret hidden, as itself and as the forms an error message
    quotes it in: trimmed, escaped by repr or JSON, percent-encoded (a URL or a form),
    Base64 (an Authorization header) and hexadecimal; in any letter case."""
    forms: set[str] = set()
    for secret in secrets:
        forms.update(_forms(secret))
    forms = {form for form in forms if len(form) >= _SHORTEST_REDACTED}
    if not forms:
        return text
    pattern = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return re.sub(pattern, "[hidden]", text, flags=re.IGNORECASE)


def _forms(secret: str) -> set[str]:
    raw = secret.encode("utf-8", "surrogatepass")
    forms = {secret, secret.strip(), repr(secret)[1:-1], json.dumps(secret)[1:-1]}
    forms |= {urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}
    forms |= {raw.hex(), repr(raw)[2:-1]}
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        forms.add(encode(raw).decode("ascii").rstrip("="))
    return forms
