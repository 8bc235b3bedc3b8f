"""`rapport check --json` with the real LanguageTool: no word of the contact's fields, of
the user's name or place, or of their dictionary comes back as a mistake."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.grammar import service as grammar_service
from app.grammar.server import LocalServer
from app.grammar.service import GrammarService
from tests.checker.test_cli import _jsonl, _run

MESSAGE = {
    "text": (
        "Hi Wiktoria, the PyData crowd in Krakow still talks about your Szymańska-Nubank "
        "demo. I recieve questions about Zbyszkowy every week. Best, Wojtek Brzęczyszczyk"
    ),
    "contact": {
        "name": "Wiktoria Szymańska",
        "company": "Nubank",
        "location": "Krakow",
        "how_met": "PyData Krakow",
    },
}


def test_field_words_are_never_flagged(
    local_server: LocalServer,
    rapport_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    def on_the_shared_server(cls: type[GrammarService], settings: object) -> GrammarService:
        return GrammarService("local", server=local_server)

    monkeypatch.setattr(
        grammar_service.GrammarService, "from_settings", classmethod(on_the_shared_server)
    )
    (rapport_home / "dictionary.txt").write_text("Zbyszkowy\n", encoding="utf-8")
    (rapport_home / "settings.json").write_text(
        json.dumps({"my_name": "Wojtek Brzęczyszczyk"}), encoding="utf-8"
    )
    assert _run(["--json"], _jsonl(MESSAGE), monkeypatch) == 0
    report = json.loads(capsys.readouterr().out)
    text = MESSAGE["text"]
    flagged = [text[f["start"] : f["end"]] for f in report["findings"]]
    assert "recieve" in flagged  # the server did check the message
    known = ("Wiktoria", "PyData", "Krakow", "Szymańska", "Nubank", "Zbyszkowy", "Wojtek")
    assert not [span for span in flagged if any(word in span for word in known)], flagged
