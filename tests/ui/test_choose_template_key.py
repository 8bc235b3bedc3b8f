"""Ctrl+T puts the template list in front of the user, from any page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow


def test_choose_template_opens_the_list_on_the_compose_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.pages.setCurrentWidget(window.history)
    assert window.menus.choose_template.shortcut().toString() == "Ctrl+T"

    window.menus.choose_template.trigger()

    combo = window.composer.picker.template
    assert window.pages.currentWidget() is window.splitter
    qtbot.waitUntil(combo.view().isVisible)
    combo.hidePopup()
