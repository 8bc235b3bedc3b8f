"""Files that are not files, JSON built to break parsers, and text built to fool terminals:
each gets one line on standard error and status 2, or a correct, escaped result."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.cli import main

CONTACT = '{"name": "Ana Souza", "how_met": "at PyData Lisbon"}'
TEMPLATE = "invite-met-at-event"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def local_only(command: str) -> tuple[str, ...]:
    """No grammar server for `check`: these tests are about the input."""
    return ("--no-grammar",) if command == "check" else ()


def assert_one_line_refusal(status: int, out: str, err: str, *expected: str) -> None:
    assert status == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    for part in expected:
        assert part in err


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    return path


def test_render_contact_from_dev_zero_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "render", "--template", TEMPLATE, "--contact", "/dev/zero")
    assert_one_line_refusal(*result, "/dev/zero: this is a device")


def test_render_contact_from_a_fifo_is_refused_without_waiting(
    capsys: pytest.CaptureFixture[str], fifo: Path
) -> None:
    result = run(capsys, "render", "--template", TEMPLATE, "--contact", str(fifo))
    assert_one_line_refusal(*result, "pipe (FIFO)")


@pytest.mark.parametrize("command", ["check", "triage"])
def test_check_and_triage_refuse_a_fifo_and_a_device(
    capsys: pytest.CaptureFixture[str], fifo: Path, command: str
) -> None:
    local = local_only(command)
    assert_one_line_refusal(*run(capsys, command, *local, str(fifo)), "pipe (FIFO)")
    assert_one_line_refusal(*run(capsys, command, *local, "/dev/zero"), "device")


def test_import_csv_from_dev_zero_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert_one_line_refusal(*run(capsys, "import", "csv", "/dev/zero"), "device")


def test_an_export_folder_with_links_to_devices_and_private_files_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    secret = tmp_path / "private.txt"
    secret.write_text("root:x:0:0:the first line of a private file\n", encoding="utf-8")
    export = tmp_path / "export"
    export.mkdir()
    (export / "Connections.csv").symlink_to(secret)
    status, out, err = run(capsys, "import", "linkedin", str(export))
    assert_one_line_refusal(status, out, err, "symbolic link")
    assert "root:x" not in err
    (export / "Connections.csv").unlink()
    (export / "Connections.csv").symlink_to("/dev/zero")
    assert_one_line_refusal(*run(capsys, "import", "linkedin", str(export)))


def test_a_template_file_that_is_a_device_or_too_large_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    link = tmp_path / "zero.j2"
    link.symlink_to("/dev/zero")
    result = run(capsys, "render", "--template", str(link), "--contact", CONTACT)
    assert_one_line_refusal(*result, "device")
    big = tmp_path / "big.j2"
    big.write_text(
        "---\nname: big\nkind: invite\nchannel: email\n---\n" + "x" * 300_000, encoding="utf-8"
    )
    result = run(capsys, "render", "--template", str(big), "--contact", CONTACT)
    assert_one_line_refusal(*result, "larger than 200 KB")


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"name": "Ana", "notes": ' + "[" * 600 + "]" * 600 + "}", "nested"),
        ('{"name": "Ana", "strength": 1e400}', "too large"),
        ('{"name": "Ana", "strength": NaN}', "NaN"),
        ('{"name": "Ana", "strength": ' + "9" * 5000 + "}", "too long"),
        ('{"name": "Ana \\ud800"}', "surrogate"),
    ],
)
def test_hostile_contact_json_is_one_line(
    capsys: pytest.CaptureFixture[str], contact: str, expected: str
) -> None:
    inline = contact if contact.startswith("{") else "{" + '"a": ' + contact + "}"
    result = run(capsys, "render", "--template", TEMPLATE, "--contact", inline)
    assert_one_line_refusal(*result, expected)


@pytest.mark.parametrize("command", ["check", "triage"])
def test_hostile_json_lines_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    lines = tmp_path / "in.jsonl"
    for hostile in ("[" * 100_000, '{"text": 1e400}', '{"contact": {"name": "A\\udfff"}}'):
        lines.write_text(hostile + "\n", encoding="utf-8")
        result = run(capsys, command, "--json", *local_only(command), str(lines))
        assert_one_line_refusal(*result, "line 1")


@pytest.mark.parametrize("contact_id", ["[1]", '{"a": 1}', '"7"', "true", "0", "1.5", str(2**63)])
def test_a_contact_id_that_is_no_row_id_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, contact_id: str
) -> None:
    """Found by the fuzz suite: a list as the id stopped `draft` with a traceback."""
    lines = tmp_path / "in.jsonl"
    lines.write_text(f'{{"contact": {{"name": "Ana", "id": {contact_id}}}}}\n', encoding="utf-8")
    result = run(capsys, "draft", "--json", str(lines))
    assert_one_line_refusal(*result, "line 1", "id must be a whole number")


def test_a_file_name_with_a_line_break_stays_on_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    result = run(capsys, "check", "--no-grammar", str(tmp_path / "no\nsuch\x1b[2Jfile"))
    assert_one_line_refusal(*result, "no\\u000asuch\\u001b[2Jfile: no such file.")


def test_a_command_line_mistake_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["render", "--template"])
    _, err = capsys.readouterr()
    assert exited.value.code == 2
    assert err.count("\n") == 1 and "--template" in err and "--help" in err


def test_control_and_bidi_characters_reach_the_terminal_only_as_escapes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    contact = json.dumps({"name": "Ana\x1b]0;owned\x07 Souza", "how_met": "at \u202eevil\x00"})
    status, out, err = run(capsys, "render", "--template", TEMPLATE, "--contact", contact)
    assert status == 0, err
    assert "Ana\\u001b]0;owned\\u0007" in out and "\\u202eevil\\u0000" in out
    assert not any(ch in out for ch in "\x1b\x07\x00\u202e")


def test_a_template_name_ending_in_a_line_break_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    spoof = tmp_path / "spoof.j2"
    spoof.write_text(
        '---\nname: "mine\\ninvite-met-at-event  invite  (fake)"\nkind: invite\n'
        "channel: email\n---\nHi\n",
        encoding="utf-8",
    )
    result = run(capsys, "render", "--template", str(spoof), "--contact", CONTACT)
    assert_one_line_refusal(*result, "'name' must be a short name")
    trailing = tmp_path / "trailing.j2"
    trailing.write_text(
        '---\nname: "mine\\n"\nkind: invite\nchannel: email\n---\nHi\n', encoding="utf-8"
    )
    result = run(capsys, "render", "--template", str(trailing), "--contact", CONTACT)
    assert_one_line_refusal(*result, "'name' must be a short name")
