"""The Spanish window keeps what a keyboard user and a Spanish reader rely on: every Alt
key of the English text, an Alt key used once per menu bar, tab row or form, the "…" that
says a dialog follows, the colon before a field, and ¿ before a question."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

SPANISH = Path(__file__).resolve().parents[2] / "resources" / "translations" / "rapport_es.ts"
MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")

Key = tuple[str, str]  # context, source


def spanish() -> dict[Key, list[str]]:
    found = {}
    for context in ET.parse(SPANISH).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")]
            key = (context.findtext("name", ""), message.findtext("source", ""))
            found[key] = forms or [translation.text or ""]
    return found


def test_alt_keys_ellipses_colons_and_questions_survive() -> None:
    problems = []
    for (context, source), texts in spanish().items():
        for text in texts:
            where = f"{context}: {source!r} -> {text!r}"
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                problems.append(f"{where} loses or adds an Alt key")
            if source.endswith("…") != text.endswith("…"):
                problems.append(f"{where} changes the ellipsis")
            if source.endswith(":") != text.endswith(":"):
                problems.append(f"{where} changes the closing colon")
            if text.count("?") != text.count("¿"):
                problems.append(f"{where} opens a question without ¿")
    assert not problems, "\n".join(problems)


# Widgets shown together: one Alt key must reach one of them.
TOGETHER: dict[str, list[Key]] = {
    "menu bar and pages": [
        ("WindowMenus", "&File"),
        ("WindowMenus", "&View"),
        ("WindowMenus", "&Contact"),
        ("WindowMenus", "&Message"),
        ("TemplateMenu", "&Templates"),
        ("MainWindow", "&Compose"),
        ("MainWindow", "&Inbox"),
        ("MainWindow", "&History"),
        ("MainWindow", "&Network"),
    ],
    "File menu": [
        ("WindowMenus", "Import &LinkedIn export…"),
        ("WindowMenus", "Import &vCard contacts…"),
        ("WindowMenus", "Import CS&V contacts…"),
        ("WindowMenus", "&Settings…"),
        ("WindowMenus", "&Quit"),
    ],
    "history filters": [
        ("HistoryPage", "&History"),
        ("HistoryPage", "&Statistics"),
        ("HistoryPage", "Follow-&ups"),
        ("HistoryPanel", "C&ontact"),
        ("HistoryPanel", "Templ&ate"),
        ("HistoryPanel", "&Kind"),
        ("HistoryPanel", "Outcom&e"),
        ("HistoryPanel", "F&rom"),
        ("HistoryPanel", "Unt&il"),
        ("HistoryPanel", "C&lear filters"),
    ],
    "composer": [
        ("TemplatePicker", "&Kind"),
        ("TemplatePicker", "Templ&ate"),
        ("ComposerWidgets", "Messa&ge"),
        ("ComposerWidgets", "Ref&ill from template"),
        ("ComposerWidgets", "Save as templat&e…"),
        ("ComposerWidgets", "C&opy"),
        ("ComposerWidgets", "Open &profile"),
        ("ComposerWidgets", "&Record as sent"),
    ],
    "settings pages": [
        ("ProfilePage", "&You"),
        ("LanguagePage", "L&anguage"),
        ("GrammarPage", "&Grammar"),
        ("TriagePage", "&Triage"),
        ("DataFolderPage", "&Data"),
    ],
}


def test_widgets_shown_together_have_their_own_alt_keys() -> None:
    texts = spanish()
    problems = []
    for group, keys in TOGETHER.items():
        letters: dict[str, str] = {}
        for key in keys:
            text = texts[key][0]
            found = MNEMONIC.findall(text)
            if not found:
                problems.append(f"{group}: {text!r} has no Alt key")
                continue
            letter = found[0].casefold()
            if letter in letters:
                problems.append(f"{group}: {text!r} and {letters[letter]!r} share Alt+{letter}")
            letters[letter] = text
    assert not problems, "\n".join(problems)
