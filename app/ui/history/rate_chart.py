"""Acceptance and reply rates per template as bars, each with its 95% interval drawn on it.

QtCharts has no error-bar series, so the intervals are one path item laid over the
chart and redrawn whenever the plot area moves: a line from the low to the high end of
the interval with a short cap at each end, centred on its bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsPathItem, QToolTip, QWidget

from app.library.names import version_of, with_tags
from app.stats import Rate, Row
from app.ui.widgets.breakdown_text import rate_text
from app.ui.widgets.locale_text import count_text
from app.ui.widgets.template_text import template_text

# Paul Tol's colour-blind-safe blue and orange, (acceptance, reply) for a light and a
# dark window: 3:1 or more against it (WCAG 1.4.11), which Tol's orange is not on light.
# The reply bars are hatched as well, so the two are told apart without colour.
_SERIES_COLOURS = {False: ("#4477aa", "#c05a1c"), True: ("#77aadd", "#ee7733")}
_REPLY_PATTERN = Qt.BrushStyle.BDiagPattern
_CAP_PIXELS = 4.0
_ROW_PIXELS = 46
# The share of the chart's width its row labels may take (QtCharts lays the plot out
# beside them and clips, at the chart's edge, what does not fit), and their least width.
_LABEL_SHARE = 0.4
_LABEL_MIN_CHARACTERS = 18


@dataclass(frozen=True)
class _Whisker:
    category: int
    bar: int  # which bar of its category, in the order the sets were added
    low: float
    high: float


class RateChart(QChartView):
    """Shows `set_rows(rows)`: one category per row with decided invitations."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(
            self.tr("Acceptance and reply rates by template, with 95% intervals")
        )
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # The sets are added reply first (see set_rows); list acceptance first all the same.
        chart.legend().setReverseMarkers(True)
        chart.setBackgroundVisible(False)
        self.setChart(chart)
        self.setStyleSheet("background: transparent")
        self._whiskers = QGraphicsPathItem(chart)
        self._whiskers.setZValue(10)
        self._intervals: list[_Whisker] = []
        self._rates: list[tuple[Rate, Rate]] = []
        self._labels: list[str] = []
        self._rows: list[Row] = []
        self._whole: list[str] = []
        self.series: QHorizontalBarSeries | None = None
        chart.plotAreaChanged.connect(lambda _area: self._draw_whiskers())

    @property
    def categories(self) -> list[str]:
        """The rows shown, top first."""
        return list(reversed(self._labels))

    @property
    def intervals(self) -> list[tuple[str, str, float, float]]:
        """(row, bar, low %, high %) of every interval drawn, top row first."""
        names = ("Reply rate", "Acceptance rate")
        drawn = [(self._labels[w.category], names[w.bar], w.low, w.high) for w in self._intervals]
        return sorted(drawn, key=lambda item: self.categories.index(item[0]))

    def set_rows(self, rows: Sequence[Row]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        shown = [row for row in rows if row.tally.decided]
        # A horizontal bar chart draws its first category at the bottom: reverse, so the
        # list reads top-down in the order given.
        shown.reverse()
        self._rows = list(rows)
        metrics = QFontMetrics(chart.font())
        self._labels = _category_labels(shown, metrics, self._label_width())
        self._whole = [_category_label(row, metrics, None) for row in shown]  # for tooltips
        self._rates = [(row.tally.acceptance, row.tally.reply) for row in shown]

        # Within a category the first set is drawn lowest: reply first puts acceptance on top.
        reply = QBarSet(self.tr("Reply rate (of those accepted)"))
        acceptance = QBarSet(self.tr("Acceptance rate"))
        self._intervals = []
        for category, (accepted, replied) in enumerate(self._rates):
            for bar, (barset, rate) in enumerate(((reply, replied), (acceptance, accepted))):
                barset.append(100 * (rate.value or 0.0))
                interval = rate.interval
                if interval is not None:
                    self._intervals.append(
                        _Whisker(category, bar, 100 * interval[0], 100 * interval[1])
                    )
        series = QHorizontalBarSeries()
        series.append(reply)
        series.append(acceptance)
        series.setBarWidth(0.7)
        series.hovered.connect(self._hovered)
        chart.addSeries(series)
        self.series = series

        categories = QBarCategoryAxis()
        # The labels are bounded already, keeping their tags; QtCharts would cut them at
        # the right, tags first.
        categories.setTruncateLabels(False)
        categories.append(self._labels)
        values = QValueAxis()
        values.setRange(0, 100)
        # A labelled line every 20%, a faint one between: 11 labels crowd a narrow chart.
        values.setTickCount(6)
        values.setMinorTickCount(1)
        values.setLabelFormat("%d%%")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self._apply_palette()
        self.setMinimumHeight(120 + _ROW_PIXELS * max(1, len(shown)))
        self._draw_whiskers()

    def _label_width(self) -> int:
        least = QFontMetrics(self.chart().font()).averageCharWidth() * _LABEL_MIN_CHARACTERS
        return max(least, int(self.width() * _LABEL_SHARE))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._rows and event.size().width() != event.oldSize().width():
            self.set_rows(self._rows)  # the labels' room changed: cut them again

    def _draw_whiskers(self) -> None:
        path = QPainterPath()
        series = self.series
        if series is not None:
            chart = self.chart()
            sets = len(series.barSets())
            width = series.barWidth() / sets
            for whisker in self._intervals:
                # Bars of a category share `barWidth` of it, centred on the category.
                centre = whisker.category - series.barWidth() / 2 + width * (whisker.bar + 0.5)
                low = chart.mapToPosition(QPointF(whisker.low, centre), series)
                high = chart.mapToPosition(QPointF(whisker.high, centre), series)
                path.moveTo(low)
                path.lineTo(high)
                for end in (low, high):
                    path.moveTo(end.x(), end.y() - _CAP_PIXELS)
                    path.lineTo(end.x(), end.y() + _CAP_PIXELS)
        self._whiskers.setPath(path)

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        pen = QPen(text, 1.6)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self._whiskers.setPen(pen)
        chart = self.chart()
        chart.legend().setLabelColor(text)
        if self.series is not None:
            reply, acceptance = self.series.barSets()
            accepted_colour, replied_colour = series_colours(palette)
            acceptance.setColor(accepted_colour)
            acceptance.setBorderColor(accepted_colour)
            reply.setBrush(QBrush(replied_colour, _REPLY_PATTERN))
            reply.setPen(QPen(replied_colour, 1.5))
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))

    def _hovered(self, status: bool, index: int, barset: QBarSet) -> None:
        if not status or not 0 <= index < len(self._rates):
            QToolTip.hideText()
            return
        accepted, replied = self._rates[index]
        if self.series is not None and barset.label() == self.series.barSets()[0].label():
            what = self.tr("Replied, of those accepted: {rate}").format(rate=rate_text(replied))
        else:
            what = self.tr("Accepted: {rate}").format(rate=rate_text(accepted))
        text = f"{self._whole[index]}\n{what}"
        QToolTip.showText(QCursor.pos(), text, self)


