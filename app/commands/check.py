"""`rapport check [--json] [--no-grammar] [FILE|-]`: check messages given as JSON Lines.

Each input line is `{"text": ..., "kind": optional, "channel": optional, "contact":
optional object of fields, "lang": optional}`; each gets one report, as a JSON object with
`--json`, else as readable text. The report's "lang" is the language the message was read
and grammar-checked in: the input's "lang", else the contact's "language", else the one
detected. A bad line stops the run with its line number and status 2.
"""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from app import paths
from app.checker import Checker, LexiconError, Report, SentIndex
from app.checker.known_words import PersonalDictionary, user_words
from app.commands.common import (
    CommandError,
    fail,
    input_language,
    json_lines,
    settings_or_defaults,
    warn,
)
from app.commands.in_order import InOrder, done
from app.commands.json_input import parse_json
from app.context import load_sent_index
from app.grammar.install import DOWNLOAD_SIZE
from app.grammar.matches import GrammarUnavailable
from app.languages import grammar_code
from app.safe_io.terminal import one_line
from app.settings import Settings
from app.store import StoreError

if TYPE_CHECKING:
    from app.grammar.service import GrammarService

# Starting the local LanguageTool server takes a while the first time.
GRAMMAR_START_TIMEOUT = 120.0
# Downloading it (about 250 MB, with --download-languagetool) takes longer.
GRAMMAR_DOWNLOAD_TIMEOUT = 1800.0
# Grammar requests under way at once: two keep LanguageTool busy on a second core while
# this process checks the next messages locally; more only wait for a core there (and
# each needs a pipeline of its own, server.py).
_AT_ONCE = 2
# Reports that may wait, complete or not, for the one before them to be written.
_WAITING = 16
DOWNLOAD_FLAG = "--download-languagetool"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="say whether messages read as written for one person, and what to fix",
        description="Check messages given as JSON Lines: one object per line with "
        '"text" and optionally "kind", "channel", "contact" (an object of fields) and '
        '"lang" (en, de, fr, es or pt; detected when absent).',
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    parser.add_argument("--json", action="store_true", help="print one JSON object per message")
    parser.add_argument("--no-grammar", action="store_true", help="skip grammar and spelling")
    parser.add_argument(
        DOWNLOAD_FLAG,
        action="store_true",
        help=f"download LanguageTool ({DOWNLOAD_SIZE}) if it is not installed",
    )
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class Message:
    text: str
    kind: str | None
    channel: str | None
    contact: Mapping[str, Any] | None
    lang: str | None = None


def run(args: argparse.Namespace) -> int:
    settings = settings_or_defaults("check")
    if args.download_languagetool:
        settings = settings.replace(grammar_download=True)
    grammar: Grammar | None = None
    try:
        # The input is opened first: a file that cannot be read is said at once, before
        # a grammar server takes seconds to start. The server is then found (or started)
        # on a thread of its own while the phrase lists load and the first messages are
        # checked locally.
        with json_lines(args.file) as lines:
            grammar = None if args.no_grammar else Grammar(settings)
            try:
                checker = Checker.load()
            except LexiconError as exc:
                return fail("check", str(exc))
            sent = _sent_index()
            with InOrder(partial(_write, args.json), window=_WAITING) as out:
                for number, line in lines:
                    try:
                        message = parse_message(line)
                        report = checker.check(
                            message.text,
                            kind=message.kind,
                            channel=message.channel,
                            contact=message.contact,
                            note_limit=settings.note_limit,
                            sent=sent,
                            language=message.lang,
                        )
                    except ValueError as exc:
                        failure = f"line {number}: {exc}"
                        break
                    if grammar is None:
                        out.put(done((number, message.text, report)))
                    else:
                        out.put(grammar.submit(checker, number, message, report))
                else:
                    failure = ""
            if failure:  # said after the reports of the lines before it
                return fail("check", failure)
    except CommandError as exc:
        return fail("check", str(exc))
    finally:
        if grammar is not None:
            grammar.close()
    return 0


def _write(as_json: bool, checked: tuple[int, str, Report]) -> None:
    number, text, report = checked
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
    else:
        print(readable(number, text, report), flush=True)


