"""Secrets in the operating system's keyring, and nowhere else.

Rapport keeps two: the LanguageTool Premium API key and the password (or API key) of a
remote grammar server. They are read when needed and never written to a file, the
database, a log or a message. Where the system has no keyring, storing fails with a
message that says how to get one; nothing falls back to a file.

Keyring backends raise their own errors (D-Bus, a locked or refused keyring), not only
`keyring.errors.KeyringError`; they are all turned into `SecretStoreError`, whose message
never holds the secret. What went wrong is also a `KeyringProblem`, values the window words
in its own language (app/ui/widgets/keyring_text.py); `english` says it for `rapport`.

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
from enum import StrEnum

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


class Trouble(StrEnum):
    NO_KEYRING = "no_keyring"  # no keyring backend at all
    NOT_LOADED = "not_loaded"  # the backend configured for Python does not load
    REFUSED = "refused"  # the keyring refused a read, a store or a delete
    EMPTY = "empty"  # an empty value to store


class Action(StrEnum):
    READ = "read"
    STORE = "store"
    DELETE = "delete"


@dataclass(frozen=True)
class KeyringProblem:
    """Why the keyring could not be used. `secret` and `action` say what failed (None: the
    keyring as a whole); `detail` quotes the backend's own error, with the secret hidden."""

    trouble: Trouble
    secret: Secret | None = None
    action: Action | None = None
    detail: str = ""


_OUTCOME = {
    Action.READ: "cannot be read",
    Action.STORE: "was not saved",
    Action.DELETE: "was not deleted",
}


def english(problem: KeyringProblem) -> str:
    """The problem as `rapport` and the logs say it."""
    if problem.trouble is Trouble.EMPTY and problem.secret is not None:
        return f"The {problem.secret.label} is empty; nothing was stored."
    if problem.trouble is Trouble.NOT_LOADED:
        said = (
            f"The keyring configured for Python cannot be loaded ({problem.detail}). "
            f"{HOW_TO_GET_ONE}"
        )
    elif problem.trouble is Trouble.NO_KEYRING:
        said = f"{NO_KEYRING[0].upper()}{NO_KEYRING[1:]}. {HOW_TO_GET_ONE}"
    else:
        said = f"The system keyring refused ({problem.detail})."
    if problem.secret is None or problem.action is None:
        return said
    failed = f"The {problem.secret.label} {_OUTCOME[problem.action]}"
    if problem.trouble is Trouble.REFUSED:
        return f"{failed}: the system keyring refused ({problem.detail})."
    return f"{failed}: Rapport keeps secrets only in the system keyring. {said}"


class SecretStoreError(Exception):
    """The keyring could not be used; the message says why and never holds a secret, and
    `problem` says it as values."""

    def __init__(self, problem: KeyringProblem) -> None:
        super().__init__(english(problem))
        self.problem = problem


class NoKeyring(SecretStoreError):
    """There is no keyring backend, or none that loads."""


def keyring_problem() -> KeyringProblem | None:
    """Why secrets cannot be kept on this system, or None when a keyring is there."""
    import keyring
    import keyring.backends.fail
    import keyring.backends.null

    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        # PYTHON_KEYRING_BACKEND or keyringrc.cfg naming a backend that does not load.
        return KeyringProblem(Trouble.NOT_LOADED, detail=f"{type(exc).__name__}: {exc}"[:300])
    # The fail backend raises on every call; the null one silently keeps nothing.
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return KeyringProblem(Trouble.NO_KEYRING)
    return None


def read_secret(secret: Secret) -> str | None:
    """The stored value, or None when there is none."""
    import keyring

    value = _call(secret, Action.READ, lambda: keyring.get_password(SERVICE, secret.key))
    return value if isinstance(value, str) and value else None


def secret_is_set(secret: Secret) -> bool:
    return read_secret(secret) is not None


def store_secret(secret: Secret, value: str) -> None:
    """Keep `value` in the keyring; `SecretStoreError` when it cannot be kept there."""
    if not value:
        raise SecretStoreError(KeyringProblem(Trouble.EMPTY, secret, Action.STORE))
    import keyring

    _call(secret, Action.STORE, lambda: keyring.set_password(SERVICE, secret.key, value), value)


def delete_secret(secret: Secret) -> bool:
    """Remove the stored value; False when there was none."""
    if read_secret(secret) is None:
        return False
    import keyring

    _call(secret, Action.DELETE, lambda: keyring.delete_password(SERVICE, secret.key))
    return True


def _call(secret: Secret, action: Action, call: Callable[[], object], value: str = "") -> object:
    import keyring.errors

    problem = keyring_problem()
    if problem is not None:
        raise NoKeyring(KeyringProblem(problem.trouble, secret, action, problem.detail))
    try:
        return call()
    except keyring.errors.NoKeyringError:
        raise NoKeyring(KeyringProblem(Trouble.NO_KEYRING, secret, action)) from None
    except Exception as exc:
        reason = redact(f"{type(exc).__name__}: {exc}", (value,))[:300]
        raise SecretStoreError(KeyringProblem(Trouble.REFUSED, secret, action, reason)) from None


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
