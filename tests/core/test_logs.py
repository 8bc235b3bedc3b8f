"""The log file: where it is, what goes in, what never does, and how it rotates."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__, logs

DRAFT = "Hi Ana, loved your talk on streaming pipelines at PyData Lisbon"
API_KEY = "pit-3f9a8c1d2e"


@pytest.fixture(autouse=True)
def restore_app_logger() -> Iterator[None]:
    """setup_logging configures the process-wide `app` logger: undo it after each test."""
    logger = logging.getLogger("app")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_start_line_names_version_role_and_platform(rapport_home: Path) -> None:
    path = logs.setup_logging("window")
    assert path == rapport_home / "logs" / "rapport.log"
    assert logs.current_log_file() == path
    line = path.read_text(encoding="utf-8")
    assert f"Rapport {__version__} (window) starting" in line
    assert "Python 3." in line


def test_app_warnings_go_to_the_file_and_other_libraries_do_not(rapport_home: Path) -> None:
    path = logs.setup_logging("window")
    logging.getLogger("app.grammar.server").warning("LanguageTool stopped answering")
    logging.getLogger("app.store").info("Database opened")
    logging.getLogger("urllib3.connectionpool").warning("Retrying the connection")
    text = path.read_text(encoding="utf-8")
    assert "WARNING app.grammar.server: LanguageTool stopped answering" in text
    assert "INFO app.store: Database opened" in text
    assert "Retrying" not in text


def test_tracebacks_are_logged_without_what_the_exception_quoted(rapport_home: Path) -> None:
    path = logs.setup_logging("window")

    def send_to_server() -> None:
        raise ConnectionError(f"https://api.example/v2/check?apiKey={API_KEY}&text={DRAFT}")

    def check_draft() -> None:
        try:
            send_to_server()
        except ConnectionError as exc:
            raise ValueError(f"Could not check {DRAFT!r}") from exc

    try:
        check_draft()
    except ValueError:
        logging.getLogger("app.ui.compose.grammar_runner").exception("Grammar check failed")
    text = path.read_text(encoding="utf-8")
    assert "ERROR app.ui.compose.grammar_runner: Grammar check failed" in text
    # Where it happened, the cause first, then the error it caused.
    order = ["in send_to_server", "ConnectionError (", "caused the one below", "ValueError ("]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)
    assert "ValueError (message not logged" in text
    assert API_KEY not in text and "streaming pipelines" not in text


def test_files_rotate_and_old_ones_are_dropped(rapport_home: Path) -> None:
    path = logs.setup_logging("window")
    noisy = logging.getLogger("app.test")
    chunk = "x" * 100_000
    for _ in range(int((logs.BACKUP_COUNT + 3) * logs.MAX_BYTES / len(chunk))):
        noisy.warning(chunk)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["rapport.log"] + [f"rapport.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= logs.MAX_BYTES + len(chunk) * 2 for p in path.parent.iterdir())


def test_setting_up_again_moves_the_log_instead_of_doubling_it(
    tmp_path: Path, rapport_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = logs.setup_logging("window")
    monkeypatch.setenv("RAPPORT_HOME", str(tmp_path / "elsewhere"))
    second = logs.setup_logging("window")
    assert first is not None and second is not None and first != second
    logging.getLogger("app.test").warning("after the move")
    assert "after the move" not in first.read_text(encoding="utf-8")
    assert second.read_text(encoding="utf-8").count("after the move") == 1


def test_a_data_folder_that_cannot_be_written_means_no_log_and_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("RAPPORT_HOME", str(blocker))
    assert logs.setup_logging("command check") is None
    assert logs.current_log_file() is None


def test_the_command_logs_its_start_but_not_the_message(rapport_home: Path) -> None:
    contact = json.dumps({"name": "Ana Souza", "how_met": "at PyData Lisbon"})
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", "--json", "--no-grammar", "-"],
        input=json.dumps({"text": DRAFT, "contact": json.loads(contact)}) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    text = (rapport_home / "logs" / "rapport.log").read_text(encoding="utf-8")
    assert f"Rapport {__version__} (command check) starting" in text
    assert "PyData" not in text and "Ana" not in text
