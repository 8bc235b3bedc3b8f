"""The personalised-note quota in the composer: a line by the character counter ("2 of
5 personalised notes used this month") and a warning before a note that will not go
through."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.channels import Channel
from app.composing.note_quota import NoteQuota, allowed_notes, month_start
from app.settings import Settings
from app.store import Store, StoreError


class QuotaNotice:
    """Owns the two labels; the composer places them. Counting asks the database, so the
    count is kept until the month turns or `recount` is called (a note was recorded, or
    the user opened another contact or template), not redone on every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.line = QLabel(parent)
        self.line.setObjectName("hint")
        self.line.setWordWrap(True)  # long beside the counter: the composer would not narrow
        self.line.setAccessibleDescription(
            QCoreApplication.translate("QuotaNotice", "Personalised notes used this month")
        )
        self.warning = QLabel(parent)
        self.warning.setObjectName("error")
        self.warning.setAccessibleDescription(
            QCoreApplication.translate("QuotaNotice", "Note quota warning")
        )
        self.warning.setWordWrap(True)
        self._counted: tuple[datetime, int] | None = None
        self.quota: NoteQuota | None = None

    def recount(self) -> None:
        self._counted = None

    def confirm_past_quota(self, parent: QWidget) -> bool:
        """Before recording a note: True when it is within the quota, or the user, told
        LinkedIn will not send it, still wants it recorded."""
        if self.quota is None or not self.quota.exhausted:
            return True
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("QuotaNotice", "Past this month's note quota"),
            QCoreApplication.translate(
                "QuotaNotice", "{warning}\n\nRecord this note as sent anyway?"
            ).format(warning=self.quota.warning()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_for(self, channel: Channel | None, store: Store, settings: Settings) -> None:
        """Show the quota when the message is a connection note; hide it otherwise."""
        self.quota = None
        summary = warning = ""
        if channel is Channel.LINKEDIN_NOTE:
            try:
                self.quota = self._quota(store, settings)
            except StoreError as exc:
                summary = QCoreApplication.translate(
                    "QuotaNotice", "The notes sent this month could not be counted: {error}"
                ).format(error=exc)
            else:
                summary, warning = self.quota.summary(), self.quota.warning()
        self.line.setText(summary)
        self.line.setVisible(bool(summary))
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        # The last note of the month is worth knowing about; past the quota is a problem.
        guidance = not (self.quota and self.quota.exhausted)
        if self.warning.property("guidance") != guidance:
            self.warning.setProperty("guidance", guidance)
            self.warning.style().unpolish(self.warning)
            self.warning.style().polish(self.warning)

    def _quota(self, store: Store, settings: Settings) -> NoteQuota:
        allowed = allowed_notes(settings)
        if allowed is None:
            return NoteQuota(0, None)  # Premium: nothing to count
        start = month_start()
        if self._counted is None or self._counted[0] != start:
            self._counted = (start, store.notes_sent_since(start))
        return NoteQuota(self._counted[1], allowed)
