"""Output in a console whose code page is not UTF-8 (PYTHONIOENCODING=cp1252 stands in for
Windows' usual one): names outside it still print, and JSON Lines stay UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CONTACT = json.dumps({"name": "Łukasz Żółw", "how_met": "at PyData Kraków"}, ensure_ascii=False)


def rapport_cp1252(*args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin.encode("utf-8"),
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1252"},
        timeout=120,
    )


def test_render_prints_a_name_the_code_page_lacks() -> None:
    result = rapport_cp1252("render", "--template", "invite-met-at-event", "--contact", CONTACT)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout.decode("utf-8").startswith("Hi Łukasz, good to meet you at PyData Kraków")


def test_check_writes_utf8_json_lines() -> None:
    message = {
        "text": "Hi Łukasz, I hope this message finds you well. Łukasz Łukasz",
        "contact": {"name": "Łukasz Żółw"},
    }
    result = rapport_cp1252("check", "--no-grammar", "--json", stdin=json.dumps(message) + "\n")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    report = json.loads(result.stdout.decode("utf-8"))
    assert "Łukasz" in json.dumps(report["findings"], ensure_ascii=False)


def test_check_readable_output_quotes_the_message() -> None:
    message = {"text": "Hi Łukasz, I hope this message finds you well."}
    result = rapport_cp1252("check", "--no-grammar", stdin=json.dumps(message) + "\n")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Łukasz" in result.stdout.decode("utf-8")


def test_an_error_naming_the_input_is_one_readable_line() -> None:
    result = rapport_cp1252("render", "--template", "Żaden-szablon", "--contact", CONTACT)
    assert result.returncode == 2
    said = result.stderr.decode("utf-8")
    assert "Żaden-szablon" in said
    assert "Traceback" not in said
