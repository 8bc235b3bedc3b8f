"""Each contact's unsent draft, kept while the user writes to someone else, and written to
disk on `flush` (the window flushes shortly after every edit, so a crash or a closed window
loses at most the last few keystrokes).

In memory, drafts are kept by contact id (None: a contact not saved yet); on disk, only
saved contacts' drafts are kept, because only they can be found again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from app.composing.saved_drafts import DraftContent, DraftError, DraftFolder, SavedDraft, when_saved
from app.contacts import Contact
from app.sentences import QT_TRANSLATE_NOOP, Sentence


class DraftShelf:
    def __init__(self, folder: DraftFolder) -> None:
        self._folder = folder
        self._kept: dict[int | None, DraftContent] = {}
        # Drafts left by an earlier session, read when the user opens their contact.
        self._earlier = folder.contact_ids()
        self._pending: dict[int, tuple[str, DraftContent | None]] = {}
        self._written: dict[int, DraftContent | None] = {}

    def has_draft(self, contact_id: int | None) -> bool:
        return contact_id in self._kept or contact_id in self._earlier

    def edited(self, contact: Contact | None, content: DraftContent | None) -> bool:
        """The draft shown for `contact` changed; None when nothing is typed any more (its
        file is removed at the next flush). True when there is something to flush."""
        if contact is None or contact.id is None:
            return False
        self._pending[contact.id] = (contact.name, content)
        return True

    def put_aside(self, contact_id: int | None, content: DraftContent | None) -> None:
        """The user moves on from this contact: keep their draft for when they return."""
        if content is None:
            self._kept.pop(contact_id, None)
        else:
            self._kept[contact_id] = content

    def take(self, contact: Contact | None) -> tuple[DraftContent | None, Sentence | None]:
        """The draft kept for this contact, if any, with a sentence to show when it comes
        from an earlier session (or could not be read)."""
        key = contact.id if contact else None
        if key in self._kept:
            return self._kept.pop(key), None
        if contact is None or contact.id is None or contact.id not in self._earlier:
            return None, None
        self._earlier.discard(contact.id)
        try:
            saved = self._folder.load(contact.id)
        except DraftError as exc:
            lost = QT_TRANSLATE_NOOP(
                "DraftShelf", "Your unsent draft to {name} could not be restored: {error}"
            )
            return None, lost(name=contact.name, error=exc.sentence)
        if saved is None:
            return None, None
        self._written[contact.id] = saved.content
        when = when_saved(saved.saved_at, datetime.now().astimezone())
        restored = QT_TRANSLATE_NOOP(
            "DraftShelf", "Restored your unsent draft to {name} from {when}."
        )
        return saved.content, restored(name=contact.name, when=when)

    def forget(self, contact_id: int | None) -> None:
        """The message was recorded: its draft is done with, in memory and (at the next
        flush) on disk."""
        self._kept.pop(contact_id, None)
        if contact_id is not None:
            self._earlier.discard(contact_id)
            self._pending[contact_id] = ("", None)

    def flush(self) -> list[Sentence]:
        """Write what is waiting; the sentences say what could not be written."""
        problems = []
        pending, self._pending = self._pending, {}
        for contact_id, (name, content) in pending.items():
            if contact_id in self._written and self._written[contact_id] == content:
                continue  # the file already says this
            try:
                if content is None:
                    self._folder.delete(contact_id)
                else:
                    saved_at = datetime.now(UTC)
                    self._folder.save(SavedDraft(contact_id, name, content, saved_at))
            except DraftError as exc:
                problems.append(exc.sentence)
                continue
            self._written[contact_id] = content
            self._earlier.discard(contact_id)
        return problems
