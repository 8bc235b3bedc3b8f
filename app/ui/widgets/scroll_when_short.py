"""A scroll area that scrolls only when its panel cannot fit, for panels that must fit
a laptop's screen at 150% scaling.

QScrollArea's resizable mode makes a panel with wrapped text as tall as it would like to
be, so a composer that fits its pane squeezed a little still scrolled, and its message
went below the fold. Here the panel takes the pane's height and lays out squeezed as it
would without a scroll area, down to its minimum height; only below that does it scroll,
rather than cut its labels through the middle of their lines. It never scrolls sideways.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class ScrollWhenShort(QScrollArea):
    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(panel)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        self._follow_least_width(panel)
        panel.installEventFilter(self)

    def _follow_least_width(self, panel: QWidget) -> None:
        """As wide as the panel's least width with room for the scroll bar, which takes
        that room from the panel when it shows."""
        bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(panel.minimumSizeHint().width() + bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            # What the panel shows changed its least size (a contact chosen, a longer
            # button text): follow its width, and fit once its layout has run.
            self._follow_least_width(watched)
            QTimer.singleShot(0, self, self._fit)
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        panel = self.widget()
        if panel is None:
            return
        width, height = self.width(), self.height()
        if least_height(panel, width) > height:
            width -= self.verticalScrollBar().sizeHint().width()
        panel.resize(width, max(least_height(panel, width), height))


def least_height(panel: QWidget, width: int) -> int:
    """The least height `panel` can take at `width` without cutting text: wrapped labels
    at the height their lines need, everything else at its minimum."""
    layout = panel.layout()
    least = panel.minimumSizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        least = max(least, layout.minimumHeightForWidth(width))
    return least


class _WholeLines(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            watched.setMinimumHeight(watched.heightForWidth(watched.width()))
        elif event.type() == QEvent.Type.Show and (layout := watched.layout()) is not None:
            layout.invalidate()  # text that changed while the page was hidden: lay it out
        return False


def keep_lines_whole(box: QWidget) -> None:
    """Never squeeze `box` below the height its wrapped text needs at its width.

    A box layout gives a panel of wrapped labels less than that when its column is short
    (150% scaling): the lines were drawn over each other. With this, the column scrolls
    (ScrollWhenShort) instead."""
    box.installEventFilter(_WholeLines(box))
