"""In every language the window speaks, each Alt+letter reaches one thing. Qt cycles the
focus between widgets that share a mnemonic instead of acting, so a clash is something a
keyboard user notices: on each page of the main window (with the menu bar's titles), in
each menu, on each page of the Settings dialog whatever its choices show, in the template
editor and in the first-run dialog. The translations are the committed .ts files, compiled
as `make` compiles them; counts agree with their noun in each language too."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import paths
from app.context import AppContext
from app.settings import WINDOW_LANGUAGES, Settings, load_settings, save_settings
from app.ui.application import create_application
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.settings.dialog import SettingsDialog
from app.ui.tasks import wait_for_tasks
from tests.settings.dialog_helpers import keyring_checked
from tests.ui.conftest import ANA, BO
from tests.ui.opening import open_window

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = [code for code in WINDOW_LANGUAGES if code != "system"]
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


@pytest.fixture(scope="session")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each language's .qm, compiled from its .ts once per session."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    found = {}
    for language in LANGUAGES:
        found[language] = folder / f"rapport_{language}.qm"
        source = TRANSLATIONS / f"rapport_{language}.ts"
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(found[language])],
            check=True,
            timeout=120,
        )
    return found


@pytest.fixture(params=LANGUAGES)
def language(
    request: pytest.FixtureRequest, qapp: QApplication, compiled: dict[str, Path]
) -> Iterator[str]:
    """The window's texts in one language for one test (over the English the app installs)."""
    translator = QTranslator()
    assert translator.load(str(compiled[request.param]))
    qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.fixture
def context(language: str) -> Iterator[AppContext]:
    """Ana and Bo in a fresh data folder, grammar off (no server to wait for)."""
    create_application()
    save_settings(Settings(my_name="Ana", grammar_mode="off"), paths.settings_path())
    opened = AppContext.open()
    opened.store.add_contact(ANA)
    opened.store.add_contact(BO)
    yield opened
    wait_for_tasks()
    opened.close()


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def shown_texts(root: QWidget) -> list[str]:
    """The texts that carry an Alt+letter among what `root` shows now: buttons, check and
    radio boxes, labels with a buddy, group boxes' titles and tab bars' tabs."""
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]
    texts += [
        label.text()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(root)
    ]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.isVisibleTo(root)]
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            texts += [bar.tabText(index) for index in range(bar.count())]
    return texts


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Each letter more than one of `texts` uses, with the texts that use it."""
    letters = Counter(found for text in texts if (found := letter(text)))
    return {
        shared: sorted(text for text in texts if letter(text) == shared)
        for shared, count in letters.items()
        if count > 1
    }


def beyond_the_alphabet(
    shared: dict[str, list[str]], texts: list[str], page: QWidget
) -> dict[str, list[str]]:
    """The clashes a page cannot avoid left out: with more Alt texts than letters (the
    Compose page, with every field of the contact form), fields' labels may share a letter
    with each other, as Alt then moves the focus from one field to the next; never with a
    menu or a button, which would then stop acting."""
    if sum(1 for text in texts if letter(text)) <= 26:
        return shared
    labels = {label.text() for label in page.findChildren(QLabel) if label.buddy() is not None}
    return {key: users for key, users in shared.items() if not set(users) <= labels}


def opened(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The window with all its pages built (in the language of the test)."""
    window = open_window(qtbot, context)
    qtbot.waitUntil(lambda: None not in (window._inbox, window._history, window._network))
    return window


def menu_bar_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def test_each_page_of_the_window_gives_every_alt_letter_one_place(
    language: str, qtbot: QtBot, context: AppContext
) -> None:
    window = opened(qtbot, context)
    ana = next(c for c in context.store.contacts() if c.name == ANA.name)
    window.contacts.select(ana.id)
    found = {}
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        page = window.pages.widget(index)
        inner = [None, *(bar for bar in page.findChildren(QTabBar) if bar.isVisibleTo(page))]
        for bar in inner:
            for tab in range(bar.count()) if bar is not None else [None]:
                if bar is not None and tab is not None:
                    bar.setCurrentIndex(tab)
                texts = menu_bar_titles(window) + shown_texts(page)
                if shared := beyond_the_alphabet(clashes(texts), texts, page):
                    where = window.pages.tabText(index)
                    found[where if bar is None else f"{where}: {bar.tabText(tab)}"] = shared
    assert not found, (language, found)


