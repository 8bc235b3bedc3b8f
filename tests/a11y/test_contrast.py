"""Both palettes Rapport ships pass WCAG 2.1 contrast: 4.5:1 for text, 3:1 for the
borders of text fields, the focus ring and the chart's series; and the app draws with
them (the light one set explicitly, never Qt's default)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.checker import Finding, Severity
from app.stats import Row, Tally
from app.ui.application import create_application
from app.ui.compose.message_view import MessageView
from app.ui.history.rate_chart import RateChart, series_colours
from app.ui.palette import contrast, dark_palette, field_border, focus_ring, light_palette
from app.ui.style import restyle

pytestmark = pytest.mark.a11y

Role = QPalette.ColorRole
PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}
SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
TEXT_ON = [
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),  # every other table row
    (Role.WindowText, Role.Window),
    (Role.PlaceholderText, Role.Base),  # the contact list's second lines
    (Role.PlaceholderText, Role.Window),
    (Role.HighlightedText, Role.Highlight),  # the selected row
    (Role.ButtonText, Role.Button),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]


@pytest.fixture
def scheme(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    create_application()  # the app's style on pytest-qt's application

    def to(name: str) -> None:
        restyle(qapp, SCHEMES[name])

    yield to
    restyle(qapp, qapp.styleHints().colorScheme())


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize(("front", "back"), TEXT_ON, ids=lambda role: role.name)
def test_text_reads_at_4_5_to_1(name: str, front: Role, back: Role) -> None:
    palette = PALETTES[name]()
    ratio = contrast(palette.color(front), palette.color(back))
    assert ratio >= 4.5, f"{name}: {front.name} on {back.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("back", [Role.Base, Role.Window, Role.Button], ids=lambda r: r.name)
def test_field_borders_and_the_focus_ring_stand_out_at_3_to_1(name: str, back: Role) -> None:
    palette = PALETTES[name]()
    behind = palette.color(back)
    assert contrast(focus_ring(palette), behind) >= 3, f"{name}: focus ring on {back.name}"
    if back != Role.Button:  # a text field sits on the window, its text on the base
        assert contrast(field_border(palette), behind) >= 3, f"{name}: border on {back.name}"


@pytest.mark.parametrize("name", PALETTES)
def test_the_app_uses_rapports_palette(scheme: Callable[[str], None], name: str) -> None:
    scheme(name)
    shipped, used = PALETTES[name](), QApplication.palette()
    for front, back in TEXT_ON:
        assert used.color(front) == shipped.color(front), front.name
        assert used.color(back) == shipped.color(back), back.name


@pytest.mark.parametrize("name", PALETTES)
def test_a_focused_field_shows_the_ring_and_others_the_border(
    qtbot: QtBot, scheme: Callable[[str], None], name: str
) -> None:
    scheme(name)
    host = QWidget()
    qtbot.addWidget(host)
    first, second = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(first)
    layout.addWidget(second)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    palette = QApplication.palette()
    ring, border = focus_ring(palette), field_border(palette)
    focused, unfocused = first.grab().toImage(), second.grab().toImage()
    # The ring is two pixels wide all round; the border one, in its own colour.
    assert _share_of_edge(focused, ring) > 0.9
    assert _share_of_edge(unfocused, border) > 0.9
    assert _share_of_edge(unfocused, ring) == 0


@pytest.mark.parametrize("name", PALETTES)
def test_chart_series_stand_out_and_differ_by_more_than_colour(
    qtbot: QtBot, scheme: Callable[[str], None], name: str
) -> None:
    scheme(name)
    chart = RateChart()
    qtbot.addWidget(chart)
    tally = Tally(sent=20, accepted=8, replied=4, declined=2, no_answer=6)
    chart.set_rows([Row(key="invite-met-at-event", label="invite-met-at-event", tally=tally)])
    window = QApplication.palette().color(Role.Window)
    for colour in series_colours(QApplication.palette()):
        assert contrast(colour, window) >= 3, f"{name}: {colour.name()} on the window"
    assert chart.series is not None
    reply, acceptance = chart.series.barSets()
    assert reply.brush().style() != acceptance.brush().style()
    assert reply.brush().color() == series_colours(QApplication.palette())[1]


def _share_of_edge(image: QImage, colour: QColor) -> float:
    """The share of the image's outermost pixels (its border line) in `colour`."""
    width, height = image.width(), image.height()
    dpr = image.devicePixelRatio()
    inset = int(dpr) - 1  # the outermost device pixel of the first logical pixel
    points = [(x, inset) for x in range(2, width - 2)] + [(inset, y) for y in range(2, height - 2)]
    hits = sum(QColor(image.pixel(x, y)).rgb() == colour.rgb() for x, y in points)
    return hits / len(points)


def test_severities_in_the_message_differ_by_underline_style(qtbot: QtBot) -> None:
    view = MessageView()
    qtbot.addWidget(view)
    view.setPlainText("one two three")
    view.set_findings(
        (
            Finding("a", Severity.ERROR, "error", 0, 3),
            Finding("b", Severity.WARNING, "warning", 4, 7),
            Finding("c", Severity.INFO, "note", 8, 13),
        )
    )
    selections = view.extraSelections()  # held: the formats live as long as the list
    styles = {selection.format.underlineStyle() for selection in selections}
    assert len(styles) == 3
