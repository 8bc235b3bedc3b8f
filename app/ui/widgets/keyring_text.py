"""Why the system keyring could not keep or give a secret, in the window's language.

The core says it as a `KeyringProblem` (app/secrets.py), and in English for `rapport`;
this words the same values for the Settings dialog. The grammar line words its own
keyring reasons (grammar_text.py) with `how_to_get_a_keyring`. What the keyring's backend
said (`detail`) stays as it wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.secrets import PREMIUM_API_KEY, Action, KeyringProblem, Trouble


def how_to_get_a_keyring() -> str:
    return QCoreApplication.translate(
        "KeyringText",
        "On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service provider) "
        "in your desktop session; if a keyring kept in a file is acceptable to you, install "
        "the keyrings.alt package into Rapport's Python (pip install keyrings.alt). Windows "
        "and macOS have a keyring built in.",
    )


def keyring_text(problem: KeyringProblem) -> str:
    """The problem as one or a few sentences, saying what failed first when a secret did."""
    if problem.trouble is Trouble.EMPTY:
        return _empty(problem.secret.key if problem.secret else "")
    if problem.secret is None or problem.action is None:
        return _keyring(problem)
    failed = _failed(problem.secret.key, problem.action)
    if problem.trouble is Trouble.REFUSED:
        return QCoreApplication.translate(
            "KeyringText", "{failed}: the system keyring refused ({error})."
        ).format(failed=failed, error=problem.detail)
    return QCoreApplication.translate(
        "KeyringText", "{failed}: Rapport keeps secrets only in the system keyring. {problem}"
    ).format(failed=failed, problem=_keyring(problem))


def _keyring(problem: KeyringProblem) -> str:
    """What is wrong with the keyring itself."""
    if problem.trouble is Trouble.NOT_LOADED:
        return QCoreApplication.translate(
            "KeyringText", "The keyring configured for Python cannot be loaded ({error}). {how}"
        ).format(error=problem.detail, how=how_to_get_a_keyring())
    if problem.trouble is Trouble.NO_KEYRING:
        return QCoreApplication.translate(
            "KeyringText", "This system has no keyring Rapport can use. {how}"
        ).format(how=how_to_get_a_keyring())
    return QCoreApplication.translate(
        "KeyringText", "The system keyring refused ({error})."
    ).format(error=problem.detail)


def _empty(key: str) -> str:
    if key == PREMIUM_API_KEY.key:
        return QCoreApplication.translate(
            "KeyringText", "The LanguageTool Premium API key is empty; nothing was stored."
        )
    return QCoreApplication.translate(
        "KeyringText", "The grammar server password or API key is empty; nothing was stored."
    )


def _failed(key: str, action: Action) -> str:
    """ "The LanguageTool Premium API key was not saved", without the full stop."""
    premium = {
        Action.READ: QCoreApplication.translate(
            "KeyringText", "The LanguageTool Premium API key cannot be read"
        ),
        Action.STORE: QCoreApplication.translate(
            "KeyringText", "The LanguageTool Premium API key was not saved"
        ),
        Action.DELETE: QCoreApplication.translate(
            "KeyringText", "The LanguageTool Premium API key was not deleted"
        ),
    }
    server = {
        Action.READ: QCoreApplication.translate(
            "KeyringText", "The grammar server password or API key cannot be read"
        ),
        Action.STORE: QCoreApplication.translate(
            "KeyringText", "The grammar server password or API key was not saved"
        ),
        Action.DELETE: QCoreApplication.translate(
            "KeyringText", "The grammar server password or API key was not deleted"
        ),
    }
    return (premium if key == PREMIUM_API_KEY.key else server)[action]
