"""Which invitation works for people like the current contact: the invitation templates
ranked from the user's own history (app/learning), each with its counts, expected
acceptance, 95% interval and chance of being the best; the winner or "too early to
tell"; an opt-in explore pick; and whether a personalised note is worth spending.

Counted on the thread pool with a connection of its own, again only when something the
ranking depends on changes (the contact's group, strength or place, or the history);
a result that arrives after another was asked for is dropped.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.contacts import Contact
from app.context import AppContext
from app.library.templates import TemplateLibrary
from app.settings import Settings
from app.store import Store
from app.ui.tasks import run_task
from app.ui.widgets.keyboard import keyboard_table
from app.ui.widgets.locale_text import count_text, percent_text
from app.ui.widgets.sentence_text import error_text
from app.ui.widgets.template_text import template_text

# The model and its wording are imported with the first recommendation, on the thread
# pool (`_recommend`): with the statistics they pull in, they would slow the window's start.
if TYPE_CHECKING:
    from app.learning import Ranked, Recommendation

_COLUMNS = 5  # template, accepted here, expected, interval, chance of being the best

Index = QModelIndex | QPersistentModelIndex


class RecommendationModel(QAbstractTableModel):
    """The ranked approaches of one recommendation, best first."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[Ranked, ...] = ()

    def set_rows(self, rows: tuple[Ranked, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                self.tr("Template"),
                self.tr("Accepted here"),
                self.tr("Expected"),
                self.tr("95% interval"),
                self.tr("Chance best"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        ranked = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return template_text(ranked.approach.template)
        if column == 1:
            if not ranked.sent:
                return self.tr("not sent yet")
            return self.tr("{accepted} of {sent}").format(
                accepted=count_text(ranked.accepted), sent=count_text(ranked.sent)
            )
        if column == 2:
            return percent_text(ranked.accept.mean)
        if column == 3:
            low, high = ranked.accept.interval()
            return f"{percent_text(low, sign=False)}–{percent_text(high)}"
        if ranked.p_best is None:
            return self.tr("never tried")
        return QLocale().toString(ranked.p_best, "f", 2)


def _recommend(
    database: Path, settings: Settings, library: TemplateLibrary, contact: Contact, now: datetime
) -> Recommendation:
    """Runs on the thread pool, with its own connection (one per thread)."""
    from app.learning import recommend_for

    with Store.open(database) as store:
        return recommend_for(store, settings, library, contact, now)


class RecommendationsView(QGroupBox):
    def __init__(
        self,
        context: AppContext,
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        rng: random.Random | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RecommendationsView", "What works for people like them"),
            parent,
        )
        self._context = context
        self._clock = clock
        self._rng = rng or random.Random()
        self._contact: Contact | None = None
        self._asked: tuple[object, ...] | None = None
        self._token = 0
        self.recommendation: Recommendation | None = None

        self.state = QLabel(
            self.tr("Pick a contact to see which invitation works for people like them.")
        )
        self.state.setWordWrap(True)
        self.model = RecommendationModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Invitation templates ranked for this contact"))
        keyboard_table(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # The composer has little height to spare: the ranking opens beside it.
        self.ranking = QDialog(self)
        self.ranking.setWindowTitle(self.tr("Invitation templates ranked"))
        self.ranking.resize(640, 260)
        QVBoxLayout(self.ranking).addWidget(self.table)
        self.show_ranking = QToolButton()
        self.show_ranking.setText(self.tr("Ranking…"))
        self.show_ranking.setToolTip(
            self.tr("Every invitation template with its counts and interval")
        )
        self.show_ranking.clicked.connect(self.ranking.show)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.explore = QCheckBox(self.tr("Explore: suggest the template that would teach the most"))
        self.explore.toggled.connect(self._show_explore)
        self.explored = QLabel()
        self.explored.setObjectName("hint")
        self.explored.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        self.state.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict, 1)
        verdict_row.addWidget(self.show_ranking)
        layout.addLayout(verdict_row)
        for widget in (self.explore, self.explored, self.notes):
            layout.addWidget(widget)
        self._show(None)

    def set_contact(self, contact: Contact | None) -> None:
        """Rank for `contact`; counted again only when what the ranking reads changed."""
        self._contact = contact
        asked = None if contact is None else (contact.group, contact.strength, contact.location)
        if asked != self._asked:
            self._asked = asked
            self.refresh()

    def refresh(self) -> None:
        """Count again (the history or the settings changed)."""
        self._token += 1
        contact = self._contact
        if contact is None:
            self._show(None)
            return
        token, context, now = self._token, self._context, self._clock()
        database, settings, library = context.store.path, context.settings, context.library
        self.state.setText(
            self.tr("Counting what worked for people like {name}…").format(name=contact.name)
        )
        run_task(
            lambda: _recommend(database, settings, library, contact, now),
            lambda result, error: self._counted(token, result, error),
            self,
        )

    def _counted(
        self, token: int, result: Recommendation | None, error: BaseException | None
    ) -> None:
        if token != self._token:
            return  # another contact or history was asked for meanwhile
        if result is None:
            assert error is not None  # run_task gives a result or an error
            self._show(None)
            self.state.setText(
                self.tr("The recommendations could not be counted: {error}").format(
                    error=error_text(error)
                )
            )
            return
        self._show(result)

    def _show(self, result: Recommendation | None) -> None:
        self.recommendation = result
        self.model.set_rows(result.approaches if result else ())
        for widget in (self.verdict, self.show_ranking, self.explore, self.explored, self.notes):
            widget.setVisible(result is not None)
        if result is None:
            return
        from app.ui.compose.recommendation_text import (
            note_advice_text,
            segment_text,
            verdict_text,
        )

        if result.pending:
            state = self.tr(
                "For {segment}, from your own history. %Ln invitations still pending are not "
                "counted yet.",
                "",
                result.pending,
            )
        else:
            state = self.tr("For {segment}, from your own history.")
        self.state.setText(state.format(segment=segment_text(result.people)))
        self.verdict.setText(verdict_text(result))
        self.notes.setText(note_advice_text(result.note_advice))
        self._show_explore()

    def _show_explore(self) -> None:
        from app.learning.explore import explore

        result = self.recommendation
        picked = explore(result, self._rng) if result and self.explore.isChecked() else None
        self.explored.setVisible(picked is not None)
        if picked is not None:
            self.explored.setText(
                self.tr(
                    "Exploring: send {template} this time. It was drawn from what each "
                    "template could still turn out to be, so the less-tested ones come up as "
                    "often as they could well be the best."
                ).format(template=template_text(picked.approach.template))
            )
