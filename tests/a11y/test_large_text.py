"""Every page and dialog at 125% and 150% scaling on a 1366x768 laptop, with data in it:
no text cut short or cut off, no button narrower than its text, tables that keep their
message column readable, dialogs that fit the screen.

At a scale factor s, Qt lays a window out in logical pixels: the laptop's screen is
1366/s by 768/s of them, and the window Rapport opens takes 94% of that (window_geometry).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QToolTip,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.context import AppContext
from app.relationships.inbox import add_pasted_request
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.column_widths import STRETCHED_SHARE
from app.ui.window_geometry import first_size
from tests.a11y.walk import describe
from tests.ui.conftest import select_contact
from tests.ui.history_seed import seed_history
from tests.ui.opening import open_window

pytestmark = [pytest.mark.a11y, pytest.mark.slow]

SCALES = pytest.mark.parametrize("scale", [1.25, 1.5], ids=["125%", "150%"])
# A desktop panel takes about 40 of the screen's 768 pixels, a title bar about 30 more.
_PANEL = 40
_TITLE = 30
_SLACK = 2  # rounding in Qt's layouts


def laptop(scale: float) -> QSize:
    """What a 1366x768 screen leaves a window at `scale`, in logical pixels."""
    return QSize(int(1366 / scale), int((768 - _PANEL - _TITLE) / scale))


def opened(qtbot: QtBot, context: AppContext, scale: float) -> MainWindow:
    """The window as Rapport first opens it on the laptop at `scale`, with a history, a
    request with a long note, and Ana chosen."""
    seed_history(context.store, 300)
    sender = Contact(name="Marcus Whitfield-Moreau", title="Head of Platform Engineering")
    add_pasted_request(
        context.store,
        sender,
        "We met at the Lisbon meetup on data contracts; I would like to keep in touch "
        "about the schema registry work you described.",
        datetime.now(UTC) - timedelta(days=2),
    )
    window = open_window(qtbot, context)
    window.resize(first_size(QSize(int(1366 / scale), int((768 - _PANEL) / scale))))
    select_contact(window, "Ana Souza")
    return window


def cut_texts(root: QWidget) -> list[str]:
    """Every visible label or button under `root` whose text does not fit it, or that
    its parents cut off (outside a scroll area, which shows the rest when scrolled)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if not widget.text().strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() + _SLACK < widget.heightForWidth(widget.width()):
                found.append(f"{describe(widget)}: lines cut, {widget.height()} pixels high")
        elif widget.width() + _SLACK < widget.sizeHint().width():
            found.append(f"{describe(widget)}: {widget.width()} of {widget.sizeHint().width()}")
        seen = widget.visibleRegion().boundingRect()
        scrolled = _in_scroll_area(widget)
        if seen.width() + _SLACK < widget.width() and not (scrolled and seen.isEmpty()):
            found.append(f"{describe(widget)}: {seen.width()} of {widget.width()} in view")
    return found


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            return True
        parent = parent.parentWidget()
    return False


def settle(qtbot: QtBot) -> None:
    """Layouts with wrapped text settle over a few turns of the event loop."""
    qtbot.wait(50)


@SCALES
def test_every_page_holds_at_large_scaling(qtbot: QtBot, context: AppContext, scale: float) -> None:
    window = opened(qtbot, context, scale)
    with qtbot.waitSignal(window.history.counted, timeout=20_000):
        window.pages.setCurrentWidget(window.history)
    found = []

    def look(name: str) -> None:
        # Recommendations and counts arrive from the thread pool; layouts with wrapped
        # text settle over a few turns of the event loop after them.
        with suppress(WaitTimeout):
            qtbot.waitUntil(lambda: not cut_texts(window), timeout=3000)
        found.extend(f"{name}: {text}" for text in cut_texts(window))
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        if needed.boundedTo(laptop(scale)) != needed:
            found.append(f"{name}: the window needs {needed}, the laptop leaves {laptop(scale)}")

    for name, page in (("Compose", window.splitter), ("Network", window.network)):
        window.pages.setCurrentWidget(page)
        look(name)
    window.pages.setCurrentWidget(window.inbox)
    qtbot.waitUntil(lambda: window.inbox.current() is not None)
    look("Inbox")
    window.pages.setCurrentWidget(window.history)
    for tab in range(window.history.tabs.count()):
        window.history.tabs.setCurrentIndex(tab)
        look(f"History, {window.history.tabs.tabText(tab)}")
    assert not found, "\n".join(found)


