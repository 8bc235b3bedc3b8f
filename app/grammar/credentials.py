"""The LanguageTool Premium API key, read from the operating system's keyring.

The key lives only in the keyring and in memory: it is never written to a file, logged,
or put into a message (see `Endpoint.secrets`).
"""

from __future__ import annotations

import keyring
import keyring.errors

from app.grammar.matches import GrammarUnavailable

KEYRING_SERVICE = "rapport"
API_KEY_ENTRY = "languagetool-api-key"


def premium_api_key() -> str:
    """The stored API key, or `GrammarUnavailable` saying why there is none."""
    try:
        key = keyring.get_password(KEYRING_SERVICE, API_KEY_ENTRY)
    except keyring.errors.NoKeyringError:
        raise GrammarUnavailable(
            "LanguageTool Premium needs its API key from the system keyring, but this "
            "system has no keyring Rapport can use (on Linux, install and unlock GNOME "
            "Keyring or KWallet)."
        ) from None
    except Exception as exc:
        # Backends raise their own errors (D-Bus, a locked keyring, a refused prompt), not
        # only KeyringError. The read failed, so no key can be in the message.
        raise GrammarUnavailable(
            f"The system keyring could not be read ({type(exc).__name__}: {exc}); "
            "LanguageTool Premium needs the API key stored there."
        ) from None
    if not key:
        raise GrammarUnavailable(
            "No LanguageTool Premium API key is stored in the system keyring "
            f'(service "{KEYRING_SERVICE}", entry "{API_KEY_ENTRY}"). Add it in Settings.'
        )
    return key
