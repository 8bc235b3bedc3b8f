"""The colours Rapport ships, light and dark, picked to pass WCAG 2.1 contrast.

Qt's own light palette fails in two places (placeholder-coloured text at 4.0:1, white
on its selection blue at 3.7:1), and a platform that reports a dark scheme without a
palette gets none at all, so Rapport sets both itself. The pairs that must hold:
4.5:1 for text on what it sits on, 3:1 for the border of a text field and for the
focus ring (WCAG 1.4.3 and 1.4.11). `tests/a11y` computes every one of them.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole

_LIGHT = {
    Role.Window: "#f0f0f0",
    Role.WindowText: "#111111",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f5f5f5",
    Role.Text: "#111111",
    Role.PlaceholderText: "#656565",
    Role.Button: "#f0f0f0",
    Role.ButtonText: "#111111",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#e3e3e3",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#6a6a6a",
    Role.Highlight: "#1f5f9e",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#1f5f9e",
    Role.Link: "#0b57d0",
    Role.LinkVisited: "#6a1b9a",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#111111",
}

_DARK = {
    Role.Window: "#2b2b2f",
    Role.WindowText: "#e8e8ea",
    Role.Base: "#1e1e21",
    Role.AlternateBase: "#26262a",
    Role.Text: "#e8e8ea",
    Role.PlaceholderText: "#a4a4aa",
    Role.Button: "#36363b",
    Role.ButtonText: "#e8e8ea",
    Role.BrightText: "#ff8a80",
    Role.Light: "#4a4a50",
    Role.Midlight: "#3d3d42",
    Role.Mid: "#28282c",
    Role.Dark: "#1b1b1e",
    Role.Shadow: "#0c0c0e",
    Role.Highlight: "#3a6ea5",
    Role.HighlightedText: "#ffffff",
    Role.Accent: "#3a6ea5",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.ToolTipBase: "#3b3b40",
    Role.ToolTipText: "#e8e8ea",
}

# Disabled controls are exempt from the contrast minimum; dimmed enough to read as off.
_DISABLED = {False: ("#8c8c8c", "#c8c8c8"), True: ("#8b8b90", "#4a4a50")}

# How far a text field's border sits from the field towards the text: far enough for
# 3:1 against the field and the window behind it in both palettes.
_BORDER_SHARE = 0.6


def light_palette() -> QPalette:
    """The light palette Rapport ships, the same on every platform."""
    return _palette(_LIGHT, dark=False)


def dark_palette() -> QPalette:
    """The dark palette, for platforms that report a dark scheme without supplying one."""
    return _palette(_DARK, dark=True)


def field_border(palette: QPalette) -> QColor:
    """The border drawn around text fields, combo boxes and date fields."""
    return blend(palette.color(Role.Text), palette.color(Role.Base), _BORDER_SHARE)


def focus_ring(palette: QPalette) -> QColor:
    """The colour of the ring around the control with the keyboard focus.

    The link colour, not the selection colour: white text on the selection needs a dark
    blue in the dark palette, which a ring could not be seen in on the dark window."""
    return palette.color(Role.Link)


def blend(front: QColor, back: QColor, share: float) -> QColor:
    """`share` of `front` over `back`, as an opaque colour."""

    def mix(f: int, b: int) -> int:
        return round(share * f + (1 - share) * b)

    return QColor(
        mix(front.red(), back.red()),
        mix(front.green(), back.green()),
        mix(front.blue(), back.blue()),
    )


def contrast(front: QColor, back: QColor) -> float:
    """WCAG 2.1 contrast ratio of two opaque colours, from 1 to 21."""
    high, low = sorted((_luminance(front), _luminance(back)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _palette(colours: dict[QPalette.ColorRole, str], *, dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    text, highlight = (QColor(c) for c in _DISABLED[dark])
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, text)
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Highlight, highlight)
    return palette
