"""The few style rules Rapport adds on top of the platform's own look.

Colours come from the palette, so light and dark themes both work.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def apply_style(app: QApplication) -> None:
    palette = app.palette()
    muted = _blend(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Window), 0.6
    )
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    error = "#ff8a80" if dark else "#b3261e"
    warning = "#ffb74d" if dark else "#b45309"
    good = "#81c784" if dark else "#2e7d32"
    app.setStyleSheet(
        f"""
        QLabel#hint {{ color: {muted}; }}
        QLabel#error {{ color: {error}; }}
        QLabel#error[guidance="true"] {{ color: {muted}; }}
        QLabel#heading {{ font-weight: 600; }}
        QLabel[over="true"] {{ color: {error}; font-weight: 600; }}
        QLabel[verdict="generic"] {{ color: {warning}; font-weight: 600; }}
        QLabel[verdict="personal"] {{ color: {good}; font-weight: 600; }}
        """
    )


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
