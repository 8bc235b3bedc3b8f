"""The contact list as the window reads it: the order first, details as they are needed.

Reading 10,000 full contacts takes a few hundred milliseconds, most of it building the
objects. A list needs far less to be drawn: every contact's id in name order (read from
the name index alone, a few milliseconds), the name and role of the rows on screen, and
a whole contact only when one is opened.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from app.contacts import Contact
from app.store import Store
from app.store.rows import CONTACT_SELECT, contact_from_row

# SQLite allows 32,766 parameters in a statement since 3.32, but only 999 before it.
_CHUNK = 900
_SUMMARY_SELECT = "SELECT id, name, title, company, location, group_name FROM contacts"


@dataclass(frozen=True, slots=True)
class ContactSummary:
    """What a row of the contact list shows and is searched by."""

    id: int
    name: str
    title: str = ""
    company: str = ""
    location: str = ""
    group: str = ""

    @classmethod
    def of(cls, contact: Contact) -> ContactSummary:
        assert contact.id is not None, "only saved contacts are listed"
        return cls(
            contact.id,
            contact.name,
            contact.title,
            contact.company,
            contact.location,
            contact.group,
        )


class ContactDirectory:
    """Reads the contact list from the store, in the store's own order (`name_key, id`).

    Every method raises `StoreError`, as the store does.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def order(self) -> list[tuple[str, int]]:
        """(sort key, id) of every contact, in list order; the keys are `sort_key(name)`."""
        rows = self._store.query("SELECT name_key, id FROM contacts ORDER BY name_key, id")
        return [(key, id_) for key, id_ in rows]

    def summaries(self, ids: Iterable[int]) -> dict[int, ContactSummary]:
        """The summaries of these contacts (those that still exist), by id."""
        return {row[0]: ContactSummary(*row) for row in self._rows(_SUMMARY_SELECT, ids)}

    def all_summaries(self) -> dict[int, ContactSummary]:
        return {row[0]: ContactSummary(*row) for row in self._store.query(_SUMMARY_SELECT)}

    def contacts(self, ids: Iterable[int]) -> dict[int, Contact]:
        """These contacts, whole (those that still exist), by id."""
        # CONTACT_SELECT puts the id last.
        return {row[-1]: contact_from_row(row) for row in self._rows(CONTACT_SELECT, ids)}

    def _rows(self, select: str, ids: Iterable[int]) -> Iterator[Any]:
        """Rows of `select` for these ids, asked a chunk of ids at a time."""
        wanted = list(ids)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            yield from self._store.query(f"{select} WHERE id IN ({marks})", chunk)
