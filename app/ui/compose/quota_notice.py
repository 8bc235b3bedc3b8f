"""The personalised-note quota in the composer: a line by the character counter ("2 of
5 personalised notes used this month") and a warning before a note that will not go
through, worded here from the core's count (app/composing/note_quota)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.channels import Channel
from app.composing.note_quota import NoteQuota, QuotaState, allowed_notes, month_start
from app.settings import Settings
from app.store import Store, StoreError
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.sentence_text import error_text


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
            ).format(warning=QuotaText().warning(self.quota)),
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
                ).format(error=error_text(exc))
            else:
                words = QuotaText()
                summary, warning = words.summary(self.quota), words.warning(self.quota)
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


class QuotaText(QObject):
    """The quota's line and warning in the window's language. `tr` finds a plural only on
    an object of exactly this class: nothing subclasses it."""

    def summary(self, quota: NoteQuota) -> str:
        """ "2 of 5 personalised notes used this month"; empty without a quota."""
        if quota.allowed is None:
            return ""
        if quota.state is QuotaState.PAST:
            return self.tr(
                "%Ln personalised notes this month, past the {allowed} your account allows",
                "",
                quota.used,
            ).format(allowed=count_text(quota.allowed))
        return self.tr(
            "{used} of %Ln personalised notes used this month", "", quota.allowed
        ).format(used=count_text(quota.used))

    def warning(self, quota: NoteQuota) -> str:
        """What to tell someone about to write one more note; empty when it will go
        through."""
        match quota.state:
            case QuotaState.USED_UP | QuotaState.PAST:
                return self.tr(
                    "No personalised notes left this month ({used} of {allowed} used): "
                    "LinkedIn will not send this note. Send the invitation without a note, "
                    "wait until next month, or write them a message once they accept."
                ).format(used=count_text(quota.used), allowed=count_text(quota.allowed or 0))
            case QuotaState.LAST_ONE:
                return self.tr(
                    "This is the last personalised note your free account allows this month."
                )
            case QuotaState.OPEN | QuotaState.UNLIMITED:
                return ""
