"""The recipient as the checker sees them: what a mail merge knows, and what only the writer
knows.

Callers pass a `Contact` or a plain mapping of fields (a JSON object from the command
line may carry keys a `Contact` lacks); both end up here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from app.contacts import MAIL_MERGE_FIELDS, Contact

# A count of mutual connections is filled in by mail merges too.
_MERGE_KEYS = MAIL_MERGE_FIELDS | {"mutual_connections"}
# Bookkeeping, not knowledge about the person.
_IGNORED_KEYS = frozenset({"id", "profile_url", "email", "group", "strength"})
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Recipient:
    """`merge`: (field, value) pairs a mail merge fills in; `context`: everything else the
        writer recorded about the person, as (field, text) pairs; `field_words`: every word of
        every field, which no check may call a misspelling; `proper_words`: those written as
    names there ("Kraków", "PyData"), which no check may call a mistake at all."""

    id: int | str | None
    given_name: str
    merge: tuple[tuple[str, str], ...]
    context: tuple[tuple[str, str], ...]
    merge_words: frozenset[str]
    field_words: frozenset[str]
    proper_words: frozenset[str]

    @classmethod
    def of(cls, contact: Contact | Mapping[str, Any] | None) -> Recipient:
        if contact is None:
            return _NOBODY
        data = _as_mapping(contact)
        name = _text(data.get("name"))
        first = _text(data.get("first_name")) or (name.split()[0] if name else "")
        last = _text(data.get("last_name")) or " ".join(name.split()[1:])
        values = {**{key: _text(value) for key, value in data.items()}, "first_name": first}
        values["last_name"] = last
        merge = tuple((k, v) for k, v in sorted(values.items()) if k in _MERGE_KEYS and v)
        context = tuple(
            (key, item)
            for key, value in sorted(data.items())
            if key not in _MERGE_KEYS and key not in _IGNORED_KEYS
            for item in _items(value)
        )
        raw_id = data.get("id")
        return cls(
            id=raw_id if isinstance(raw_id, int | str) and not isinstance(raw_id, bool) else None,
            given_name=first,
            merge=merge,
            context=context,
            merge_words=_words(value for _, value in merge),
            field_words=_words(values.values()),
            proper_words=_proper_words(values.values()),
        )


def words_of(text: str) -> list[str]:
    """Lower-case words with a possessive "'s" dropped: how names are compared."""
    found = []
    for word in _TOKEN.findall(text.lower().replace("’", "'")):
        found.append(word[:-2] if word.endswith("'s") else word)
    return found


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(word for value in values for word in words_of(value))


def _proper_words(values: Iterable[str]) -> frozenset[str]:
    """The lower-cased words written with a capital or a digit: names, not notes' prose."""
    found = set()
    for value in values:
        for token in _TOKEN.findall(value.replace("’", "'")):
            if token[0].isupper() or any(c.isdigit() for c in token):
                found.update(words_of(token))
    return frozenset(found)


def _as_mapping(contact: Contact | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(contact, Contact):
        return {f.name: getattr(contact, f.name) for f in fields(contact)}
    return contact


def _items(value: Any) -> tuple[str, ...]:
    """A recorded detail as separate texts: each entry of a list on its own."""
    if isinstance(value, Iterable) and not isinstance(value, str | Mapping):
        return tuple(item for item in (_text(v) for v in value) if item)
    text = _text(value)
    return (text,) if text else ()


def _text(value: Any) -> str:
    """A field value as text: lists become "a, b", numbers their digits, None nothing."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Iterable):
        return ", ".join(item for item in (_text(v) for v in value) if item)
    return str(value).strip()


_NOBODY = Recipient(None, "", (), (), frozenset(), frozenset(), frozenset())
