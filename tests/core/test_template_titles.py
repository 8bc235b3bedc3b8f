"""The name every page shows for a template: words, and a version's language and form of
address written as its speakers write them."""

from __future__ import annotations

import pytest

from app.library.names import template_title
from app.library.templates import load_library


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("invite-met-at-event", "Invite met at event"),
        ("invite-same-city.es", "Invite same city (ES)"),
        ("invite-met-at-event.de.sie", "Invite met at event (DE, Sie)"),
        ("coffee-invitation.es.tu", "Coffee invitation (ES, tú)"),
        ("thanks-for-connecting.pt.senhor", "Thanks for connecting (PT, o senhor)"),
        ("notes.v2", "Notes.v2"),  # a user's own name with a dot is no language
        ("", ""),
    ],
)
def test_a_template_reads_as_words(name: str, title: str) -> None:
    assert template_title(name) == title


def test_every_builtin_has_a_title_of_its_own() -> None:
    names = [t.name for t in load_library().templates if t.source == "builtin"]
    titles = [template_title(name) for name in names]
    assert len(set(titles)) == len(names)
    assert not any("." in title for title in titles)
