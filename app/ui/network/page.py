"""The Network page: connections to prune or reconnect with, and the network at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.relationships.network_review import (
    NetworkSummary,
    StaleConnection,
    network_summary,
    stale_connections,
)
from app.store import Store
from app.store.export_history import ExportNews, export_news
from app.ui.context_signals import context_signals
from app.ui.network.models import (
    NewsModel,
    NewsRole,
    NewsRow,
    ShareModel,
    StaleModel,
    StaleRole,
    news_rows,
)
from app.ui.tasks import run_task
from app.ui.widgets.keyboard import keyboard_table
from app.ui.widgets.locale_text import count_text, day_text
from app.ui.widgets.scroll_when_short import ScrollWhenShort
from app.ui.widgets.sentence_text import error_text


@dataclass(frozen=True)
class _Review:
    stale: list[StaleConnection]
    summary: NetworkSummary
    news: ExportNews | None


def _review(database: Path) -> _Review:
    """Runs on the thread pool, with its own connection (one per thread)."""
    with Store.open(database) as store:
        return _Review(
            stale_connections(store, datetime.now(UTC)),
            network_summary(store),
            export_news(store.query),
        )


def _table(model: StaleModel | ShareModel | NewsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    keyboard_table(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class NetworkPage(QWidget):
    """Emits `open_requested(contact_id)`, `delete_requested(contact_id)` and
    `congratulate_requested(contact_id)`; the window does the opening, the (confirmed)
    deleting, and opens the congratulations template for someone in a new job."""

    open_requested = Signal(int)
    delete_requested = Signal(int)
    congratulate_requested = Signal(int)
    status = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = context.store.path
        self._loading = self._reload = False
        self.stale = StaleModel()
        self.stale_view = _table(self.stale, self.tr("Connections you may no longer know"))
        self.stale_view.doubleClicked.connect(lambda _index: self._open())
        self.stale_view.selectionModel().currentChanged.connect(self._update_buttons)

        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.setAccessibleName(self.tr("Open the chosen contact to write to them"))
        self.open_button.clicked.connect(self._open)
        self.delete_button = QPushButton(self.tr("Delete from Rapport…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen contact from Rapport"))
        self.delete_button.setToolTip(
            self.tr("Removes them from Rapport only; remove the connection on LinkedIn yourself.")
        )
        self.delete_button.clicked.connect(self._delete)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the network review"))
        self.refresh_button.clicked.connect(self.refresh)

        self.news = NewsModel()
        self.news_view = _table(
            self.news, self.tr("Changed jobs, new and gone since your last export")
        )
        self.news_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.news_view.doubleClicked.connect(lambda _index: self._open_news())
        self.news_intro = QLabel()
        self.news_intro.setObjectName("hint")
        self.news_intro.setWordWrap(True)
        self.congratulate_button = QPushButton(self.tr("Congratulate…"))
        self.congratulate_button.setAccessibleName(
            self.tr("Write to the chosen person about their new job")
        )
        self.congratulate_button.clicked.connect(self._congratulate)

        self.shares = {
            "group": ShareModel(self.tr("Group"), groups=True),
            "strength": ShareModel(self.tr("Relationship")),
            "company": ShareModel(self.tr("Company")),
            "location": ShareModel(self.tr("Location")),
        }
        self.total = QLabel()
        self.total.setObjectName("heading")
        self._lay_out()
        self._update_buttons()
        signals = context_signals(context)
        signals.contacts_changed.connect(self.refresh)
        signals.data_imported.connect(self.refresh)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        stale_box = QGroupBox(self.tr("People you may no longer know"))
        stale_layout = QVBoxLayout(stale_box)
        stale_layout.addWidget(self.intro)
        stale_layout.addWidget(self.stale_view, 1)
        stale_layout.addLayout(buttons)

        news_box = QGroupBox(self.tr("Changed jobs since your last export"))
        news_layout = QVBoxLayout(news_box)
        news_layout.addWidget(self.news_intro)
        news_layout.addWidget(self.news_view, 1)
        news_buttons = QHBoxLayout()
        news_buttons.addWidget(self.congratulate_button)
        news_buttons.addStretch(1)
        news_layout.addLayout(news_buttons)

        summary_box = QGroupBox(self.tr("Your network"))
        grid = QGridLayout(summary_box)
        grid.addWidget(self.total, 0, 0, 1, 2)
        names = {
            "group": self.tr("Contacts by group"),
            "strength": self.tr("Contacts by strength"),
            "company": self.tr("Contacts by company"),
            "location": self.tr("Contacts by location"),
        }
        for position, (key, model) in enumerate(self.shares.items()):
            view = _table(model, names[key])
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            # The label takes the room, so the counts sit next to it rather than far right.
            view.horizontalHeader().setStretchLastSection(False)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            grid.addWidget(view, 1 + position // 2, position % 2)

        boxes = QWidget()
        layout = QVBoxLayout(boxes)
        layout.setContentsMargins(8, 8, 8, 8)
        self._news_box, self._layout = news_box, layout
        layout.addWidget(news_box, 0)  # a line until there is news (see _show_news)
        layout.addWidget(stale_box, 3)
        layout.addWidget(summary_box, 4)
        # Scrolls when the window is shorter than the boxes' least height (150% scaling).
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(ScrollWhenShort(boxes))

    def showEvent(self, event: QShowEvent) -> None:
        """Review when the page is opened: contacts change on the other pages."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Review again in the background; a hidden page reads nothing (see showEvent)."""
        if not self.isVisible():
            return
        if self._loading:
            self._reload = True  # a contact was deleted while reading: read again after
            return
        self._loading, self._reload = True, False
        self.refresh_button.setEnabled(False)
        if not self.total.text():  # the first review: say why the tables are empty
            self.intro.setText(self.tr("Reading your network…"))
        run_task(lambda: _review(self._database), self._reviewed, self)

    def chosen(self) -> StaleConnection | None:
        index = self.stale_view.currentIndex()
        stale: StaleConnection | None = index.data(StaleRole) if index.isValid() else None
        return stale

    def _reviewed(self, review: _Review | None, error: BaseException | None) -> None:
        self._loading = False
        self.refresh_button.setEnabled(True)
        if self._reload:
            self.refresh()
            return
        if review is None:
            assert error is not None  # run_task gives a result or an error
            self.status.emit(
                self.tr("The network review could not be read: {error}").format(
                    error=error_text(error)
                )
            )
            return
        self.stale.set_rows(review.stale)
        count = len(review.stale)
        self.intro.setText(
            self.tr("Nobody here: everyone you marked never met is recent or has heard from you.")
            if not count
            else self.tr(
                "%Ln connections you marked never met, connected over a year ago and never "
                "wrote to. Reconnect on purpose, or prune.",
                "",
                count,
            )
        )
        self._show_news(review.news)
        summary = review.summary
        self.total.setText(self.tr("%Ln contacts", "", summary.total))
        self.shares["group"].set_rows(summary.by_group)
        self.shares["strength"].set_rows(summary.by_strength)
        self.shares["company"].set_rows(summary.by_company)
        self.shares["location"].set_rows(summary.by_location)
        self._update_buttons()

    def _show_news(self, news: ExportNews | None) -> None:
        rows = news_rows(news)
        self.news.set_rows(rows)
        # Until two exports are in, the intro says why there is nothing to list.
        self.news_view.setVisible(bool(rows))
        self.congratulate_button.setVisible(bool(rows))
        self._layout.setStretchFactor(self._news_box, 3 if rows else 0)
        if news is None:
            text = self.tr("Import two LinkedIn exports, a while apart, to see who changed jobs.")
        elif news.previous_on is None:
            text = self.tr("Your export of {day} is the first: import a newer one later.").format(
                day=_export_day(news.exported_on)
            )
        else:
            text = self.tr(
                "Your export of {day} against {previous}: {changed} changed jobs, {new} new, "
                "{gone} no longer there."
            ).format(
                day=_export_day(news.exported_on),
                previous=_export_day(news.previous_on),
                changed=count_text(len(news.changed)),
                new=count_text(len(news.new)),
                gone=count_text(len(news.gone)),
            )
        self.news_intro.setText(text)

    def chosen_news(self) -> NewsRow | None:
        index = self.news_view.currentIndex()
        row: NewsRow | None = index.data(NewsRole) if index.isValid() else None
        return row

    def _update_buttons(self, *_: QModelIndex) -> None:
        chosen = self.chosen() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        news = self.chosen_news()
        self.congratulate_button.setEnabled(news is not None and news.changed_job)

    def _congratulate(self) -> None:
        news = self.chosen_news()
        if news is not None and news.changed_job:
            self.congratulate_requested.emit(news.contact_id)

    def _open_news(self) -> None:
        news = self.chosen_news()
        if news is not None:
            self.open_requested.emit(news.contact_id)

    def _open(self) -> None:
        stale = self.chosen()
        if stale is not None:
            self.open_requested.emit(stale.contact_id)

    def _delete(self) -> None:
        stale = self.chosen()
        if stale is not None:
            self.delete_requested.emit(stale.contact_id)


def _export_day(iso_day: str) -> str:
    """An export's date (kept as "2026-09-28") as the locale writes dates."""
    try:
        return day_text(date.fromisoformat(iso_day))
    except ValueError:
        return iso_day