def test_each_menu_gives_every_alt_letter_one_item(
    language: str, qtbot: QtBot, context: AppContext
) -> None:
    window = opened(qtbot, context)
    found = {}
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while menus:
        menu = menus.pop()
        assert isinstance(menu, QMenu)
        items = [item for item in menu.actions() if item.isVisible() and not item.isSeparator()]
        menus += [item.menu() for item in items if item.menu()]
        if shared := clashes([item.text() for item in items]):
            found[menu.title()] = shared
    assert not found, (language, found)


def test_each_settings_page_gives_every_alt_letter_one_place(
    language: str, qtbot: QtBot, rapport_home: Path
) -> None:
    save_settings(Settings(my_name="Ana"), rapport_home / "settings.json")
    dialog = SettingsDialog(load_settings(rapport_home / "settings.json"), rapport_home)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    keyring_checked(qtbot, dialog)
    tabs = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    # The tabs and the dialog's own buttons (OK, Cancel) stay reachable from every page.
    outside = tabs + [
        button.text()
        for button in dialog.findChildren(QAbstractButton)
        if button.isVisibleTo(dialog) and not dialog.tabs.isAncestorOf(button)
    ]
    found = {}
    for index, title in enumerate(tabs):
        page = dialog.tabs.widget(index)
        dialog.tabs.setCurrentWidget(page)
        # Each choice that shows or hides fields (the grammar page's ways of checking).
        for choice in [None, *page.findChildren(QRadioButton)]:
            if choice is not None:
                choice.click()
            if shared := clashes(outside + shown_texts(page)):
                found[f"{title} ({choice.text() if choice else 'as opened'})"] = shared
    assert not found, (language, found)


def test_the_template_editor_gives_every_alt_letter_one_place(
    language: str, qtbot: QtBot, context: AppContext
) -> None:
    window = opened(qtbot, context)
    editor = window.templates.open_editor()
    qtbot.waitExposed(editor)
    texts = shown_texts(editor)
    if bar := getattr(editor, "menuBar", None):
        texts += [action.text() for action in bar().actions()]
    assert not clashes(texts), (language, clashes(texts))
    editor.close()


def test_the_first_run_dialog_gives_every_alt_letter_one_place(language: str, qtbot: QtBot) -> None:
    dialog = FirstRunDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not clashes(shown_texts(dialog)), (language, clashes(shown_texts(dialog)))


@pytest.mark.parametrize(
    ("code", "one", "two"),
    [
        ("en", "1 contact", "2 contacts"),
        ("de", "1 Kontakt", "2 Kontakte"),
        ("fr", "1 contact", "2 contacts"),
        ("es", "1 contacto", "2 contactos"),
        ("pt_BR", "1 contato", "2 contatos"),
    ],
)
def test_counts_agree_with_their_noun(
    qapp: QApplication, compiled: dict[str, Path], code: str, one: str, two: str
) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled[code]))
    qapp.installTranslator(translator)
    try:
        shown = [QCoreApplication.translate("ContactsPanel", "%Ln contacts", "", n) for n in (1, 2)]
    finally:
        qapp.removeTranslator(translator)
    assert shown == [one, two]


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_alt_keys_ellipses_and_colons_survive_translation(code: str) -> None:
    """Each translation keeps the English text's Alt key, the "…" that says a dialog
    follows and the colon before a field; Spanish opens a question with ¿."""
    problems = []
    for context in ET.parse(TRANSLATIONS / f"rapport_{code}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                where = f"{context.findtext('name')}: {source!r} -> {text!r}"
                if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                    problems.append(f"{where} loses or adds an Alt key")
                if source.endswith("…") != text.endswith("…"):
                    problems.append(f"{where} changes the ellipsis")
                if source.endswith(":") != text.endswith(":"):
                    problems.append(f"{where} changes the closing colon")
                if code == "es" and text.count("?") != text.count("¿"):
                    problems.append(f"{where} opens a question without ¿")
    assert not problems, "\n".join(problems)
