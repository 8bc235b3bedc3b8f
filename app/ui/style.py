"""The few style rules Rapport adds on top of the platform's own look.

Colours come from the palette, so light and dark themes both work.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def apply_style(app: QApplication) -> None:
    palette = app.palette()
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    error = "#ff8a80" if dark else "#b3261e"
    warning = "#ffb74d" if dark else "#b45309"
    good = "#81c784" if dark else "#2e7d32"
    app.setStyleSheet(
        f"""
        QLabel#hint {{ color: {muted}; }}
        QLabel#error {{ color: {error}; }}
        QLabel#heading {{ font-weight: 600; }}
        QLabel[over="true"] {{ color: {error}; font-weight: 600; }}
        QLabel[verdict="generic"] {{ color: {warning}; font-weight: 600; }}
        QLabel[verdict="personal"] {{ color: {good}; font-weight: 600; }}
        """
    )
