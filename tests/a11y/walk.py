"""Reading a window as a screen reader and a keyboard see it, through Qt's accessibility
interface (the one the platform's screen reader asks on every system)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"no accessibility interface for {describe(widget)}"
    return interface.text(QAccessible.Text.Name)


def focusable(root: QWidget) -> list[QWidget]:
    """Every control under `root` that Tab can stop on, in creation order; the inner
    parts of a control (a combo box's line edit, a view's viewport) are the control."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.isHidden() or widget.focusProxy() is not None or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if _inner_part(widget):
            continue
        found.append(widget)
    return found


def visible_label(widget: QWidget) -> str:
    """The text a sighted user reads as the control's name: its own (buttons) or its
    buddy label's; empty when it has neither."""
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return plain(label.text())
    return ""


def buddy_label(widget: QWidget) -> QLabel | None:
    return next((lb for lb in widget.window().findChildren(QLabel) if lb.buddy() is widget), None)


def plain(text: str) -> str:
    """A label as read: without the mnemonic's ampersand, a trailing colon or ellipsis."""
    text = re.sub(r"&(.)", r"\1", text)
    return " ".join(text.rstrip(":…. ").split())


def describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(type(parent).__name__)
        parent = parent.parentWidget()
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__} {text!r} {widget.accessibleName()!r} in {'/'.join(parents)}"


def _inner_part(widget: QWidget) -> bool:
    """A combo box's or spin box's own line edit, or a combo box's pop-up list."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.inherits("QComboBox") or parent.inherits("QAbstractSpinBox"):
            return True
        parent = parent.parentWidget()
    return False
