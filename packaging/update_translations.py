"""Refreshes the window's translation sources, resources/translations/rapport_<lang>.ts, from
the strings app marks for translation, the window's and the core's sentences (`make
translations` runs it).

    python packaging/update_translations.py FILE.py ...

pyside6-lupdate finds the strings, but its Python reader marks a plural only in
`self.tr("%n …", "", n)`, not in `QCoreApplication.translate(context, "%n …", "", n)`, the form
the marking conventions use, so its own -pluralonly and numerus forms cannot be relied on.
This script takes lupdate's list of (context, source, comment) and writes each .ts itself:
every source with %n or %Ln is a plural with two forms (what lupdate gives de, fr, es, pt_BR
and en), translations already made are kept, new ones are left unfinished for translators,
strings no longer in the code are dropped, and English keeps only the plurals (it needs
"1 message"; the rest reads as written).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de", "fr", "es", "pt_BR")
PLURAL = re.compile(r"%L?n")
FORMS = 2  # plural forms Qt has for each of LANGUAGES

Key = tuple[str, str, str]  # context, source, comment


@dataclass(frozen=True)
class Message:
    key: Key
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def lupdate() -> Path:
    return Path(sys.executable).parent / "pyside6-lupdate"


def extract(sources: list[str]) -> list[Key]:
    """Every marked string in `sources`, in lupdate's order, without duplicates."""
    with tempfile.TemporaryDirectory(prefix="rapport-lupdate-") as folder:
        target = Path(folder) / "extracted.ts"
        subprocess.run(
            [str(lupdate()), "-silent", "-locations", "none", *sources, "-ts", str(target)],
            check=True,
        )
        return [message.key for message in read_ts(target)]


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            texts = (
                tuple(form.text or "" for form in forms)
                if forms
                else ((translation.text or "") if translation is not None else "",)
            )
            unfinished = translation is None or translation.get("type") == "unfinished"
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            messages.append(Message(key, texts, not unfinished))
    return messages


def merged(language: str, keys: list[Key], old: list[Message]) -> ET.Element:
    """The .ts for `language`: `keys` in order, with the translations of `old` kept."""
    known = {message.key: message for message in old}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for key in keys:
        context_name, source, comment = key
        plural = bool(PLURAL.search(source))
        if language == "en" and not plural:
            continue
        if context_name not in contexts:
            contexts[context_name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context_name], "name").text = context_name
        element = ET.SubElement(contexts[context_name], "message")
        ET.SubElement(element, "source").text = source
        if comment:
            ET.SubElement(element, "comment").text = comment
        translation = ET.SubElement(element, "translation")
        before = known.get(key)
        texts = before.translations if before else ()
        wanted = FORMS if plural else 1
        if len(texts) != wanted:  # new, or changed to or from a plural: translate again
            texts = ("",) * wanted
        if not (before and before.finished and len(before.translations) == wanted):
            translation.set("type", "unfinished")
        if plural:
            element.set("numerus", "yes")
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0]
    return root


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def main(sources: list[str]) -> int:
    if not sources:
        print("usage: update_translations.py FILE.py ...", file=sys.stderr)
        return 2
    keys = extract(sources)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = TRANSLATIONS / f"rapport_{language}.ts"
        old = read_ts(path) if path.is_file() else []
        root = merged(language, keys, old)
        write_ts(root, path)
        messages = root.findall("context/message")
        unfinished = root.findall("context/message/translation[@type='unfinished']")
        print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {len(unfinished)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
