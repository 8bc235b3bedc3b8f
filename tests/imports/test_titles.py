"""A title written before a first name is not a first name: the greeting uses the name."""

from __future__ import annotations

import pytest

from app.importers.titles import without_title


@pytest.mark.parametrize(
    ("written", "first_name"),
    [
        ("Dr. Amal", "Amal"),
        ("Eng. Omar", "Omar"),
        ("Prof. Dr. Petra", "Petra"),
        ("prof Ana Luísa", "Ana Luísa"),
        ("Dra. Beatriz", "Beatriz"),
        ("Drake", "Drake"),
        ("Ingrid", "Ingrid"),
        ("Ms Jo", "Jo"),
        ("Dr.", "Dr."),
        ("Anna Maria", "Anna Maria"),
    ],
)
def test_titles_are_taken_off_first_names(written: str, first_name: str) -> None:
    assert without_title(written) == first_name
