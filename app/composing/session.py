"""One person's message being written, as the composer shows it, without a window.

The message is plain text. While the user has not edited it, it follows the contact and
the template: a change to either renders it again. Once edited it is the user's, and only
`refill` brings the template's words back. The template starts as the one suggested for
the person (see `suggestion`), and is remade when the contact changes, unless the user
picked one for this contact. Moving to another person puts the draft aside, and brings
back the one left for them (from this run, or from disk through a `DraftShelf`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from app.checker.findings import Finding, Report
from app.composing.draft import Draft, Preview, check_draft, detail_names, preview
from app.composing.draft_shelf import DraftShelf
from app.composing.gaps import fill_gaps, gap_fields
from app.composing.saved_drafts import DraftContent
from app.composing.suggestion import TemplateChoice, starting_template
from app.contacts import Contact
from app.library.templates import Template, TemplateLibrary
from app.sentences import QT_TRANSLATE_NOOP, Sentence
from app.settings import Settings
from app.store import SentMessage, Store, StoreError

if TYPE_CHECKING:  # the checker's patterns load only when a message is checked
    from app.checker import Checker, SentIndex

Suggest = Callable[[Contact], TemplateChoice | None]


@dataclass(frozen=True)
class Ignored:
    """A finding the user chose to ignore in this message: its code and the words."""

    code: str
    words: str


class DraftSession:
    def __init__(
        self,
        library: TemplateLibrary,
        settings: Settings,
        *,
        shelf: DraftShelf | None = None,
        suggest: Suggest | None = None,
    ) -> None:
        self.library = library
        self.settings = settings
        self.shelf = shelf
        self._suggest = suggest or (lambda contact: None)
        self.contact: Contact | None = None
        self.template: Template | None = None
        self.choice: TemplateChoice | None = None
        self.details: dict[str, str] = {}
        self.gaps: dict[str, str] = {}
        self.gap_names: list[str] = []
        self.detail_names: list[str] = []
        self.rendered = Preview("")
        self._edited: str | None = None
        self._picked: dict[int | None, str] = {}
        self._ignored: set[Ignored] = set()
        self._last_recorded: tuple[int | None, str] | None = None
        # What the draft held when it was recorded: done with, so not kept as a draft.
        self._sent: DraftContent | None = None
        self._start_afresh()

    # -- what is shown ----------------------------------------------------------------------

    @property
    def message(self) -> str:
        return self.rendered.text if self._edited is None else self._edited

    @property
    def edited(self) -> bool:
        return self._edited is not None

    @property
    def picked(self) -> bool:
        """Whether the user chose this contact's template (the suggestion then stays out)."""
        return self._key() in self._picked

    @property
    def replying(self) -> bool:
        """Whether the message shown answers the note the person sent."""
        choice, template = self.choice, self.template
        return bool(choice and choice.reply and template and choice.template == template.name)

    @property
    def suggestion(self) -> TemplateChoice | None:
        """The suggestion for the contact, while the template shown is the one suggested."""
        template, contact, choice = self.template, self.contact, self.choice
        if contact is None or template is None or choice is None:
            return None
        return choice if choice.template == template.name else None

    @property
    def why(self) -> str:
        """Why this template, in an English line: the suggestion's reason, or the user's
        pick (the window words `suggestion` and `picked` itself)."""
        contact, suggestion = self.contact, self.suggestion
        if contact is None or self.template is None:
            return ""
        if suggestion is not None:
            return f"Suggested for {contact.given_name}: {suggestion.why}."
        if self.picked:
            return f"You chose this template for {contact.given_name}."
        return ""

    @property
    def preview(self) -> Preview:
        """The message with its length limit; an edited message has no template error."""
        if self._edited is None:
            return self.rendered
        return Preview(self._edited, limit=self.rendered.limit)

    @property
    def can_record(self) -> bool:
        """A complete message, to a contact, not the one just recorded for them (a second
        press of Ctrl+Return must not count the same message twice)."""
        shown = self.preview
        if self.contact is None or self.template is None or not shown.sendable:
            return False
        return self._last_recorded != (self.contact.id, shown.text)

    @property
    def draft(self) -> Draft | None:
        if self.template is None:
            return None
        return Draft(self.template, self.template.body, self._filled(), self.details)

    # -- what the user does -----------------------------------------------------------------

    def set_contact(self, contact: Contact | None) -> Sentence | None:
        """The contact to write to, as saved or as being typed in the form. Returns a
        sentence for the status bar when a draft from an earlier run came back."""
        previous = self._key()
        current = contact.id if contact else None
        if current == previous:
            self.contact = contact
            self._follow_suggestion()
            return None
        leaving = self._unsent_content()
        self.contact = contact
        self._sent = None
        self._ignored.clear()
        # No id -> an id: a new contact just got saved (or the first one was picked); the
        # draft being written is for them, unless they have one of their own waiting.
        if previous is None and current is not None and not self._has_draft(current):
            if previous in self._picked:
                self._picked[current] = self._picked.pop(previous)
            self._follow_suggestion()
            return None
        if self.shelf is not None:
            self.shelf.put_aside(previous, leaving)
            content, notice = self.shelf.take(contact)
        else:
            content, notice = None, None
        self._restore(content)
        return notice

    def choose(self, name: str) -> None:
        """The user picks a template for this contact: the message is its words again
        (the window asks first when that drops an edited message)."""
        if name not in self.library:
            return
        self._picked[self._key()] = name
        self._edited = None
        self._use(self.library.get(name))

    def edit(self, text: str) -> None:
        """The user changed the message. Back to exactly the template's words, it follows
        the template again."""
        same = self.rendered.text and text == self.rendered.text
        self._edited = None if same else text

    def refill(self) -> None:
        """Bring the template's words back in place of the edited message."""
        self._edited = None
        self._render()

    def set_detail(self, name: str, value: str) -> None:
        self.details[name] = value
        self._render()

    def set_gap(self, name: str, value: str) -> None:
        self.gaps[name] = value
        self._render()

    def use_library(self, library: TemplateLibrary) -> None:
        """A reloaded library: the chosen template stays chosen while it exists."""
        self.library = library
        name = self.template.name if self.template else None
        if name is not None and name in library:
            self.template = library.get(name)
            self._render()
        else:
            self._picked.pop(self._key(), None)
            self._follow_suggestion(force=True)

    def use_settings(self, settings: Settings) -> None:
        self.settings = settings
        self._render()

    def replace(self, start: int, end: int, replacement: str) -> None:
        """Apply a checker's suggestion to the message's characters [start, end)."""
        text = self.message
        self.edit(text[:start] + replacement + text[end:])

    def ignore(self, finding: Finding) -> None:
        """Leave this finding out for this message (the same words, the same check)."""
        self._ignored.add(Ignored(finding.code, self.message[finding.start : finding.end]))

    # -- the checker ------------------------------------------------------------------------

    def check(self, checker: Checker, sent: SentIndex | None) -> Report | None:
        """The checker's local verdict on the message; None when there is nothing to judge."""
        work = self.check_later(checker, sent)
        return None if work is None else self.without_ignored(work())

    def check_later(self, checker: Checker, sent: SentIndex | None) -> Callable[[], Report] | None:
        """The same check of the message as it is now, to run later or on another thread
        (it holds no reference to the session); `without_ignored` applies to its result
        while the message is still that text. None when there is nothing to judge."""
        draft, text = self.draft, self.message
        if draft is None or not text:
            return None
        return partial(check_draft, checker, draft, text, self.settings, sent)

    def without_ignored(self, report: Report) -> Report:
        text = self.message
        kept = tuple(
            finding
            for finding in report.findings
            if Ignored(finding.code, text[finding.start : finding.end]) not in self._ignored
        )
        return Report(report.verdict, report.score, kept, report.language)

    # -- recording --------------------------------------------------------------------------

    def record(self, store: Store, score: int | None) -> SentMessage:
        """Record the message as sent; StoreError says why not (nothing is written)."""
        contact, template = self.contact, self.template
        if contact is None or template is None or not self.can_record:
            raise StoreError(
                QT_TRANSLATE_NOOP("StoreError", "There is no complete message to record.")()
            )
        if contact.id is None:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "StoreError", "Save the contact first, then record the message."
                )()
            )
        message = store.record_message(
            contact,
            template=template.name,
            kind=template.kind.value,
            channel=template.channel.value,
            text=self.message,
            score=score,
        )
        self._last_recorded = (contact.id, message.text)
        self._sent = self.content()
        if self.shelf is not None:
            self.shelf.forget(contact.id)
        return message

    # -- keeping drafts ---------------------------------------------------------------------

    def content(self) -> DraftContent | None:
        """What the user did to the draft shown; None when it is just the template."""
        if self.template is None:
            return None
        content = DraftContent(
            self.template.name, self._edited, dict(self.details), self._asked_gaps()
        )
        return None if content.blank else content

    def unsent_content(self) -> DraftContent | None:
        """The draft to keep for this contact: none once its message was recorded."""
        return self._unsent_content()

    def _unsent_content(self) -> DraftContent | None:
        content = self.content()
        return None if content == self._sent else content

    def _has_draft(self, contact_id: int) -> bool:
        return self.shelf is not None and self.shelf.has_draft(contact_id)

    def _restore(self, content: DraftContent | None) -> None:
        self.details = dict(content.details) if content else {}
        self.gaps = dict(content.gaps) if content else {}
        self.gap_names = []
        self._edited = None
        if content is None:
            self._follow_suggestion(force=True)
            return
        template = self._template_named(content.template) or self._suggested()
        self._use(template)
        if content.template_source is not None and template is not None:
            old = Draft(template, content.template_source, self._filled(), self.details)
            self._edited = preview(old, self.settings).text or content.template_source
        elif content.text is not None:
            self._edited = content.text

    def _start_afresh(self) -> None:
        self._use(self._suggested())

    # -- the template -----------------------------------------------------------------------

    def _follow_suggestion(self, *, force: bool = False) -> None:
        """Make the suggestion again for the contact as it is now, and follow it unless
        the user picked a template for them or edited the message."""
        if not force and (self.edited or self.picked):
            self.choice = self._choice()
            self._render()
            return
        self._use(self._suggested())

    def _suggested(self) -> Template | None:
        self.choice = self._choice()
        picked = self._picked.get(self._key())
        for name in (picked, self.choice.template if self.choice else None):
            template = self._template_named(name)
            if template is not None:
                return template
        return self._template_named(starting_template(self.library, self.settings))

    def _choice(self) -> TemplateChoice | None:
        return self._suggest(self.contact) if self.contact is not None else None

    def _template_named(self, name: str | None) -> Template | None:
        return self.library.get(name) if name is not None and name in self.library else None

    def _use(self, template: Template | None) -> None:
        if template is not self.template:
            self.gap_names = []
        self.template = template
        self._render()

    def _key(self) -> int | None:
        return self.contact.id if self.contact else None

    # -- rendering --------------------------------------------------------------------------

    def _render(self) -> None:
        template = self.template
        if template is None:
            self.rendered = Preview("", error="There are no templates to pick from.")
            self.detail_names = []
            return
        self.rendered = self._preview(template)
        if self.contact is None:
            return
        names = gap_fields(template.body, self.contact, self.rendered.missing, self.gap_names)
        if names != self.gap_names:
            self.gap_names = names
            self.rendered = self._preview(template)

    def _preview(self, template: Template) -> Preview:
        draft = Draft(template, template.body, self._filled(), self.details)
        # A message's details are asked for once there is a message, with a contact (as
        # the gaps are); until then the window needs no template parsed.
        self.detail_names = detail_names(draft) if draft.contact is not None else []
        details = {name: self.details.get(name, "") for name in self.detail_names}
        return preview(Draft(template, template.body, draft.contact, details), self.settings)

    def _filled(self) -> Contact | None:
        """The contact with the fields typed in for this message."""
        if self.contact is None:
            return None
        return fill_gaps(self.contact, self._asked_gaps())

    def _asked_gaps(self) -> dict[str, str]:
        return {name: self.gaps.get(name, "") for name in self.gap_names}
