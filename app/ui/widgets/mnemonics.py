"""Alt-key mnemonics for the labels of a long form, picked so they do not collide.

A form built from a list of field names (the contact form, the CSV column mapping) has
no hand-written `&` in its labels. Each label gets the first letter of one of its words
that nothing else on the form or in `avoid` uses yet, then any free letter of it. With
none free (a window has more fields than the alphabet has letters) it shares one with
another field's label, and Qt then moves the focus between the fields that share it, one
press at a time; only a label with no such letter shares its first letter, whatever has
it. A menu or a button that shares a letter stops acting on it. `letters_in_use` reads
`avoid` off the window as it is, so that a translated window keeps its own letters.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QWidget


def give_mnemonics(labels: Iterable[QLabel], avoid: str = "", fields: str = "") -> None:
    """Add an Alt key to every label in `labels` that has a buddy and none yet; `fields`
    are the letters in `avoid` that only other fields' labels use, which a label may
    share when none is free."""
    chosen = list(labels)
    taken = set(avoid.casefold()) | {_mnemonic(label.text()) for label in chosen} - {""}
    needing = [label for label in chosen if label.buddy() is not None]
    needing = [label for label in needing if not _mnemonic(label.text())]
    # The labels with the fewest free letters choose first: more of them get their own.
    needing.sort(key=lambda label: len(_letters(label.text()) - taken))
    given: set[str] = set()  # the letters given here, which a label may share
    sharing = []
    for label in needing:
        at = _free_letter(label.text(), taken)
        if at is None:
            sharing.append(label)
        else:
            letter = _put_mnemonic(label, at)
            given.add(letter)
            taken.add(letter)
    for label in sharing:
        text = label.text()
        at = _free_letter(text, taken - given - set(fields.casefold()))
        _put_mnemonic(
            label, next((i for i, c in enumerate(text) if c.isalpha()), 0) if at is None else at
        )


def _letters(text: str) -> set[str]:
    return {c.casefold() for c in text if c.isalpha()}


def _put_mnemonic(label: QLabel, at: int) -> str:
    text = label.text()
    label.setText(f"{text[:at]}&{text[at:]}")
    return text[at].casefold()


def letters_in_use(
    window: QWidget, besides: QWidget, *, hidden_too: bool = False, labels_only: bool = False
) -> str:
    """The Alt letters of what `window` shows outside `besides`: its menu bar's titles,
    its buttons, its group boxes' titles and its labels with a buddy (only those with
    `labels_only`); with `hidden_too`, those of what it hides now as well (a window
    still being built shows them later)."""
    shown: list[tuple[QWidget, str]] = [
        (label, label.text()) for label in window.findChildren(QLabel) if label.buddy()
    ]
    if not labels_only:
        menus = window.findChildren(QMenuBar)
        shown += [(bar, action.text()) for bar in menus for action in bar.actions()]
        shown += [(button, button.text()) for button in window.findChildren(QAbstractButton)]
        shown += [(box, box.title()) for box in window.findChildren(QGroupBox)]
    return "".join(
        _mnemonic(text)
        for widget, text in shown
        if (hidden_too or widget.isVisibleTo(window))
        and widget is not besides
        and not besides.isAncestorOf(widget)
    )


def _free_letter(text: str, taken: set[str]) -> int | None:
    starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or text[i - 1] == " ")]
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    return next((at for at in starts + letters if text[at].casefold() not in taken), None)


def _mnemonic(text: str) -> str:
    """The letter after a single `&` ("&&" is a literal ampersand), or ""."""
    at = text.replace("&&", "\0\0").find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else ""
