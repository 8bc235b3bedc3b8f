"""The window's size and place: the first from the screen it opens on, later ones as the
user left them (UI state, apart from the user's settings).

A fixed size would reach past a laptop's screen (1366x768 leaves about 1366x730 once the
panel is drawn); the first window takes most of the available area, up to a size that
suits a large screen, and a size remembered from a larger screen is brought back inside.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QSplitter, QWidget

from app.ui.ui_state import ui_state

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


def resize_within_screen(window: QWidget, preferred: QSize) -> None:
    """Give a dialog its preferred size, or what its screen leaves when that is less (at
    150% scaling a laptop's screen is 911x512 of the dialog's pixels)."""
    window.resize(preferred.boundedTo(first_size(window.screen().availableGeometry().size())))


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


def restore_state(window: QWidget, splitter: QSplitter) -> None:
    """The window's size and place and the panels' widths as the user left them; the
    first time, from the screen, with each panel's share set by its stretch factor."""
    state = ui_state()
    geometry = state.value("main/geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        keep_on_screen(window)
    else:
        place_first(window)
    sizes = state.value("main/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    else:
        width = window.width()
        splitter.setSizes([width * 2 // 9, width * 3 // 9, width * 4 // 9])


def save_state(window: QWidget, splitter: QSplitter) -> None:
    state = ui_state()
    state.setValue("main/geometry", window.saveGeometry())
    state.setValue("main/splitter", splitter.saveState())
    state.sync()