def test_the_message_columns_keep_their_share_at_150(qtbot: QtBot, context: AppContext) -> None:
    window = opened(qtbot, context, 1.5)
    with qtbot.waitSignal(window.history.counted, timeout=20_000):
        window.pages.setCurrentWidget(window.history)
    history = window.history.history.view
    qtbot.waitUntil(lambda: history.model().rowCount() > 0)
    window.pages.setCurrentWidget(window.inbox)
    inbox = window.inbox.view
    qtbot.waitUntil(lambda: inbox.model().rowCount() > 0)
    window.pages.setCurrentWidget(window.history)
    settle(qtbot)

    for view, message in ((history, 4), (inbox, 2)):
        seen = view.viewport().width()
        assert view.columnWidth(message) >= STRETCHED_SHARE * seen - _SLACK
        # Every column in view: no sideways scrolling to reach the outcome or the answer.
        assert view.horizontalHeader().length() <= seen + _SLACK
    # The date, the column the history sorts by, keeps its whole text.
    sent = history.model().index(0, 0).data()
    assert history.columnWidth(0) >= history.fontMetrics().horizontalAdvance(sent)


def test_a_cut_cell_reads_whole_in_its_tooltip(qtbot: QtBot, context: AppContext) -> None:
    window = opened(qtbot, context, 1.5)
    window.pages.setCurrentWidget(window.inbox)
    view = window.inbox.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    window.inbox.setFixedWidth(700)  # narrower still: the name is cut
    settle(qtbot)
    cell = view.model().index(0, 0)
    assert view.columnWidth(0) < view.fontMetrics().horizontalAdvance(cell.data())

    point = view.visualRect(cell).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == cell.data()
    QToolTip.hideText()


def test_the_contact_list_cuts_names_short_rather_than_scroll(
    qtbot: QtBot, context: AppContext
) -> None:
    window = opened(qtbot, context, 1.5)
    list_view = window.contacts.view
    settle(qtbot)
    assert list_view.horizontalScrollBar().maximum() == 0


def test_the_composer_scrolls_only_when_it_cannot_fit(qtbot: QtBot, context: AppContext) -> None:
    window = opened(qtbot, context, 1.0)
    scroll = window.composer.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    settle(qtbot)
    # On the laptop at 100% the composer fits as it is, its message as tall as it can be.
    assert scroll.verticalScrollBar().maximum() == 0
    window.resize(first_size(QSize(int(1366 / 1.5), int((768 - _PANEL) / 1.5))))
    settle(qtbot)
    assert not cut_texts(window.composer)


def test_every_dialog_fits_the_screen(
    qtbot: QtBot, window: MainWindow, surfaces: dict[str, QWidget]
) -> None:
    """Each dialog's least size fits the laptop at 150%, and it opens no larger than its
    screen (the template editor opened at 1280x760 whatever the screen)."""
    first_run = FirstRunDialog(window.context.settings, window)
    qtbot.addWidget(first_run)
    screen = window.screen().availableGeometry().size()
    for name, dialog in {**surfaces, "First run": first_run}.items():
        if dialog.isWindow():
            dialog.show()
            least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert least.boundedTo(laptop(1.5)) == least, f"{name} needs {least}"
            assert dialog.size().boundedTo(screen) == dialog.size(), f"{name} is {dialog.size()}"