def parse_message(line: str) -> Message:
    """One input line as a message; ValueError says what is wrong with it."""
    data = parse_json(line)
    if not isinstance(data, dict):
        raise ValueError('expected a JSON object such as {"text": "Hi Sam, ..."}.')
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError('"text" must be the message, as a string.')
    for key in ("kind", "channel"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ValueError(f'"{key}" must be a string.')
    contact = data.get("contact")
    if contact is not None and not isinstance(contact, dict):
        raise ValueError('"contact" must be a JSON object of contact fields.')
    return Message(text, data.get("kind"), data.get("channel"), contact, input_language(data))


def readable(number: int, text: str, report: Report) -> str:
    lines = [f"Message {number}: {report.verdict} (personalisation {report.score}/100)"]
    for finding in report.findings:
        quoted = one_line(text[finding.start : finding.end].replace("\n", " "))
        if len(quoted) > 60:
            quoted = quoted[:57] + "..."
        lines.append(f"  {finding.severity:<7} {finding.code:<11} “{quoted}”")
        lines.append(f"          {finding.message}")
        if finding.suggestions:
            lines.append(f"          Try: {', '.join(finding.suggestions)}")
    if not report.findings:
        lines.append("  Nothing to fix.")
    return "\n".join(lines) + "\n"


class Grammar:
    """One grammar service for the whole run: a thousand lines start one server, not a
    thousand. It is opened on a thread of its own, and up to `_AT_ONCE` messages are
    checked at once. When it cannot check, a warning says why, once, and the local
    checks go on."""

    def __init__(self, settings: Settings) -> None:
        self._opener = ThreadPoolExecutor(1, thread_name_prefix="rapport-grammar-open")
        self._opening = self._opener.submit(_Opened.open, settings)
        self._pool = ThreadPoolExecutor(_AT_ONCE, thread_name_prefix="rapport-grammar")
        self._lock = threading.Lock()
        self._working = True

    def submit(
        self, checker: Checker, number: int, message: Message, report: Report
    ) -> Future[tuple[int, str, Report]]:
        """The report with LanguageTool's findings merged in, once they come."""
        return self._pool.submit(self._merge, checker, number, message, report)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._opener.shutdown(wait=True)
        opened = self._opening.result()
        if opened is not None:
            opened.service.close()

    def _merge(
        self, checker: Checker, number: int, message: Message, report: Report
    ) -> tuple[int, str, Report]:
        opened = self._opening.result()
        if opened is None or not self._still_working():
            return number, message.text, report
        try:
            language = grammar_code(report.language, opened.language)
            matches = opened.service.check(message.text, language)
        except (GrammarUnavailable, OSError) as exc:
            self._stop(str(exc))
            return number, message.text, report
        merged = checker.with_grammar(
            report, message.text, matches, contact=message.contact, known_words=opened.known
        )
        return number, message.text, merged

    def _still_working(self) -> bool:
        with self._lock:
            return self._working

    def _stop(self, reason: str) -> None:
        with self._lock:
            first, self._working = self._working, False
        if first:
            _warn(reason)


@dataclass(frozen=True)
class _Opened:
    service: GrammarService
    language: str
    known: tuple[str, ...]  # the user's name, place and dictionary are not mistakes

    @classmethod
    def open(cls, settings: Settings) -> _Opened | None:
        """The service, ready to check; None, with a warning saying why, when it is not."""
        if settings.grammar_mode == "off":
            _warn("they are turned off in the settings")
            return None
        try:
            from app.grammar.service import GrammarService
        except ImportError as exc:
            _warn(f"the grammar service is not installed ({exc})")
            return None
        if settings.grammar_mode == "local" and not settings.grammar_download:
            from app.grammar.install import installed_folder

            if installed_folder() is None:  # never downloaded unasked
                _warn(
                    f"LanguageTool is not installed; run again with {DOWNLOAD_FLAG} to "
                    f"download it once ({DOWNLOAD_SIZE}), or use --no-grammar"
                )
                return None
        try:
            service = GrammarService.from_settings(settings)
            timeout = (
                GRAMMAR_DOWNLOAD_TIMEOUT if settings.grammar_download else GRAMMAR_START_TIMEOUT
            )
            status = service.wait_ready(timeout)
        except (GrammarUnavailable, ValueError, OSError) as exc:
            _warn(str(exc))
            return None
        if not status.ready:
            service.close()
            _warn(status.reason)
            return None
        dictionary = PersonalDictionary(paths.data_dir()).words()
        known = user_words(settings.my_name, settings.my_location, dictionary)
        return cls(service, settings.grammar_language, known)


def _sent_index() -> SentIndex | None:
    """What the user already sent, for the "sent to N others" check; None (and a word on
    stderr) when there is no history or it cannot be read."""
    database = paths.database_path()
    if not database.exists():
        return None
    try:
        return load_sent_index(database)
    except StoreError as exc:
        warn("check", f"not checking for repeats: {exc}")
        return None


def _warn(reason: str) -> None:
    warn("check", f"grammar checks are off: {reason}")
