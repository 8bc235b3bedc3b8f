"""At 150% scaling a 1366x768 screen is 911x512 of Qt's logical pixels: the window's
layouts must hold there, the contact form above all (its "last contacted" line once
pushed "Save contact" and the line's end off the right edge)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from app.context import AppContext
from app.ui.main_window import MainWindow
from tests.ui.conftest import select_contact
from tests.ui.opening import open_window

pytestmark = [pytest.mark.a11y, pytest.mark.slow]


@pytest.mark.parametrize(("width", "height"), [(1093, 614), (911, 512)], ids=["125%", "150%"])
def test_the_contact_form_fits_its_pane_at_large_scaling(
    qtbot: QtBot, context: AppContext, width: int, height: int
) -> None:
    ana = next(c for c in context.store.contacts() if c.name == "Ana Souza")
    sent = datetime.now(UTC) - timedelta(days=75)
    context.store.record_message(
        ana, template="", kind="invite", channel="linkedin_note", text="Hi", sent_at=sent
    )
    window: MainWindow = open_window(qtbot, context)
    window.resize(width, height)
    select_contact(window, "Ana Souza")
    form = window.form
    form.cadence.setCurrentIndex(form.cadence.findData(30))
    qtbot.waitUntil(lambda: "overdue by" in form.touch_line.text())
    scroll = form.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    qtbot.waitUntil(lambda: window.width() == width)
    seen = scroll.viewport().width()
    for widget in (form.touch_line, form.save_button):
        right = widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()
        assert right <= seen, f"{widget.text()!r} ends at {right}, the pane at {seen}"
    line = form.touch_line
    # Whole: as tall as its wrapped text (layouts settle on the next turns of the loop).
    qtbot.waitUntil(lambda: line.height() >= line.heightForWidth(line.width()), timeout=2000)
