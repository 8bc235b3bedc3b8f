"""A secret never shows in an error message, whichever form the message quotes it in."""

from __future__ import annotations

import base64
import urllib.parse

import pytest

from app.secrets import redact

SECRET = "s3cr3t/Key+with space&ü"


@pytest.mark.parametrize(
    "quoted",
    [
        SECRET,
        f"  {SECRET}\n".strip(" "),
        repr(SECRET),
        urllib.parse.quote(SECRET, safe=""),
        urllib.parse.quote_plus(SECRET),
        urllib.parse.quote(SECRET, safe="").lower(),
        base64.b64encode(SECRET.encode()).decode(),
        SECRET.encode().hex().upper(),
        str(SECRET.encode()),
    ],
)
def test_each_form_of_the_secret_is_hidden(quoted: str) -> None:
    message = f"401 Unauthorized for https://api.example/check?key={quoted} (retry later)"
    hidden = redact(message, [SECRET])
    assert "[hidden]" in hidden
    assert "s3cr3t" not in hidden.lower() and "cznjcjn0" not in hidden.lower()
    assert hidden.startswith("401 Unauthorized for https://api.example/check?key=")
    assert hidden.endswith("(retry later)")


def test_text_without_the_secret_is_left_alone() -> None:
    assert redact("connection refused", [SECRET, ""]) == "connection refused"
