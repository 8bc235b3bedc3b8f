"""Each contact's unsent draft, kept while the user writes to someone else, and written
to disk shortly after every edit so that a crash or a closed window loses nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.composing.saved_drafts import DraftContent, DraftError, DraftFolder, SavedDraft, when_saved
from app.contacts import Contact

# Long enough that a burst of typing is one write, short enough that a crash mid-sentence
# loses at most the last few keystrokes.
SAVE_DELAY_MS = 500


class DraftKeeper(QObject):
    """Emits `problem` with a sentence when a draft cannot be saved or read back.

    In memory, drafts are kept by contact id (None: a contact not saved yet); on disk,
    only saved contacts' drafts are kept, because only they can be found again.
    """

    problem = Signal(str)

    def __init__(self, folder: DraftFolder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._kept: dict[int | None, DraftContent] = {}
        # Drafts left by an earlier session, read when the user opens their contact.
        self._earlier = folder.contact_ids()
        self._pending: dict[int, tuple[str, DraftContent | None]] = {}
        self._written: dict[int, DraftContent | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def has_draft(self, contact_id: int | None) -> bool:
        return contact_id in self._kept or contact_id in self._earlier

    def edited(self, contact: Contact | None, content: DraftContent | None) -> None:
        """The draft shown for `contact` changed; None when nothing is typed any more
        (its file is removed). Written to disk after a pause in the typing."""
        if contact is None or contact.id is None:
            return
        self._pending[contact.id] = (contact.name, content)
        self._timer.start()

    def put_aside(self, contact_id: int | None, content: DraftContent | None) -> None:
        """The user moves on from this contact: keep their draft for when they return."""
        if content is None:
            self._kept.pop(contact_id, None)
        else:
            self._kept[contact_id] = content

    def take(self, contact: Contact | None) -> tuple[DraftContent | None, str]:
        """The draft kept for this contact, if any, with a sentence to show when it comes
        from an earlier session (or could not be read)."""
        key = contact.id if contact else None
        if key in self._kept:
            return self._kept.pop(key), ""
        if contact is None or contact.id is None or contact.id not in self._earlier:
            return None, ""
        self._earlier.discard(contact.id)
        try:
            saved = self._folder.load(contact.id)
        except DraftError as exc:
            return None, f"Your unsent draft to {contact.name} could not be restored: {exc}"
        if saved is None:
            return None, ""
        self._written[contact.id] = saved.content
        when = when_saved(saved.saved_at, datetime.now().astimezone())
        return saved.content, f"Restored your unsent draft to {contact.name} from {when}."

    def forget(self, contact_id: int | None) -> None:
        """The message was recorded: its draft is done with, in memory and on disk."""
        self._kept.pop(contact_id, None)
        if contact_id is not None:
            self._earlier.discard(contact_id)
            self._pending[contact_id] = ("", None)
            self.flush()

    def flush(self) -> None:
        """Write what is waiting now (also on quitting, and before a test reads the disk)."""
        self._timer.stop()
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
                self.problem.emit(str(exc))
                continue
            self._written[contact_id] = content
            self._earlier.discard(contact_id)
