"""The checker's side of the composer: the local checks on every edit, grammar from the
background runner, and the user's answers to findings (a replacement, Ignore, Add to
dictionary). The composer calls `check` whenever it shows the message; this part shows
the report in the message's underlines and the checks panel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.checker import Finding, Report
from app.checker.known_words import DictionaryError
from app.composing.draft import known_words
from app.composing.personal_dictionary import add_word, dictionary_path, read_words
from app.composing.session import DraftSession
from app.context import AppContext
from app.grammar.matches import GrammarMatch
from app.ui.compose.checks_panel import ChecksPanel
from app.ui.compose.grammar_runner import GrammarRunner
from app.ui.compose.message_view import MessageView
from app.ui.tasks import run_task
from app.ui.widgets.sentence_text import error_text

# From this many characters on, the local checks run off the GUI thread: they are linear
# in the text, about 2 ms at 300 characters and 40 at 20,000 (bench/README.md).
BACKGROUND_FROM = 1_000


class MessageChecks(QObject):
    """Emits `changed` when the message or what is found in it changed through a finding
    (the composer shows the session again), and `status` with a sentence for the status bar."""

    changed = Signal()
    status = Signal(str)

    def __init__(
        self,
        context: AppContext,
        session: DraftSession,
        message: MessageView,
        panel: ChecksPanel,
        grammar: GrammarRunner,
    ) -> None:
        super().__init__(message)
        self._context, self._session = context, session
        self._message, self._panel, self._runner = message, panel, grammar
        self._dictionary = read_words(dictionary_path(context.data_dir))
        self.report: Report | None = None
        # Each check's number; a background check's result is shown only if no check
        # was asked for after it.
        self._generation = 0
        self._running = False
        self._wanted = False
        # The grammar matches of the last text checked, kept while that text is shown.
        self._grammar: tuple[str, list[GrammarMatch]] | None = None
        grammar.checked.connect(self._grammar_checked)
        grammar.status_changed.connect(panel.show_grammar_status)
        panel.show_grammar_status(grammar.status)
        panel.finding_clicked.connect(message.select_finding)
        message.suggestion_chosen.connect(self._apply_suggestion)
        message.ignore_requested.connect(self._ignore)
        message.word_added.connect(self._add_word)

    def check(self) -> None:
        """Local checks now, or for a long message in the background; grammar later, in
        the background. Grammar findings for the same text stay in place until a new
        check replaces them. Nothing shown is ever about an older text than the one in
        the message: while a long message is checked, its underlines and verdict are
        cleared, and a check whose text has changed since is dropped."""
        self._generation += 1
        text = self._session.message
        if len(text) < BACKGROUND_FROM:
            self._checked(text, self._session.check(self._context.checker, self._context.sent))
            return
        if self.report is not None:
            self._show(None)
        self._wanted = True
        if not self._running:
            self._check_in_background()

    def _check_in_background(self) -> None:
        """One check at a time runs on the pool: typing faster than it checks asks for
        the latest text once the running check is back, not for every keystroke."""
        self._wanted = False
        generation, text = self._generation, self._session.message
        work = self._session.check_later(self._context.checker, self._context.sent)
        if work is None:
            self._checked(text, None)
            return
        self._running = True
        run_task(
            work,
            lambda report, error: self._checked_in_background(generation, text, report, error),
            self,
        )

    def _checked_in_background(
        self, generation: int, text: str, report: Report | None, error: BaseException | None
    ) -> None:
        self._running = False
        if generation != self._generation:  # the message changed meanwhile
            if self._wanted:
                self._check_in_background()
            return
        if error is not None:
            # Recording a message changes the sent index a running check reads: on the
            # rare clash, check again here rather than show nothing.
            report = self._session.check(self._context.checker, self._context.sent)
        else:
            report = None if report is None else self._session.without_ignored(report)
        self._checked(text, report)

    def _checked(self, text: str, report: Report | None) -> None:
        if report is not None:
            if self._grammar is not None and self._grammar[0] == text:
                report = self._with_grammar(report, *self._grammar)
            else:
                self._runner.request(text, self._known_words(), report.language)
        self._show(report)

    def forget_grammar(self) -> None:
        """Another person, other settings or another dictionary: check grammar afresh."""
        self._grammar = None

    def use_grammar(self) -> None:
        """The context's grammar service or language changed."""
        self._runner.use(self._context.grammar, self._context.settings.grammar_language)
        self._grammar = None

    def _known_words(self) -> tuple[str, ...]:
        return known_words(self._context.settings, self._dictionary)

    def _grammar_checked(self, text: str, matches: list[GrammarMatch]) -> None:
        if text != self._session.message:
            return  # checked an older version of the message
        self._grammar = (text, matches)
        if self.report is not None:  # else shown with the local checks, when they are back
            self._show(self._with_grammar(self.report, text, matches))

    def _with_grammar(self, report: Report, text: str, matches: list[GrammarMatch]) -> Report:
        draft = self._session.draft
        merged = self._context.checker.with_grammar(
            report,
            text,
            matches,
            contact=draft.contact if draft else None,
            known_words=self._known_words(),
        )
        return self._session.without_ignored(merged)

    def _show(self, report: Report | None) -> None:
        self.report = report
        self._message.set_findings(report.findings if report else ())
        contact = self._session.contact
        name = contact.given_name if contact else self.tr("them", "the contact")
        self._panel.show_report(report, name, self._session.message)

    def _apply_suggestion(self, finding: Finding, replacement: str) -> None:
        self._session.replace(finding.start, finding.end, replacement)
        self.changed.emit()

    def _ignore(self, finding: Finding) -> None:
        self._session.ignore(finding)
        self.changed.emit()

    def _add_word(self, word: str) -> None:
        try:
            self._dictionary = add_word(dictionary_path(self._context.data_dir), word)
        except (DictionaryError, OSError) as exc:
            self.status.emit(
                self.tr("Not added to your dictionary: {error}").format(error=error_text(exc))
            )
            return
        self._grammar = None
        self.status.emit(self.tr("“{word}” is in your dictionary now.").format(word=word.strip()))
        self.changed.emit()
