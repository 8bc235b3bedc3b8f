"""What Google Contacts' and Outlook's CSV exports say in more than one column, put
together for the contact fields that the column mapping fills from one.

- Place: the mapped city column (`Address 1 - City`, `Business City`) with its country
  (`Address 1 - Country`, `Business Country/Region`), or, with neither, the last line of
  Google's `Address 1 - Formatted`.
- Profile: of a person's websites (`Website 1 - Value`, `Website 2 - Value`, Outlook's
  `Web Page`), the LinkedIn one, and none when none is; a home page is not a profile.
- Group: Google's `Labels` (formerly `Group Membership`), `* myContacts ::: PyData`,
  give the first label the user made; Google's own start with "* ".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.profile_urls import profile_key

# The reduced form of headers, as `csv_mapping` compares them.
_WEBSITE = re.compile(r"^(?:website\d*value|webpage|personalwebpage)$")
_LABELS = ("labels", "groupmembership")
_LABEL_SEPARATOR = ":::"


def reduced(header: str) -> str:
    """A header without case, spacing or punctuation: "E-mail 1 - Value" is email1value."""
    return re.sub(r"[\W_]+", "", header.casefold())


@dataclass(frozen=True)
class AddressBookColumns:
    """Where a file's companion columns are, for the mapping it is imported with."""

    country: int | None = None
    formatted: int | None = None
    websites: tuple[int, ...] = ()
    labels: bool = False

    @classmethod
    def of(cls, headers: Sequence[str], mapping: dict[str, str]) -> AddressBookColumns:
        keys = [reduced(header) for header in headers]
        country = formatted = None
        city = reduced(mapping.get("location", ""))
        if city.endswith("city"):
            stem = city.removesuffix("city")
            country = _find(keys, (f"{stem}country", f"{stem}countryregion"))
            formatted = _find(keys, (f"{stem}formatted",))
        websites: tuple[int, ...] = ()
        if _WEBSITE.match(reduced(mapping.get("profile_url", ""))):
            websites = tuple(i for i, key in enumerate(keys) if _WEBSITE.match(key))
        labels = reduced(mapping.get("group", "")) in _LABELS
        return cls(country, formatted, websites, labels)

    def complete(self, values: dict[str, str], cells: Sequence[str]) -> None:
        """Fill `values` (field: cell text, empty cells left out) from the companions."""
        if self.country is not None or self.formatted is not None:
            place = [values.get("location", ""), _cell(cells, self.country)]
            location = ", ".join(part for part in place if part)
            if not location:
                lines = _cell(cells, self.formatted).splitlines()
                location = lines[-1].strip() if lines else ""
            _set(values, "location", location)
        if self.websites:
            linkedin = (_cell(cells, i) for i in self.websites)
            _set(values, "profile_url", next((v for v in linkedin if _is_linkedin(v)), ""))
        if self.labels:
            _set(values, "group", _first_own_label(values.get("group", "")))


def _first_own_label(text: str) -> str:
    labels = (label.strip() for label in text.split(_LABEL_SEPARATOR))
    return next((label for label in labels if label and not label.startswith("*")), "")


def _is_linkedin(url: str) -> bool:
    return profile_key(url).startswith("linkedin.com/")


def _find(keys: list[str], wanted: tuple[str, ...]) -> int | None:
    return next((i for i, key in enumerate(keys) if key in wanted), None)


def _cell(cells: Sequence[str], position: int | None) -> str:
    return cells[position].strip() if position is not None and position < len(cells) else ""


def _set(values: dict[str, str], field: str, value: str) -> None:
    if value:
        values[field] = value
    else:
        values.pop(field, None)
