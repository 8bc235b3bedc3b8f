"""Keyring backends the settings tests install; the user's real keyring is never opened."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors

FILE_ENV = "RAPPORT_TEST_KEYRING_FILE"
FILE_BACKEND = "tests.settings.keyrings.FileKeyring"


class FileKeyring(keyring.backend.KeyringBackend):
    """A keyring in a JSON file named by RAPPORT_TEST_KEYRING_FILE.

    For `rapport config` run as a child process: a child cannot see a backend installed
    in the test's own process, but keyring loads the class PYTHON_KEYRING_BACKEND names,
    and the test reads the file afterwards to see what the child stored.
    """

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def entries(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(
            json.dumps({**self.entries(), f"{service}/{username}": password}), encoding="utf-8"
        )

    def delete_password(self, service: str, username: str) -> None:
        entries = self.entries()
        entries.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(entries), encoding="utf-8")


class RefusingKeyring(keyring.backend.KeyringBackend):
    """A keyring that is there but refuses every call, as a locked one whose unlock
    prompt was dismissed does. Its error repeats what it was given, the worst case for
    a message that must not show the secret."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"cannot store {password!r}: locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("locked")
