"""The groups a contact can be filed under: Rapport's suggestions and the user's own."""

from __future__ import annotations

from app.contacts import DEFAULT_GROUPS, sort_key
from app.store import Store


def group_choices(store: Store) -> list[str]:
    """The default groups, then every other group already in use, by name. Spellings that
    differ only in case or spacing count as one group, under the spelling that
    sorts first."""
    rows = store.query(
        "SELECT DISTINCT group_name FROM contacts WHERE group_name <> '' ORDER BY group_name"
    )
    chosen: dict[str, str] = {group.casefold(): group for group in DEFAULT_GROUPS}
    extra: dict[str, str] = {}
    for (name,) in rows:
        group = " ".join(name.split())
        if group and group.casefold() not in chosen:
            extra.setdefault(group.casefold(), group)
    return [*DEFAULT_GROUPS, *sorted(extra.values(), key=sort_key)]
