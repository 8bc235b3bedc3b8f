"""The few style rules Rapport adds on top of the platform's own look, light and dark.

Rapport follows the system's colour scheme, also when it changes while Rapport runs,
with its own light and dark palettes (app/ui/palette.py), which pass WCAG contrast where
Qt's default and the platforms' do not always. The colours it adds, secondary text, the
checker's underlines and the verdict, are picked for the palette in use, so they read
well on both.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.checker import Severity
from app.ui.field_frames import FieldFrames
from app.ui.palette import dark_palette, light_palette

# Dynamic properties on the QApplication: whether the platform's own palette was dark
# (what an unknown scheme means), and whether the scheme signal is connected
# (create_application may run more than once on one application).
_PLATFORM_DARK = "rapportPlatformPaletteDark"
_FOLLOWING = "rapportFollowsColorScheme"

# Text contrast of 4.5:1 or more (WCAG AA): the light ones on a light window or base,
# the dark ones on a dark window or base (checked against the palettes in use).
_ERROR = ("#b3261e", "#ff8a80")
_WARNING = ("#a34a07", "#ffb74d")
_GOOD = ("#2a7230", "#81c784")
_INFO = ("#1565c0", "#82b1ff")

_SEVERITY_COLOURS = {Severity.ERROR: _ERROR, Severity.WARNING: _WARNING, Severity.INFO: _INFO}


def apply_style(app: QApplication) -> None:
    """Style the application now, and again whenever the system's colour scheme changes."""
    hints = app.styleHints()
    if not app.property(_FOLLOWING):
        app.setProperty(_FOLLOWING, True)
        hints.colorSchemeChanged.connect(lambda scheme: restyle(app, scheme))
        if app.style().name() == "fusion":
            app.setStyle(FieldFrames("fusion"))
    restyle(app, hints.colorScheme())


def restyle(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Match the palette to `scheme` and redo the style sheet's colours for it."""
    if app.property(_PLATFORM_DARK) is None:
        app.setProperty(_PLATFORM_DARK, is_dark(app.palette()))
    unknown = scheme == Qt.ColorScheme.Unknown
    dark = scheme == Qt.ColorScheme.Dark or (unknown and bool(app.property(_PLATFORM_DARK)))
    app.setPalette(dark_palette() if dark else light_palette())  # palette.py says why
    palette = app.palette()
    dark = is_dark(palette)
    muted = _blend(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Window), 0.6
    )
    error, warning, good = (pair[dark] for pair in (_ERROR, _WARNING, _GOOD))
    app.setStyleSheet(
        f"""
        QLabel#hint {{ color: {muted}; }}
        QLabel#error {{ color: {error}; }}
        QLabel#error[guidance="true"] {{ color: {muted}; }}
        QLabel#heading {{ font-weight: 600; }}
        QLabel[over="true"] {{ color: {error}; font-weight: 600; }}
        QLabel[verdict="generic"] {{ color: {warning}; font-weight: 600; }}
        QLabel[verdict="personal"] {{ color: {good}; font-weight: 600; }}
        QLabel[verdict="blocked"] {{ color: {error}; font-weight: 600; }}
        """
    )


@contextmanager
def styled_when_built(app: QApplication) -> Iterator[None]:
    """Build widgets without the application's style sheet, and style them when built.

    Under an application style sheet, Qt styles a widget again, with everything in it,
    each time it is put into another widget; a window built from its leaves up, as
    Qt windows are, is styled many times over (a tenth of Rapport's start-up). Set when
    the window is complete, the sheet styles each widget once, before it is shown.

    Only while no other widget exists (no dialog of the first launch still waiting to
    be deleted): Qt leaves a widget styled under a sheet that is taken away and set
    again pointing at the old one, and a later restyle then crashes."""
    sheet = app.styleSheet()
    if not sheet or app.allWidgets():
        yield
        return
    app.setStyleSheet("")
    try:
        yield
    finally:
        app.setStyleSheet(sheet)


def hold_size(label: QLabel, widest: str, *, bold: bool = False) -> None:
    """Give a label that changes on every keystroke a fixed size that fits `widest`.

    Qt passes a label's new text up through the layouts whenever the label's size may
    change; in the composer that reaches the splitter holding every panel, which then
    lays out and repaints the whole window, keystroke after keystroke."""
    font = QFont(label.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    label.setFixedSize(metrics.horizontalAdvance(widest) + 2, metrics.height())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    """The underline colour for a finding, readable on the palette's text background."""
    light, dark = _SEVERITY_COLOURS[severity]
    return QColor(dark if palette.color(QPalette.ColorRole.Base).lightness() < 128 else light)


def app_icon(folder: Path, name: str) -> QIcon:
    """The app's icon from a freedesktop `hicolor` folder: every PNG size, so each
    place that shows it (title bar, task switcher, dock) gets a crisp one."""
    icon = QIcon()
    for png in sorted(folder.glob(f"*/apps/{name}.png")):
        icon.addFile(str(png))
    return icon


def _blend(front: QColor, back: QColor, share: float) -> str:
    """A colour between the text and the background: secondary text that stays readable
    in light and dark themes. (The palette's placeholder colour is the text colour with
    transparency, which a style sheet's #rrggbb cannot carry.)"""

    def mix(f: int, b: int) -> int:
        return round(share * f + (1 - share) * b)

    return QColor(
        mix(front.red(), back.red()),
        mix(front.green(), back.green()),
        mix(front.blue(), back.blue()),
    ).name()
