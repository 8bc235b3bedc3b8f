"""The checker: build once (it reads the phrase lists), then check on every keystroke."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from app import paths
from app.channels import Channel
from app.checker.details import find_details
from app.checker.findings import Finding, Report, Severity, ordered
from app.checker.grammar import grammar_findings
from app.checker.hints import DEFAULT_HINTS, HINTS, HintInput, hint_findings
from app.checker.language_signals import german_nouns, language_evidence, sounds_like_pitch
from app.checker.languages import detect_language
from app.checker.length import check_length
from app.checker.lexicon import Lexicon
from app.checker.links import find_links
from app.checker.pitch import is_pitch
from app.checker.placeholders import find_placeholders
from app.checker.reasons import mail_merge_findings, no_reason_finding
from app.checker.recipient import Recipient
from app.checker.recorded_context import find_context
from app.checker.scoring import score
from app.checker.sent_index import SentIndex
from app.checker.spans import Spans
from app.checker.stock import StockMatch, StockPhrases
from app.checker.text import Analysis
from app.contacts import Contact
from app.grammar.matches import GrammarMatch
from app.languages import language_code
from app.library.templates import Kind
from app.message_catalog import say

ContactLike = Contact | Mapping[str, Any]
# A message whose words are mostly stock text is generic, whatever else it holds.
_MOSTLY_STOCK = 0.6
_GRAMMAR_CODES = frozenset({"grammar", "spelling"})


class Checker:
    """Local checks in well under a frame for a short message; grammar merged in later."""

    def __init__(self, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._stock = StockPhrases(lexicon)

    @classmethod
    def load(cls, resources_dir: Path | None = None) -> Checker:
        """Read the phrase lists from `resources_dir` (default: the shipped resources).

        Raises `LexiconError` naming the file when a list is missing or unreadable.
        """
        return cls(Lexicon.load(resources_dir or paths.resources_dir()))

    def check(
        self,
        text: str,
        *,
        kind: str | None = None,
        channel: Channel | str | None = None,
        contact: ContactLike | None = None,
        note_limit: int = 200,
        sent: SentIndex | None = None,
        hints: Collection[str] = DEFAULT_HINTS,
        language: str | None = None,
    ) -> Report:
        """Everything but grammar, with the `hints` named (see `hints.HINTS`) as
        information that leaves the score and verdict alone. The message is read in
        `language` (app.languages), else the contact's, else the one it is written in.
        Raises ValueError for an unknown kind, channel or hint."""
        resolved = _channel(channel)
        _check_kind(kind)
        unknown = set(hints) - set(HINTS)
        if unknown:
            raise ValueError(
                f"Unknown hint '{sorted(unknown)[0]}'; expected one of: {', '.join(HINTS)}."
            )
        language = language or _contact_language(contact) or detect_language(text)
        if not text.strip():
            return Report("generic", 0, (), language)
        recipient = Recipient.of(contact)
        call = recipient.given_name or say(language, "checker.them")
        analysis = Analysis(text)
        blanks = find_placeholders(text, recipient, language)
        details = find_details(
            analysis, self._lexicon, recipient, tuple((b.start, b.end) for b in blanks)
        )
        if language == "de":
            details = german_nouns(analysis, details)
        evidence = (
            details.all()
            + find_links(analysis, details)
            + language_evidence(analysis, details, recipient, language)
            + find_context(analysis, self._lexicon, recipient)
        )
        boilerplate = self._stock.boilerplate(analysis)
        stock_lines = Spans((match.start, match.end) for match in boilerplate)
        cliches = [
            c for c in self._stock.cliches(analysis) if not stock_lines.covers(c.start, c.end)
        ]
        result = score(
            evidence,
            cliches=len(cliches),
            mostly_stock=_mostly_stock(analysis, boilerplate),
            pitch=is_pitch(analysis) or sounds_like_pitch(analysis, language),
        )
        generic = result.verdict == "generic"
        # In a message that is personal anyway, stock lines are worth a mention, no more.
        weak = Severity.WARNING if generic else Severity.INFO
        findings: list[Finding] = [_boilerplate(m, generic, language) for m in boilerplate]
        findings += [_cliche(m, call, weak, language) for m in cliches]
        findings += blanks
        findings += check_length(analysis, resolved, note_limit, call, language)
        if generic:
            findings += mail_merge_findings(analysis, recipient, Severity.WARNING, language)
        no_reason = no_reason_finding(analysis, evidence, kind, weak, language)
        findings += [no_reason] if no_reason else []
        if sent is not None:
            findings += _repeated(analysis, sent, recipient, language)
        given = HintInput(analysis, kind, resolved, boilerplate, language)
        findings += hint_findings(given, hints)
        return Report(result.verdict, result.value, ordered(findings), language)

    def with_grammar(
        self,
        report: Report,
        text: str,
        matches: Iterable[GrammarMatch],
        *,
        contact: ContactLike | None = None,
        known_words: Iterable[str] = (),
    ) -> Report:
        """`report` with LanguageTool's findings for `text` in place of any earlier ones.
        The verdict and score stay: grammar says nothing about who a message is for."""
        kept = [f for f in report.findings if f.code not in _GRAMMAR_CODES]
        added = grammar_findings(text, matches, Recipient.of(contact), known_words)
        return Report(report.verdict, report.score, ordered([*kept, *added]), report.language)


def _contact_language(contact: ContactLike | None) -> str | None:
    """The language the contact's record says to write to them in, if any."""
    value = contact.language if isinstance(contact, Contact) else (contact or {}).get("language")
    return language_code(value) if value else None


