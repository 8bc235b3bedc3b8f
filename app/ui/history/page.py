"""The History page: the history table, the statistics and the follow-ups, as three tabs.

Nothing is read until the page is first shown, so a long history costs nothing at
start-up; after that, `refresh()` (a message recorded, an import finished) reads again,
at once if the page is showing and when it is next shown otherwise. Statistics and
follow-ups are counted on the thread pool with a connection of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.context import AppContext
from app.settings import Settings
from app.stats import Statistics, compute_statistics
from app.stats.followups import FollowUp, follow_ups
from app.store import Store
from app.ui.context_signals import context_signals
from app.ui.history.followups_tab import FollowUpsView
from app.ui.history.history_tab import HistoryPanel
from app.ui.history.model import HistoryModel
from app.ui.history.stats_tab import StatsView
from app.ui.tasks import run_task
from app.ui.widgets.locale_text import time_text
from app.ui.widgets.sentence_text import error_text

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in the user's time zone (follow-ups count calendar days where they live)."""
    return datetime.now().astimezone()


@dataclass(frozen=True)
class _Counted:
    statistics: Statistics
    follow_ups: list[FollowUp]


def _count(database: Path, settings: Settings, now: datetime) -> _Counted:
    """Runs on the thread pool, with its own connection (one per thread)."""
    with Store.open(database) as store:
        return _Counted(compute_statistics(store, settings, now), follow_ups(store, now))


class HistoryPage(QWidget):
    """Emits `compose_requested(contact_id, template_name)` from the follow-ups, `status`
    with a sentence for the status bar, and `counted` once fresh statistics are shown."""

    compose_requested = Signal(int, str)
    status = Signal(str)
    counted = Signal()

    def __init__(
        self, context: AppContext, clock: Clock = local_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock
        self._stale = True
        self._counting = False
        self._count_again = False

        self.model = HistoryModel(context.store, clock, context.settings.pending_days)
        self.model.outcome_changed.connect(lambda _id: self._recount())
        self.history = HistoryPanel(self.model)
        self.history.status.connect(self.status)
        self.stats = StatsView(context)
        self.followups = FollowUpsView()
        self.followups.compose_requested.connect(self.compose_requested)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("History, statistics and follow-ups"))
        self.tabs.addTab(self.history, self.tr("&History"))
        # In a scroll area: filled, the statistics need more height than a laptop's
        # screen leaves, and the window must never grow past the screen to show them.
        stats_scroll = QScrollArea()
        stats_scroll.setWidget(self.stats)
        stats_scroll.setWidgetResizable(True)
        stats_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._stats_scroll = stats_scroll
        self.tabs.addTab(stats_scroll, self.tr("&Statistics"))
        self.tabs.addTab(self.followups, self.tr("Follow-&ups"))

        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 8)
        layout.addWidget(self.tabs)
        signals = context_signals(context)
        for changed in (
            signals.settings_changed,  # the pending window
            signals.data_imported,
            signals.message_recorded,
        ):
            changed.connect(self.refresh)

    def show_statistics(self) -> None:
        """Bring the Statistics tab forward (it sits in a scroll area of its own)."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self._stats_scroll))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the history again (it changed): now if showing, else when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.history.set_templates(t.name for t in self._context.library.templates)
        self.model.set_pending_days(self._context.settings.pending_days)
        self._recount()

    def _recount(self) -> None:
        if self._counting:
            self._count_again = True  # the history changed while counting: count again
            return
        self._counting = True
        self.stats.show_state(self.tr("Counting…"))
        database, settings, now = self._context.store.path, self._context.settings, self._clock()
        run_task(lambda: _count(database, settings, now), self._counted, self)

    def _counted(self, counted: _Counted | None, error: BaseException | None) -> None:
        self._counting = False
        if self._count_again:
            self._count_again = False
            self._recount()
            return
        if counted is None:
            assert error is not None  # run_task gives a result or an error
            message = self.tr("The statistics could not be counted: {error}").format(
                error=error_text(error)
            )
            self.stats.show_state(message)
            self.status.emit(message)
            return
        statistics = counted.statistics
        self.stats.show_statistics(statistics)
        self.stats.show_state(
            self.tr(
                "{messages} to {contacts}, as of {time}. Acceptance counts invitations "
                "accepted (replied ones included) out of those decided; invitations pending "
                "over {days} count as no answer."
            ).format(
                messages=self.tr("%Ln messages", "", statistics.overall.sent),
                contacts=self.tr("%Ln contacts", "", statistics.contacts),
                time=time_text(statistics.now),
                days=self.tr("%Ln days", "", statistics.pending_days),
            )
        )
        self.followups.set_items(counted.follow_ups)
        self.history.set_templates(
            [t.name for t in self._context.library.templates]
            + [str(row.key) for row in statistics.by_template.rows]
        )
        self.counted.emit()
