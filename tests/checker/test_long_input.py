"""Every text algorithm of the checker on a 1 MB input made of the shapes that once made
one of them rescan the text (quadratic time): if one regresses, this file stops finishing.
The times themselves are printed by bench/bench_checker.py."""

from __future__ import annotations

import pytest

from app.checker import Checker, SentIndex
from app.checker.details import find_details
from app.checker.findings import Severity
from app.checker.links import find_links
from app.checker.pitch import is_pitch
from app.checker.placeholders import find_placeholders
from app.checker.reasons import mail_merge_findings
from app.checker.recipient import Recipient
from app.checker.stock import StockPhrases
from app.checker.text import Analysis
from app.grammar.matches import GrammarMatch

MEGABYTE = 1_000_000
CONTACT = {"name": "Diana Ross", "company": "Aviva", "location": "Norwich", "title": "Actuary"}
SHAPES = (
    "Hi Diana, I saw you are Actuary at Aviva in Norwich. Let's explore synergies! ",
    "see https://x.io/a www.b.com ok ",
    "i am a recruiter we help founders our platform ",
    "Best " + " " * 50,
    "{{ {% {# ${ [ [[ < << % *| ",
    "I'd've'd''s a-b-c/d ",
    "Regards Ana Bo Cy\n",
    "12 34% 5x 10+ companies ",
    "your talk on varroa? the Ludlow day? you finally showed ",
    "Rua Das Flores Interop Tokyo S/4HANA ",
    "we share 12 mutual connections, 3 shared contacts ",
    "thanks for the soup at the bank if great arguing with you on the pier when I was ",
    "A. ",
    "x",
)


@pytest.fixture(scope="module")
def text() -> str:
    chunk = MEGABYTE // len(SHAPES)
    return "".join((shape * (chunk // len(shape) + 1))[:chunk] for shape in SHAPES)


@pytest.fixture(scope="module")
def analysis(text: str) -> Analysis:
    return Analysis(text)


def test_tokenising_keeps_every_position(text: str, analysis: Analysis) -> None:
    assert len(text) >= MEGABYTE - len(SHAPES)
    assert all(text[w.start : w.end].translate({0x2019: "'"}) == w.text for w in analysis.words)
    assert analysis.flat_span(0, 1)[0] == 0


def test_details_and_links(checker: Checker, analysis: Analysis) -> None:
    details = find_details(analysis, checker._lexicon, Recipient.of(CONTACT))
    assert details.names and details.words
    assert find_links(analysis, details)


def test_stock_phrases(checker: Checker, analysis: Analysis) -> None:
    stock = StockPhrases(checker._lexicon)
    assert stock.cliches(analysis)
    stock.boilerplate(analysis)


def test_placeholders(text: str) -> None:
    assert find_placeholders(text, Recipient.of(CONTACT), "en")


def test_mail_merge_and_pitch(analysis: Analysis) -> None:
    assert mail_merge_findings(analysis, Recipient.of(CONTACT), Severity.WARNING, "en")
    assert is_pitch(analysis)


def test_the_whole_check_with_sent_texts_and_grammar(checker: Checker, text: str) -> None:
    sent = SentIndex([(1, text[: MEGABYTE // 4]), (2, "Hi Bo, let's connect.")])
    report = checker.check(text, kind="invite", channel="linkedin_note", contact=CONTACT, sent=sent)
    assert report.verdict == "generic"
    assert report.blocking
    matches = [
        GrammarMatch("MORFOLOGIK", "TYPOS", "Possible spelling mistake.", offset, 5, (), True)
        for offset in range(0, len(text) - 5, 1000)
    ]
    merged = checker.with_grammar(report, text, matches, contact=CONTACT)
    assert all(0 <= f.start <= f.end <= len(text) for f in merged.findings)
