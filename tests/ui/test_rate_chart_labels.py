"""The statistics chart names each bar so that it can be told from the others: a long
German title gives way on the axis, the version's language and form of address and the
count stay (QtCharts cut the label at the right, tags first)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from app.stats import Row
from app.stats.outcomes import Tally
from app.ui.history.rate_chart import RateChart

VERSIONS = (
    "invite-same-city.es.usted",
    "invite-same-city.es",
    "invite-met-at-event.de.sie",
    "invite-met-at-event.fr.vous",
    "intro-offer.pt.senhor",
    "",
)


def test_every_bar_keeps_its_language_form_and_count(qtbot: QtBot, shipped_german: None) -> None:
    chart = RateChart()
    qtbot.addWidget(chart)
    chart.resize(560, 600)
    tally = Tally(sent=60, accepted=30, declined=28, replied=2)
    chart.set_rows([Row(name, "", tally) for name in VERSIONS])
    chart.show()
    qtbot.waitExposed(chart)

    axis = next(a for a in chart.chart().axes() if isinstance(a, QBarCategoryAxis))
    assert not axis.truncateLabels()  # drawn as given
    metrics = QFontMetrics(axis.labelsFont())
    widest = max(metrics.horizontalAdvance(label) for label in chart.categories)
    assert widest <= chart.width() * 0.45  # the bars keep the room
    ends = ["(ES, usted)", "(ES)", "(DE, Sie)", "(FR, vous)", "(PT, o senhor)", "Keine Vorlage"]
    assert [
        label.removesuffix("  (n=60)")[-len(end) :]
        for label, end in zip(chart.categories, ends, strict=True)
    ] == ends
    assert chart.categories[2].startswith("Einladung n")
    assert len(set(chart.categories)) == len(VERSIONS)

    chart.resize(1400, 600)  # a wide window: room for the whole titles
    qtbot.waitUntil(
        lambda: "Einladung nach einer Veranstaltung (DE, Sie)  (n=60)" in chart.categories
    )
