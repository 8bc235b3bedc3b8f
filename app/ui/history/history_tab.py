"""The History tab: every message sent, newest first, filtered, with outcomes set in place."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.library.templates import Kind
from app.stats.history import HistoryFilter
from app.store import Outcome
from app.ui.history.model import COLUMNS, OUTCOME_COLUMN, HistoryModel
from app.ui.history.outcome_delegate import OutcomeDelegate
from app.ui.widgets.column_widths import fit_columns
from app.ui.widgets.keyboard import TabLeavingDateEdit, keyboard_table
from app.ui.widgets.kind_text import kind_text
from app.ui.widgets.outcome_text import outcome_text
from app.ui.widgets.template_text import template_text

# Typing a name re-queries the history; wait for a pause in the typing first.
_TYPING_PAUSE_MS = 250
# QDateEdit cannot be empty: its minimum date stands for "any date", shown as "Any".
_ANY_DATE = QDate(2000, 1, 1)
_STRETCHED = COLUMNS.index("Message")
# Short columns that keep their width when the table is narrow: the date and the score.
_KEPT = (COLUMNS.index("Sent"), COLUMNS.index("Score"))
# Typical contents of each column, to size them without reading the history.
_WIDTH_SAMPLES = (
    "yesterday 23:59 ▾",
    "Marcus Whitfield-Moreau",
    "Invite read their work",
    "Reply to a recruiter",
    "",
    "Score",
    "No answer (pending 999 days)",
)


class HistoryPanel(QWidget):
    """Emits `status` with a sentence for the status bar."""

    status = Signal(str)

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.model.problem.connect(self.status)
        self.model.modelReset.connect(self._update_count)

        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Any contact"))
        self.contact.setClearButtonEnabled(True)
        self.contact.setAccessibleName(self.tr("Filter by contact name"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.contact.textChanged.connect(lambda _text: self._typing.start())

        self.template = _combo(self.tr("Filter by template"), [(self.tr("Any template"), None)])
        self.kind = _combo(
            self.tr("Filter by kind"),
            [(self.tr("Any kind"), None), *((kind_text(k), k.value) for k in Kind)],
        )
        self.outcome = _combo(
            self.tr("Filter by outcome"),
            [
                (self.tr("Any outcome"), None),
                *((outcome_text(o), o.value) for o in Outcome),
            ],
        )
        self.since = _date_edit(self.tr("Sent on or after"))
        self.until = _date_edit(self.tr("Sent on or before"))
        for combo in (self.template, self.kind, self.outcome):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filter)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setAccessibleDescription(self.tr("Clear the history filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        self.view = QTableView()
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Messages sent"))
        keyboard_table(self.view)
        self.view.setItemDelegateForColumn(OUTCOME_COLUMN, OutcomeDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        # One click on an outcome opens its list (the README promises outcomes "in a click").
        self.view.clicked.connect(self._clicked)
        # Every column sorts, newest first to begin with; the model reads in that order.
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Fixed row heights and column widths: measuring 100,000 rows' contents to size
        # them would read every page of the history.
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        fit_columns(self.view, _WIDTH_SAMPLES, _STRETCHED, keep=_KEPT)

        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self._lay_out()

    def _lay_out(self) -> None:
        filters = QGridLayout()
        fields: list[tuple[str, QWidget]] = [
            # Alt+<letter> shortcuts that the menu bar (File, View, Contact, Message,
            # Templates) leaves free.
            (self.tr("C&ontact"), self.contact),
            (self.tr("Templ&ate"), self.template),
            (self.tr("&Kind"), self.kind),
            (self.tr("Outcom&e"), self.outcome),
            (self.tr("F&rom", "sent from this date"), self.since),
            (self.tr("Unt&il", "sent until this date"), self.until),
        ]
        for column, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column)
            filters.addWidget(widget, 1, column)
        for column, stretch in enumerate((3, 3, 2, 2, 1, 1)):
            filters.setColumnStretch(column, stretch)
        filters.addWidget(self.clear_button, 1, len(fields))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def set_templates(self, names: Iterable[str]) -> None:
        """The templates the filter offers: those in the library and any in the history."""
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("Any template"), None)
        self.template.addItem(self.tr("No template (imported or typed)"), "")
        titles = {name: template_text(name) for name in set(names) - {""}}
        for name, title in sorted(titles.items(), key=lambda item: item[1].casefold()):
            self.template.addItem(title, name)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        outcome = self.outcome.currentData()
        return HistoryFilter(
            contact=self.contact.text(),
            template=self.template.currentData(),
            kind=self.kind.currentData(),
            outcome=None if outcome is None else Outcome(outcome),
            since=_day_start(self.since.date()),
            until=_day_after(self.until.date()),
        )

    def apply_filter(self) -> None:
        self._typing.stop()
        wanted = self.current_filter()
        if wanted != self.model.history_filter:
            self.model.set_filter(wanted)

    def clear_filters(self) -> None:
        widgets = (self.contact, self.template, self.kind, self.outcome, self.since, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        self.contact.clear()
        for combo in (self.template, self.kind, self.outcome):
            combo.setCurrentIndex(0)
        for edit in (self.since, self.until):
            edit.setDate(_ANY_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == OUTCOME_COLUMN:
            self.view.edit(index)

    def _update_count(self) -> None:
        count = self.model.rowCount()
        filtered = self.model.history_filter != HistoryFilter()
        if filtered:
            text = self.tr("%Ln messages match the filters", "", count)
        else:
            text = self.tr("%Ln messages", "", count)
        self.count_label.setText(text)


def _combo(name: str, items: list[tuple[str, str | None]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _date_edit(name: str) -> QDateEdit:
    edit = TabLeavingDateEdit()
    edit.setAccessibleDescription(name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_ANY_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("HistoryTab", "Any", "any date"))
    edit.setDisplayFormat("d MMM yyyy")
    edit.setDate(_ANY_DATE)
    return edit


def _day_start(day: QDate) -> datetime | None:
    """The start of a day picked in the user's time zone; None for "Any"."""
    if day == _ANY_DATE:
        return None
    return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()


def _day_after(day: QDate) -> datetime | None:
    start = _day_start(day)
    return None if start is None else (start + timedelta(days=1)).astimezone()
