"""The Statistics tab: the headline rates, every breakdown as a table, the per-template
chart with intervals, and which differences mean something, in words."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext
from app.stats import Breakdown, Rate, Statistics, Verdict
from app.ui.history.comparison_text import comparison_text
from app.ui.history.next_steps_view import NextStepsView
from app.ui.history.rate_chart import RateChart
from app.ui.history.stats_models import BreakdownModel, sorted_breakdown
from app.ui.widgets.keyboard import keyboard_splitter, keyboard_table
from app.ui.widgets.locale_text import count_text, duration_text, percent_text
from app.ui.widgets.template_text import template_text


def _key_titles() -> dict[str, tuple[str, str]]:
    """Per breakdown: what the first column of its table is called, and how the
    "Break down by" list names it."""

    return {
        "note": (
            QCoreApplication.translate(
                "StatsView", "Invitations", "column: with or without a note"
            ),
            QCoreApplication.translate("StatsView", "invitations", "break down by"),
        ),
        "template": (
            QCoreApplication.translate("StatsView", "Template", "column"),
            QCoreApplication.translate("StatsView", "template", "break down by"),
        ),
        "kind": (
            QCoreApplication.translate("StatsView", "Kind", "column"),
            QCoreApplication.translate("StatsView", "kind", "break down by"),
        ),
        "group": (
            QCoreApplication.translate("StatsView", "Group", "column"),
            QCoreApplication.translate("StatsView", "group", "break down by"),
        ),
        "strength": (
            QCoreApplication.translate("StatsView", "Relationship strength", "column"),
            QCoreApplication.translate("StatsView", "relationship strength", "break down by"),
        ),
        "score": (
            QCoreApplication.translate("StatsView", "Checker score", "column"),
            QCoreApplication.translate("StatsView", "checker score", "break down by"),
        ),
        "month": (
            QCoreApplication.translate("StatsView", "Month", "column"),
            QCoreApplication.translate("StatsView", "month", "break down by"),
        ),
    }


def _verdict_headings() -> dict[Verdict, str]:
    return {
        Verdict.MEANINGFUL: QCoreApplication.translate(
            "StatsView", "Differences unlikely to be chance"
        ),
        Verdict.CHANCE: QCoreApplication.translate(
            "StatsView", "Differences that could well be chance"
        ),
        Verdict.TOO_FEW: QCoreApplication.translate("StatsView", "Too few to tell yet"),
    }


class _Card(QFrame):
    """A headline figure: what it is, the figure, and the counts behind it."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("hint")
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def set_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setAccessibleDescription(
            self.tr("{value}. {detail}").format(value=value, detail=detail)
        )


class StatsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_steps = NextStepsView(context)
        self.statistics: Statistics | None = None
        self.state = QLabel(self.tr("Counting…"))
        self.state.setObjectName("hint")
        self.state.setWordWrap(True)  # a long line would set the whole tab's width
        self.acceptance = _Card(self.tr("Acceptance rate"))
        self.reply = _Card(self.tr("Reply rate"))
        self.speed = _Card(self.tr("Median time to acceptance"))
        self.waiting = _Card(self.tr("Still pending"))

        self.breakdown = QComboBox()
        self.breakdown.setAccessibleDescription(self.tr("Break the statistics down by"))
        self.breakdown.currentIndexChanged.connect(self._show_breakdown)
        self.model = BreakdownModel()
        self.proxy = sorted_breakdown(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Statistics broken down"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        keyboard_table(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.chart = RateChart()
        self.findings = QTextBrowser()
        self.findings.setAccessibleName(self.tr("What the differences mean"))
        self.findings.setOpenLinks(False)
        self._lay_out()

    def _lay_out(self) -> None:
        cards = QHBoxLayout()
        for card in (self.acceptance, self.reply, self.speed, self.waiting):
            cards.addWidget(card, 1)

        chooser = QHBoxLayout()
        label = QLabel(self.tr("&Break down by"))
        label.setBuddy(self.breakdown)
        chooser.addWidget(label)
        chooser.addWidget(self.breakdown, 1)
        table_box = QGroupBox(self.tr("Breakdown"))
        table_layout = QVBoxLayout(table_box)
        table_layout.addLayout(chooser)
        table_layout.addWidget(self.table, 1)

        chart_box = QGroupBox(self.tr("Acceptance and reply rates by template, with 95% intervals"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)

        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.setChildrenCollapsible(False)
        middle.addWidget(table_box)
        middle.addWidget(chart_box)
        # Proportions, until the splitters are first laid out.
        middle.setSizes([5000, 4000])
        keyboard_splitter(middle, [self.tr("Between the statistics table and the chart")])

        findings_box = QGroupBox(self.tr("What the differences mean"))
        findings_layout = QVBoxLayout(findings_box)
        findings_layout.addWidget(self.findings)

        body = QSplitter(Qt.Orientation.Vertical)
        body.setChildrenCollapsible(False)
        body.addWidget(middle)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(findings_box)
        lower.addWidget(self.next_steps)
        body.addWidget(lower)
        body.setSizes([6000, 2500])
        keyboard_splitter(body, [self.tr("Above what the differences mean")])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(cards)
        layout.addWidget(body, 1)

    def show_state(self, text: str) -> None:
        """A line above the figures: counting, counted when, or why it failed."""
        self.state.setText(text)

    def show_statistics(self, statistics: Statistics) -> None:
        self.statistics = statistics
        overall = statistics.overall
        self.acceptance.set_figure(
            *_headline(
                overall.acceptance,
                self.tr("No decided invitations yet."),
                self.tr(
                    "{successes} of %Ln decided invitations. 95% interval {low}–{high}.",
                    "",
                    overall.acceptance.trials,
                ),
            )
        )
        self.reply.set_figure(
            *_headline(
                overall.reply,
                self.tr("No accepted invitations yet."),
                self.tr(
                    "{successes} of %Ln accepted invitations. 95% interval {low}–{high}.",
                    "",
                    overall.reply.trials,
                ),
            )
        )
        if statistics.median_hours_to_accept is None:
            self.speed.set_figure(
                "–", self.tr("No accepted invitation with a known acceptance time yet.")
            )
        else:
            self.speed.set_figure(
                duration_text(statistics.median_hours_to_accept),
                self.tr(
                    "Of %Ln accepted invitations, half were accepted sooner, half later.",
                    "",
                    statistics.timed_acceptances,
                ),
            )
        self.waiting.set_figure(
            count_text(overall.pending),
            self.tr(
                "Invitations sent in the last %Ln days and not yet answered; left out of "
                "the rates until they are, or until the window passes.",
                "",
                statistics.pending_days,
            ),
        )
        chosen = self.breakdown.currentData()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        titles = _key_titles()
        for breakdown in statistics.breakdowns:
            self.breakdown.addItem(titles[breakdown.name][1], breakdown.name)
        self.breakdown.setCurrentIndex(max(0, self.breakdown.findData(chosen or "template")))
        self.breakdown.blockSignals(False)
        self._show_breakdown()
        self.chart.set_rows(titled(statistics.by_template).rows)
        self.findings.setHtml(_findings_html(statistics))
        self.next_steps.recount(statistics.now)

    def _show_breakdown(self) -> None:
        if self.statistics is None:
            return
        name = self.breakdown.currentData()
        found = next((b for b in self.statistics.breakdowns if b.name == name), None)
        if found is not None:
            self.model.set_breakdown(titled(found), _key_titles()[found.name][0])


def titled(breakdown: Breakdown) -> Breakdown:
    """The template breakdown with each template under the name the composer shows."""
    if breakdown.name != "template":
        return breakdown
    rows = tuple(
        dataclasses.replace(row, label=template_text(str(row.key))) if row.key else row
        for row in breakdown.rows
    )
    return dataclasses.replace(breakdown, rows=rows)


def _headline(rate: Rate, none_yet: str, counted: str) -> tuple[str, str]:
    """The figure and the sentence under it; `counted` has {successes}, {low} and {high}."""
    interval = rate.interval
    if rate.value is None or interval is None:
        return "–", none_yet
    low, high = interval
    return (
        percent_text(rate.value),
        counted.format(
            successes=count_text(rate.successes),
            low=percent_text(low, sign=False),
            high=percent_text(high),
        ),
    )


def _findings_html(statistics: Statistics) -> str:
    if not statistics.comparisons:
        nothing = QCoreApplication.translate(
            "StatsView",
            "Nothing to compare yet: the statistics compare templates, groups, strengths "
            "and scores once invitations of more than one kind have been decided.",
        )
        return f"<p>{html.escape(nothing)}</p>"
    parts = []
    for verdict, heading in _verdict_headings().items():
        sentences = [comparison_text(c) for c in statistics.comparisons if c.verdict is verdict]
        if sentences:
            items = "".join(f"<li>{html.escape(s)}</li>" for s in sentences)
            title = QCoreApplication.translate("StatsView", "{heading} ({count})").format(
                heading=heading, count=count_text(len(sentences))
            )
            parts.append(f"<h4>{html.escape(title)}</h4><ul>{items}</ul>")
    return "".join(parts)