def _channel(channel: Channel | str | None) -> Channel | None:
    if channel is None or isinstance(channel, Channel):
        return channel
    try:
        return Channel(channel)
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise ValueError(f"Unknown channel '{channel}'; expected one of: {known}.") from None


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in {k.value for k in Kind}:
        known = ", ".join(k.value for k in Kind)
        raise ValueError(f"Unknown message kind '{kind}'; expected one of: {known}.")


def _mostly_stock(analysis: Analysis, boilerplate: Iterable[StockMatch]) -> bool:
    body = sum(1 for word in analysis.words if not word.greeting)
    covered = sum(match.words for match in boilerplate)
    return body > 0 and covered / body >= _MOSTLY_STOCK


def _boilerplate(match: StockMatch, generic: bool, language: str) -> Finding:
    phrase = match.phrase.rstrip(".!")
    if generic:
        message = say(language, "checker.boilerplate_generic", phrase=phrase)
        return Finding("boilerplate", Severity.WARNING, message, match.start, match.end)
    message = say(language, "checker.boilerplate_personal", phrase=phrase)
    return Finding("boilerplate", Severity.INFO, message, match.start, match.end)


def _cliche(match: StockMatch, call: str, severity: Severity, language: str) -> Finding:
    message = say(language, "checker.cliche", phrase=match.phrase, call=call)
    return Finding("cliche", severity, message, match.start, match.end)


def _repeated(
    analysis: Analysis, sent: SentIndex, recipient: Recipient, language: str
) -> list[Finding]:
    repeats = sent.repeats(analysis.text, exclude=recipient.id)
    if not repeats.total:
        return []
    if repeats.total == 1:
        people = say(language, "checker.people_one")
    else:
        people = say(language, "checker.people_many", count=repeats.total)
    if repeats.similar == 0:
        message = say(language, "checker.sent_before", people=people)
    elif repeats.identical == 0:
        message = say(language, "checker.sent_nearly", people=people)
    else:
        message = say(language, "checker.sent_both", people=people, identical=repeats.identical)
    words = [word for word in analysis.words if not word.greeting] or list(analysis.words)
    return [Finding("repeated", Severity.WARNING, message, words[0].start, words[-1].end)]