def series_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The (acceptance, reply) bar colours for the window colour of `palette`."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    acceptance, reply = _SERIES_COLOURS[dark]
    return QColor(acceptance), QColor(reply)


def _category_labels(rows: Sequence[Row], metrics: QFontMetrics, width: int) -> list[str]:
    """ "Einladung nach einer Vera… (DE, Sie)  (n=38)" in `width` pixels: a long title gives
    way, the version's language and form of address and the count stay, so that each bar
    is told from the others (the table beside the chart gives the whole title). Labels
    that the cut would make the same keep their whole titles: each category needs its own."""
    whole = [_category_label(row, metrics, None) for row in rows]
    cut = [_category_label(row, metrics, width) for row in rows]
    return [c if cut.count(c) == 1 else w for c, w in zip(cut, whole, strict=True)]


def _category_label(row: Row, metrics: QFontMetrics, width: int | None) -> str:
    if row.key:
        base, tags = version_of(str(row.key))
        title = template_text(base)
    else:
        title, tags = QCoreApplication.translate("RateChart", "No template"), ()
    label = QCoreApplication.translate("RateChart", "{template}  (n={count})")
    count = count_text(row.tally.decided)
    if width is not None:
        rest = metrics.horizontalAdvance(label.format(template=with_tags("", tags), count=count))
        title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(0, width - rest))
    return label.format(template=with_tags(title, tags), count=count)
