"""The translation sources in resources/translations/: one per language the window speaks,
every string translated, placeholders and plural counts kept, and in step with the code
(a string marked in app, the window's or the core's, and missing from a .ts, or left there
after it went, fails)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.settings import WINDOW_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = [code for code in WINDOW_LANGUAGES if code != "system"]
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?\d")
PLURAL = re.compile(r"%L?n")

Key = tuple[str, str, str]  # context, source, comment


def messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name", ""),
                message.findtext("source", ""),
                message.findtext("comment", ""),
            )
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What lupdate finds marked in app now: the window's strings and the core's sentences."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    target = tmp_path_factory.mktemp("lupdate") / "now.ts"
    sources = sorted(str(path) for path in (ROOT / "app").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(target)],
        check=True,
        timeout=300,
    )
    return set(messages(target))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    problems = []
    for (context, source, _comment), message in messages(
        TRANSLATIONS / f"rapport_{language}.ts"
    ).items():
        where = f"{context}: {source!r}"
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        plural = bool(PLURAL.search(source))
        if plural != (message.get("numerus") == "yes"):
            problems.append(f"{where} must {'' if plural else 'not '}be a plural")
        texts = translations(message)
        if plural and len(texts) < 2:
            problems.append(f"{where} has {len(texts)} plural form(s)")
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{where}: {text!r} does not keep {wanted}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_follow_the_code(language: str, marked: set[Key]) -> None:
    committed = set(messages(TRANSLATIONS / f"rapport_{language}.ts"))
    # English needs only the plurals ("1 contact"); the rest reads as written.
    expected = {key for key in marked if PLURAL.search(key[1])} if language == "en" else marked
    missing = sorted(expected - committed)
    stale = sorted(committed - expected)
    assert not missing and not stale, (
        "Run `make translations` and translate what is new.\n"
        f"Missing from rapport_{language}.ts: {missing}\nNo longer in the code: {stale}"
    )


def test_there_is_a_source_for_every_window_language() -> None:
    assert sorted(path.name for path in TRANSLATIONS.glob("*.ts")) == sorted(
        f"rapport_{language}.ts" for language in LANGUAGES
    )
