"""The window's first size and place, from the screen it opens on.

A fixed size would reach past a laptop's screen (1366x768 leaves about 1366x730 once the
panel is drawn); the first window takes most of the available area, up to a size that
suits a large screen, and a size remembered from a larger screen is brought back inside.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# What suits the window on a large screen: the three panels at ease, the history's columns.
PREFERRED = QSize(1360, 860)
# The share of a small screen's available area the first window takes, leaving the
# window manager room for its frame.
_SHARE = 0.94


def first_size(available: QSize) -> QSize:
    return QSize(
        min(PREFERRED.width(), int(available.width() * _SHARE)),
        min(PREFERRED.height(), int(available.height() * _SHARE)),
    )


def place_first(window: QWidget) -> None:
    """Size the window for its screen and centre it there."""
    area = window.screen().availableGeometry()
    size = first_size(area.size())
    window.resize(size)
    frame = QRect(area.topLeft(), size)
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move a restored window that no longer fits its screen's available area
    (remembered on a larger monitor, opened on a laptop)."""
    area = window.screen().availableGeometry()
    size = window.size().boundedTo(area.size())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if not area.contains(frame):
        x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
        y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
        window.move(x, y)
