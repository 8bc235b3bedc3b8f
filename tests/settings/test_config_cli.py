"""`rapport config` as a script runs it: a child process, secrets on standard input.

A child process cannot see a keyring installed in the test's own process, so these tests
point it at one through PYTHON_KEYRING_BACKEND, which keyring honours before looking for
the system's: a file-backed test keyring (tests/settings/keyrings.py) whose file the test
reads afterwards, or keyring's own "fail" backend for a system with no keyring.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.settings.keyrings import FILE_BACKEND, FILE_ENV

# Every test here runs `rapport config` in a child process.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SECRET = "lt-api-key-0b3c5e7a9d-private"
NO_KEYRING = "keyring.backends.fail.Keyring"


@pytest.fixture(autouse=True)
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file the children's test keyring keeps its entries in."""
    path = tmp_path / "test-keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", FILE_BACKEND)
    monkeypatch.setenv(FILE_ENV, str(path))
    return path


def rapport(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "config", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,  # where `tests.settings.keyrings` can be imported from
        timeout=60,
        encoding="utf-8",
    )


def files_holding(root: Path, text: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_set_secret_reads_standard_input_and_stores_only_in_the_keyring(
    tmp_path: Path, keyring_file: Path
) -> None:
    store = keyring_file
    done = rapport("set-secret", "languagetool-api-key", "-", stdin=SECRET + "\n")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "Stored the LanguageTool Premium API key in the system keyring.\n"
    assert json.loads(store.read_text(encoding="utf-8")) == {"rapport/languagetool-api-key": SECRET}

    shown = rapport("list")
    assert "languagetool-api-key: set\n" in shown.stdout
    assert "grammar-server-password: not set\n" in shown.stdout
    as_json = rapport("list", "--json")
    assert json.loads(as_json.stdout)["secrets"]["languagetool-api-key"] is True
    refused = rapport("get", "languagetool-api-key")
    assert refused.returncode == 2

    for done in (shown, as_json, refused):
        assert SECRET not in done.stdout + done.stderr
    assert files_holding(tmp_path, SECRET) == [store]  # the test keyring's own file only

    removed = rapport("delete-secret", "languagetool-api-key")
    assert removed.stdout == "Removed the LanguageTool Premium API key from the system keyring.\n"
    assert json.loads(store.read_text(encoding="utf-8")) == {}


def test_without_a_keyring_the_secret_is_refused_and_written_nowhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # keyring's "fail" backend is what a headless Linux without a Secret Service gets.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NO_KEYRING)
    done = rapport("set-secret", "grammar-server-password", "-", stdin=SECRET)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(
        "rapport config: The grammar server password or API key was not saved: Rapport keeps "
        "secrets only in the system keyring. This system has no keyring Rapport can use."
    )
    assert "GNOME Keyring or KWallet" in done.stderr and "keyrings.alt" in done.stderr
    assert "Traceback" not in done.stderr
    assert SECRET not in done.stderr
    assert files_holding(tmp_path, SECRET) == []

    listed = rapport("list")
    assert listed.returncode == 0
    assert "languagetool-api-key: no keyring on this system" in listed.stdout
    assert "This system has no keyring Rapport can use" in listed.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("set-secret", "languagetool-api-key", SECRET), "", "give - and type the value"),
        (("set-secret", "languagetool-api-key", "-"), "", "standard input was empty"),
        (("set-secret", "languagetool-api-key", "-"), "a\nb\n", "must be one line"),
        (("set-secret", "my_name", "-"), "x", "no secret 'my_name'. The secrets are: "),
    ],
)
def test_set_secret_refuses_what_it_cannot_store_safely(
    keyring_file: Path, args: tuple[str, ...], stdin: str, message: str
) -> None:
    done = rapport(*args, stdin=stdin)
    assert done.returncode == 2
    assert message in done.stderr
    assert SECRET not in done.stderr
    assert not keyring_file.exists()


def test_set_and_get_in_a_child_process(rapport_home: Path) -> None:
    done = rapport("set", "recruiter_words", "recruiter, headhunter")
    assert (done.returncode, done.stdout) == (0, "recruiter_words = recruiter, headhunter\n")
    got = rapport("get", "recruiter_words")
    assert got.stdout == "recruiter, headhunter\n"
    saved = json.loads((rapport_home / "settings.json").read_text(encoding="utf-8"))
    assert saved["recruiter_words"] == ["recruiter", "headhunter"]
