"""Alt-key mnemonics for the labels of a long form, picked so they do not collide.

A form built from a list of field names (the contact form, the CSV column mapping) has
no hand-written `&` in its labels. Each label gets the first letter of one of its words
that nothing else on the form or in `avoid` uses yet, then any free letter of it; with
none free it shares its first letter, and Qt then moves the focus between the fields
that share it, one press at a time.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel


def give_mnemonics(labels: Iterable[QLabel], avoid: str = "") -> None:
    """Add an Alt key to every label in `labels` that has a buddy and none yet."""
    chosen = list(labels)
    taken = set(avoid.casefold()) | {_mnemonic(label.text()) for label in chosen} - {""}
    for label in chosen:
        text = label.text()
        if label.buddy() is None or _mnemonic(text):
            continue
        at = _free_letter(text, taken)
        taken.add(text[at].casefold())
        label.setText(f"{text[:at]}&{text[at:]}")


def _free_letter(text: str, taken: set[str]) -> int:
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or text[i - 1] == " ")]
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    for at in starts + letters:
        if text[at].casefold() not in taken:
            return at
    return letters[0] if letters else 0


def _mnemonic(text: str) -> str:
    """The letter after a single `&` ("&&" is a literal ampersand), or ""."""
    at = text.replace("&&", "\0\0").find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else ""
