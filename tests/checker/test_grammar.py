from __future__ import annotations

from app.checker import Checker, Finding, Severity
from app.contacts import Contact
from app.grammar.matches import GrammarMatch

TEXT = "Hi Zoltan, I beleive Kowalczyk at Acmeco said their going to the Brnoo meetup."
CONTACT = Contact(name="Zoltan Kowalczyk", company="Acmeco", location="Brno")


def _spelling(word: str, replacements: tuple[str, ...] = ()) -> GrammarMatch:
    start = TEXT.index(word)
    return GrammarMatch(
        "MORFOLOGIK_RULE_EN_US",
        "TYPOS",
        "Possible spelling mistake found.",
        start,
        len(word),
        replacements,
        is_spelling=True,
    )


GRAMMAR = GrammarMatch(
    "THEIR_IS", "GRAMMAR", "Did you mean “they're”?", TEXT.index("their"), 5, ("they're",)
)
STYLE = GrammarMatch("PASSIVE", "STYLE", "Passive voice.", 0, 2)


def _merged(
    checker: Checker, matches: list[GrammarMatch], known_words: tuple[str, ...] = ()
) -> list[Finding]:
    report = checker.check(TEXT, contact=CONTACT)
    merged = checker.with_grammar(report, TEXT, matches, contact=CONTACT, known_words=known_words)
    return [f for f in merged.findings if f.code in ("grammar", "spelling")]


def test_matches_become_findings_with_rule_and_replacements(checker: Checker) -> None:
    findings = _merged(checker, [_spelling("beleive", ("believe",)), GRAMMAR])
    spelling, grammar = findings
    assert (spelling.code, spelling.rule_id, spelling.suggestions) == (
        "spelling",
        "MORFOLOGIK_RULE_EN_US",
        ("believe",),
    )
    assert TEXT[spelling.start : spelling.end] == "beleive"
    assert (grammar.code, grammar.rule_id, grammar.severity) == (
        "grammar",
        "THEIR_IS",
        Severity.WARNING,
    )
    assert grammar.to_json()["replacements"] == ["they're"]


def test_the_contacts_names_and_company_are_not_typos(checker: Checker) -> None:
    matches = [_spelling("Zoltan"), _spelling("Kowalczyk"), _spelling("Acmeco"), _spelling("Brnoo")]
    assert [TEXT[f.start : f.end] for f in _merged(checker, matches)] == ["Brnoo"]


def test_the_users_own_words_are_not_typos(checker: Checker) -> None:
    findings = _merged(checker, [_spelling("Brnoo"), _spelling("beleive")], known_words=("brnoo",))
    assert [TEXT[f.start : f.end] for f in findings] == ["beleive"]


def test_style_hints_are_only_info_and_stale_matches_are_dropped(checker: Checker) -> None:
    stale = GrammarMatch("X", "GRAMMAR", "Gone.", len(TEXT) - 2, 10)
    (style,) = _merged(checker, [STYLE, stale])
    assert style.severity is Severity.INFO


def test_grammar_leaves_verdict_and_score_and_replaces_earlier_matches(checker: Checker) -> None:
    report = checker.check(TEXT, contact=CONTACT)
    first = checker.with_grammar(report, TEXT, [GRAMMAR], contact=CONTACT)
    again = checker.with_grammar(first, TEXT, [_spelling("beleive")], contact=CONTACT)
    assert (again.verdict, again.score) == (report.verdict, report.score)
    assert [f.code for f in again.findings if f.code in ("grammar", "spelling")] == ["spelling"]
    assert len(again.findings) == len(report.findings) + 1
