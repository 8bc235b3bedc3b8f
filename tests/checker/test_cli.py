"""`rapport check`, run through its own parser (the lead's `app.cli` wires it up)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

from app.commands import check
from app.grammar import install as grammar_install
from app.grammar import service as grammar_service
from app.grammar.matches import GrammarMatch, GrammarUnavailable

GENERIC = {"text": "Hi Alex, I'd like to add you to my professional network.", "kind": "invite"}
PERSONAL = {
    "text": "Hi Erik, your Gradle cache layout took our build from 19 to 8 minutes. Connect?",
    "channel": "linkedin_note",
    "contact": {"name": "Erik Lund", "company": "Spotify", "badge": "extra keys are fine"},
}
LONG_NOTE = {"text": "Hi Erik, we met at the Gradle summit. " * 7, "channel": "linkedin_note"}


def _run(argv: list[str], lines: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """Run `rapport check ARGV` with `lines` on standard input; its exit status."""
    parser = argparse.ArgumentParser(prog="rapport")
    check.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["check", *argv])
    stdin = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stdin, encoding="utf-8"))
    return int(args.run(args))


def _jsonl(*messages: dict[str, Any]) -> list[str]:
    return [json.dumps(message) for message in messages]


def test_one_json_report_per_input_line(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    lines = [*_jsonl(GENERIC), "", *_jsonl(PERSONAL)]
    status = _run(["--json", "--no-grammar", "-"], lines, monkeypatch)
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [report["verdict"] for report in out] == ["generic", "personal"]
    assert {"verdict", "score", "findings", "lang"} == set(out[0])
    assert [report["lang"] for report in out] == ["en", "en"]
    assert "boilerplate" in [finding["code"] for finding in out[0]["findings"]]
    assert set(out[0]["findings"][0]) == {"code", "severity", "message", "start", "end"}


def test_reads_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    messages = tmp_path / "messages.jsonl"
    messages.write_text("\n".join(_jsonl(GENERIC, GENERIC)), encoding="utf-8")
    status = _run(["--json", "--no-grammar", str(messages)], [], monkeypatch)
    assert status == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ('{"text": "Hi", ', "not valid JSON"),
        ('["Hi"]', "expected a JSON object"),
        ('{"kind": "invite"}', '"text" must be the message'),
        ('{"text": "Hi Sam, good to meet you.", "contact": "Sam"}', '"contact" must be'),
        ('{"text": "Hi Sam, good to meet you.", "channel": "fax"}', "Unknown channel 'fax'"),
    ],
)
def test_a_malformed_line_is_named_and_exits_2(
    bad: str, says: str, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    status = _run(["--json", "--no-grammar"], [*_jsonl(GENERIC), bad], monkeypatch)
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.startswith("rapport check: line 2: ")
    assert says in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.out.splitlines()) == 1


def test_a_missing_file_exits_2(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    status = _run(["--no-grammar", "/no/such/file.jsonl"], [], monkeypatch)
    assert status == 2
    assert "no such file" in capsys.readouterr().err


def test_readable_report(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    status = _run(["--no-grammar"], _jsonl(GENERIC), monkeypatch)
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("Message 1: generic (personalisation ")
    assert "boilerplate" in out
    assert "“I'd like to add you to my professional network”" in out


def test_the_note_limit_comes_from_the_settings(
    rapport_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    _run(["--json", "--no-grammar"], _jsonl(LONG_NOTE), monkeypatch)
    free = json.loads(capsys.readouterr().out)
    settings = {"schema_version": 1, "linkedin_account": "premium"}
    (rapport_home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    _run(["--json", "--no-grammar"], _jsonl(LONG_NOTE), monkeypatch)
    premium = json.loads(capsys.readouterr().out)
    assert 200 < len(LONG_NOTE["text"].rstrip()) <= 300
    assert "length" in [f["code"] for f in free["findings"]]
    assert "length" not in [f["code"] for f in premium["findings"]]


class FakeService:
    """Stands in for the LanguageTool service: counts how often one is started."""

    started: ClassVar[list[FakeService]] = []
    ready = True
    fail_after = 99

    def __init__(self) -> None:
        self.checked = 0
        self.closed = False
        FakeService.started.append(self)

    @classmethod
    def from_settings(cls, settings: object) -> FakeService:
        return cls()

    def wait_ready(self, timeout: float) -> SimpleNamespace:
        return SimpleNamespace(ready=self.ready, reason="LanguageTool needs Java 17.")

    def check(self, text: str, language: str = "en-US") -> list[GrammarMatch]:
        self.checked += 1
        if self.checked > self.fail_after:
            raise GrammarUnavailable("The LanguageTool server stopped.")
        start = text.index("Hi")
        return [GrammarMatch("HI_RULE", "GRAMMAR", "A test match.", start, 2, ("Hello",))]

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_grammar(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> type[FakeService]:
    # As if LanguageTool were installed, so that these tests pass on a machine where it
    # is not yet (make test-fast on a fresh clone).
    monkeypatch.setattr(grammar_install, "installed_folder", lambda: tmp_path)
    monkeypatch.setattr(grammar_service, "GrammarService", FakeService)
    monkeypatch.setattr(FakeService, "started", [])
    return FakeService


def test_many_lines_share_one_grammar_service(
    fake_grammar: type[FakeService], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    status = _run(["--json"], _jsonl(GENERIC, PERSONAL, GENERIC), monkeypatch)
    reports = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (service,) = fake_grammar.started
    assert status == 0
    assert (service.checked, service.closed) == (3, True)
    grammar = [f for f in reports[1]["findings"] if f["code"] == "grammar"]
    assert grammar == [
        {
            "code": "grammar",
            "severity": "warning",
            "message": "A test match.",
            "start": 0,
            "end": 2,
            "rule_id": "HI_RULE",
            "replacements": ["Hello"],
        }
    ]


def test_no_grammar_means_no_service(
    fake_grammar: type[FakeService], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    _run(["--json", "--no-grammar"], _jsonl(GENERIC), monkeypatch)
    assert fake_grammar.started == []


def test_unavailable_grammar_warns_and_carries_on(
    fake_grammar: type[FakeService], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(FakeService, "ready", False)
    status = _run(["--json"], _jsonl(GENERIC, PERSONAL), monkeypatch)
    captured = capsys.readouterr()
    assert status == 0
    assert "grammar checks are off: LanguageTool needs Java 17." in captured.err
    assert len(captured.out.splitlines()) == 2


def test_a_server_lost_midway_warns_once(
    fake_grammar: type[FakeService], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.setattr(FakeService, "fail_after", 1)
    status = _run(["--json"], _jsonl(GENERIC, GENERIC, GENERIC), monkeypatch)
    captured = capsys.readouterr()
    assert status == 0
    assert captured.err.count("grammar checks are off: The LanguageTool server stopped.") == 1
    assert len(captured.out.splitlines()) == 3


def test_grammar_turned_off_in_settings_is_said(
    rapport_home: Path,
    fake_grammar: type[FakeService],
    monkeypatch: pytest.MonkeyPatch,
    capsys: Any,
) -> None:
    settings = {"schema_version": 1, "grammar_mode": "off"}
    (rapport_home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    _run(["--json"], _jsonl(GENERIC), monkeypatch)
    assert "grammar checks are off: they are turned off in the settings" in capsys.readouterr().err
    assert fake_grammar.started == []


def test_lang_is_detected_unless_the_input_says_it(
    monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    note = "Petra, ¿un café el viernes para ver los planos del invernadero?"
    lines = _jsonl(
        {"text": note},
        {"text": note, "lang": "pt-BR"},
        {"text": note, "contact": {"name": "Petra Lind", "language": "fr"}},
    )
    status = _run(["--json", "--no-grammar", "-"], lines, monkeypatch)
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [report["lang"] for report in out] == ["es", "pt", "fr"]


def test_an_unknown_lang_stops_at_its_line(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    lines = _jsonl({"text": "Hallo Petra"}, {"text": "Hallo Petra", "lang": "klingon"})
    status = _run(["--json", "--no-grammar", "-"], lines, monkeypatch)
    assert status == 2
    assert 'line 2: "lang" must be one of en, de, fr, es, pt' in capsys.readouterr().err
