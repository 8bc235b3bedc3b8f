"""The window's pages as tabs, each with a View menu entry (Ctrl+<its number>), and pages
built after the first paint.

A page that is not needed for the first paint gets an empty stand-in tab at once, so the
tab bar and the View menu are complete from the start; `build_in_turns` then builds the
pages one per turn of the event loop, so the window answers in between. Whatever asks for
a page before its turn (its shortcut, a click on its tab) builds it on the spot.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget


@contextmanager
def signals_blocked(widget: QObject) -> Iterator[None]:
    """Change a widget without it reporting the change (a save that moves the contact
    list's highlight must not count as the user picking another contact)."""
    was_blocked = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(was_blocked)


class PageTabs(QTabWidget):
    def __init__(self, view_menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_menu = view_menu
        self.setDocumentMode(True)
        self.setAccessibleName(self.tr("Pages"))
        # By title, the empty tab standing in for each page not built yet, and its builder.
        self._stand_ins: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self.currentChanged.connect(self._page_shown)

    def add_page(self, page: QWidget, title: str) -> None:
        """A tab for `page` and a View menu entry (Ctrl+<number>) that shows it."""
        self._add_tab(page, title, lambda: page)

    def add_page_later(self, title: str, build: Callable[[], QWidget]) -> None:
        """A tab, and its View menu entry, for a page that `build` makes when first asked
        (and that `build` hands to `put_in_place`)."""
        stand_in = QWidget()
        self._stand_ins[title] = (stand_in, build)
        self._add_tab(stand_in, title, build)

    def put_in_place(self, page: QWidget, title: str) -> None:
        """Swap a newly built page in for its stand-in, leaving the page shown as it was."""
        stand_in, _build = self._stand_ins.pop(title)
        index, shown = self.indexOf(stand_in), self.currentIndex()
        with signals_blocked(self):
            self.removeTab(index)
            self.insertTab(index, page, title.replace("&", ""))
            self.setCurrentIndex(shown)
        page.setAccessibleName(title.replace("&", ""))
        stand_in.deleteLater()

    def _add_tab(self, tab: QWidget, title: str, page: Callable[[], QWidget]) -> None:
        index = self.addTab(tab, title.replace("&", ""))
        tab.setAccessibleName(title.replace("&", ""))
        item = QAction(title, self)
        item.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        item.triggered.connect(lambda: self.setCurrentWidget(page()))
        self.view_menu.addAction(item)

    def _page_shown(self, index: int) -> None:
        """The user picked the tab of a page not built yet: build it now."""
        for stand_in, build in list(self._stand_ins.values()):
            if self.widget(index) is stand_in:
                build()
                return


def build_in_turns(owner: QObject, steps: list[Callable[[], object]]) -> None:
    """Run the steps one per turn of the event loop (none once `owner` is gone), so that
    a click or a key press waits for one step at most."""
    if not steps:
        return

    def run_first() -> None:
        steps[0]()
        build_in_turns(owner, steps[1:])

    QTimer.singleShot(0, owner, run_first)
