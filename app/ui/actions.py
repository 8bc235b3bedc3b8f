"""The window's menus: every action with its shortcut, and what each one does.

The actions are made before any page: the first paint shows complete menus, and every
shortcut works from the start (an action whose page is not built yet builds it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Slot = Callable[[], object]


@dataclass(frozen=True)
class ActionSlots:
    """What the window does for each action."""

    import_linkedin: Slot
    import_vcard: Slot
    import_csv: Slot
    settings: Slot
    new_contact: Slot
    save_contact: Slot
    find_contact: Slot
    copy_message: Slot
    open_profile: Slot
    record_sent: Slot
    choose_template: Slot


@dataclass(frozen=True)
class WindowActions:
    import_linkedin: QAction
    import_vcard: QAction
    import_csv: QAction
    settings: QAction
    quit: QAction
    new_contact: QAction
    save_contact: QAction
    find_contact: QAction
    copy_message: QAction
    open_profile: QAction
    record_sent: QAction
    choose_template: QAction
    view_menu: QMenu


def build_menus(window: QMainWindow, slots: ActionSlots) -> WindowActions:
    """The File, View, Contact and Message menus; the View menu is filled by the pages."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    view_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&View"))
    contact_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Contact"))
    message_menu = bar.addMenu(QCoreApplication.translate("WindowMenus", "&Message"))

    def action(menu: QMenu, text: str, shortcut: str, slot: Slot) -> QAction:
        item = QAction(text, window)
        item.setShortcut(QKeySequence(shortcut))
        item.triggered.connect(slot)
        menu.addAction(item)
        return item

    actions = WindowActions(
        import_linkedin=action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "Import &LinkedIn export…"),
            "Ctrl+I",
            slots.import_linkedin,
        ),
        import_vcard=action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "Import &vCard contacts…"),
            "Ctrl+Alt+Shift+V",
            slots.import_vcard,
        ),
        import_csv=action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "Import CSV &contacts…"),
            "Ctrl+Alt+Shift+C",
            slots.import_csv,
        ),
        settings=action(
            file_menu,
            QCoreApplication.translate("WindowMenus", "&Settings…"),
            "Ctrl+,",
            slots.settings,
        ),
        quit=action(
            file_menu, QCoreApplication.translate("WindowMenus", "&Quit"), "Ctrl+Q", window.close
        ),
        new_contact=action(
            contact_menu,
            QCoreApplication.translate("WindowMenus", "&New contact"),
            "Ctrl+N",
            slots.new_contact,
        ),
        save_contact=action(
            contact_menu,
            QCoreApplication.translate("WindowMenus", "&Save contact"),
            "Ctrl+S",
            slots.save_contact,
        ),
        find_contact=action(
            contact_menu,
            QCoreApplication.translate("WindowMenus", "&Find contact"),
            "Ctrl+F",
            slots.find_contact,
        ),
        copy_message=action(
            message_menu,
            QCoreApplication.translate("WindowMenus", "&Copy message"),
            "Ctrl+Shift+C",
            slots.copy_message,
        ),
        open_profile=action(
            message_menu,
            QCoreApplication.translate("WindowMenus", "Open &profile"),
            "Ctrl+Shift+O",
            slots.open_profile,
        ),
        record_sent=action(
            message_menu,
            QCoreApplication.translate("WindowMenus", "&Record as sent"),
            "Ctrl+Return",
            slots.record_sent,
        ),
        choose_template=action(
            message_menu,
            QCoreApplication.translate("WindowMenus", "Choose &template"),
            "Ctrl+T",
            slots.choose_template,
        ),
        view_menu=view_menu,
    )
    # macOS moves these into the application menu by their roles.
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    return actions
