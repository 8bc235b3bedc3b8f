"""Borders and a focus ring that can be seen, drawn over Qt's Fusion style.

Fusion draws a text field's border as the window colour made darker, which on a dark
palette is 1.01:1 against the field, and its focus ring as a darkened selection colour
(2.25:1 there). This proxy keeps everything Fusion draws and paints those two lines
again in colours from `app.ui.palette`, which pass 3:1 in both palettes; focus also
gets a second line inside the first, so the ring is told apart by width as well.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from app.ui.palette import field_border, focus_ring

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
_FIELDS = (CC.CC_SpinBox, CC.CC_ComboBox)  # date and number fields, combo boxes


class FieldFrames(QProxyStyle):
    """Fusion, with text-field borders and focus rings of 3:1 or more."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_FrameFocusRect:
            # Items in lists and tables, check boxes, tabs: a ring on the selection
            # colour takes the selection's own text colour, which stands out on it.
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = option.palette.highlightedText().color() if selected else None
            _ring(painter, option.rect, colour or focus_ring(option.palette), double=False)
            return
        super().drawPrimitive(element, option, painter, widget)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == PE.PE_FrameLineEdit:
            _outline(painter, option, focused)
        elif element == PE.PE_Frame and widget is not None:
            # Text areas, lists and tables: their frame is a sunken panel.
            _outline(painter, option, widget.hasFocus())
        elif element == PE.PE_PanelButtonCommand and focused:
            _ring(painter, option.rect, focus_ring(option.palette), double=True)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FIELDS:
            _outline(painter, option, bool(option.state & QStyle.StateFlag.State_HasFocus))


def _outline(painter: QPainter, option: QStyleOption, focused: bool) -> None:
    if focused:
        _ring(painter, option.rect, focus_ring(option.palette), double=True)
    else:
        _ring(painter, option.rect, field_border(option.palette), double=False)


def _ring(painter: QPainter, rect: QRect, colour: QColor, *, double: bool) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(colour, 1))
    painter.drawRect(rect.adjusted(0, 0, -1, -1))
    if double:
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
    painter.restore()
