from __future__ import annotations

from app.checker import Checker, Finding, Report, Severity


def test_finding_json_has_the_contract_keys_only_when_needed() -> None:
    plain = Finding("cliche", Severity.INFO, "Stock phrase.", 3, 9)
    assert plain.to_json() == {
        "code": "cliche",
        "severity": "info",
        "message": "Stock phrase.",
        "start": 3,
        "end": 9,
    }


def test_grammar_finding_json_carries_rule_id_and_replacements() -> None:
    finding = Finding("spelling", Severity.WARNING, "Typo.", 0, 4, ("their",), "MORFOLOGIK")
    data = finding.to_json()
    assert data["rule_id"] == "MORFOLOGIK"
    assert data["replacements"] == ["their"]


def test_report_json_lists_findings_in_order() -> None:
    first = Finding("length", Severity.ERROR, "Too long.", 200, 250)
    report = Report("generic", 12, (first,))
    assert report.to_json() == {
        "verdict": "generic",
        "score": 12,
        "findings": [first.to_json()],
        "lang": "en",
    }


def test_a_personal_message_over_the_limit_or_with_a_blank_is_not_ready(checker: Checker) -> None:
    text = "Hi Ana, we met at the Lisbon design night and you showed me your packaging sketches."
    ready = checker.check(text, channel="linkedin_note")
    assert ready.verdict == "personal" and ready.blocking == ()
    blank = checker.check(text + " See you at [Venue]!", channel="linkedin_note")
    assert blank.verdict == "personal"
    assert [f.code for f in blank.blocking] == ["placeholder"]
    long = checker.check(text + " And more." * 20, channel="linkedin_note", note_limit=200)
    assert [f.code for f in long.blocking] == ["length"]
    assert "blocking" not in long.to_json()
