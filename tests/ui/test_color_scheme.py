"""Light and dark: the window follows the system's colour scheme while it runs, and the
colours Rapport adds stay readable in both.

Qt's offscreen platform has no system colour scheme to switch, so these tests emit the
signal the platform emits on a switch (QStyleHints.colorSchemeChanged); everything from
there on is the app's real code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.ui.compose.message_view import MessageView
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact

Switch = Callable[[Qt.ColorScheme], None]
STOCK = "Hi Ana, I'd like to add you to my professional network."


def contrast(front: QColor, back: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(front), luminance(back)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Switch]:
    hints = qapp.styleHints()

    def to(scheme: Qt.ColorScheme) -> None:
        hints.colorSchemeChanged.emit(scheme)

    yield to
    to(hints.colorScheme())  # back to what the platform says, for the tests that follow


def underlines(view: MessageView) -> list[QColor]:
    selections = view.extraSelections()  # held: the formats live as long as the list
    return [QColor(selection.format.underlineColor()) for selection in selections]


def text_on_window(label: QLabel) -> float:
    label.ensurePolished()
    palette = label.palette()
    return contrast(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    )


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_custom_colours_read_well_in_both_schemes(
    qtbot: QtBot, window: MainWindow, switch: Switch, scheme: Qt.ColorScheme
) -> None:
    switch(scheme)
    dark = scheme == Qt.ColorScheme.Dark
    assert (QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128) == dark
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.message.setPlainText(STOCK)
    checks = window.composer.checks
    assert checks.verdict.property("verdict") == "generic"
    for label in (checks.verdict, checks.grammar_state, window.contacts.count_label):
        assert text_on_window(label) >= 4.5, label.accessibleName() or label.text()
    base = window.composer.message.palette().color(QPalette.ColorRole.Base)
    colours = underlines(window.composer.message)
    assert colours
    for colour in colours:
        assert contrast(colour, base) >= 4.5


def test_a_live_switch_recolours_what_is_on_screen(
    qtbot: QtBot, window: MainWindow, switch: Switch
) -> None:
    select_contact(window, "Ana Souza")
    window.composer.select_template("invite-met-at-event")
    window.composer.message.setPlainText(STOCK)
    view = window.composer.message
    light_underlines = underlines(view)
    light_window = QApplication.palette().color(QPalette.ColorRole.Window)

    switch(Qt.ColorScheme.Dark)
    assert view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    assert underlines(view) != light_underlines
    assert text_on_window(window.composer.checks.verdict) >= 4.5

    switch(Qt.ColorScheme.Light)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == light_window
    assert underlines(view) == light_underlines
