"""Which column of a spreadsheet holds which contact field: proposed from the headers,
checked before an import, and confirmed by the user (the import dialog shows it).

A mapping is `{contact field: column header}`, e.g. `{"first_name": "First", "email":
"E-mail Address"}`. Headers are compared ignoring case, spaces and punctuation, so
"E-mail 1 - Value", "First_Name" and "firstName" are recognised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from app.contacts import FIELDS
from app.importers.table import column_key

# Every field a column can fill, with the label a dialog shows for it.
MAPPABLE_FIELDS: dict[str, str] = {info.name: info.label for info in FIELDS}
NAME_FIELDS = ("name", "first_name", "last_name")

# Headers seen in exports from LinkedIn, Google Contacts (old and new CSV), Outlook and
# Apple Numbers, reduced as `_reduced` reduces them: each field's FieldInfo.headers.
_SYNONYMS: dict[str, tuple[str, ...]] = {info.name: info.headers for info in FIELDS}


# A column named like a field that holds something else when a better column is there
# too: Outlook's "Title" is Mr. or Dr., the job is in "Job Title".
_OUTRANKED = (("title", "jobtitle"),)


def propose_mapping(headers: Sequence[str]) -> dict[str, str]:
    """The mapping the headers suggest: each field gets the first column named like it,
    and no column serves two fields."""
    reduced = [_reduced(header) for header in headers]
    for weak, strong in _OUTRANKED:
        if weak in reduced and strong in reduced:
            reduced[reduced.index(weak)] = ""  # matches no field
    mapping: dict[str, str] = {}
    used: set[int] = set()
    for field, label in MAPPABLE_FIELDS.items():
        names = {_reduced(field), _reduced(label), *_SYNONYMS.get(field, ())}
        for index, header in enumerate(reduced):
            if index not in used and header in names:
                mapping[field] = headers[index]
                used.add(index)
                break
    return mapping


def mapping_problems(mapping: Mapping[str, str], headers: Sequence[str]) -> list[str]:
    """What is wrong with `mapping` for a file with these headers, one sentence each;
    empty when it can be used."""
    problems: list[str] = []
    unknown = [field for field in mapping if field not in MAPPABLE_FIELDS]
    if unknown:
        verb = "is not a contact field" if len(unknown) == 1 else "are not contact fields"
        problems.append(f"{_quoted(unknown)} {verb}; the fields are {', '.join(MAPPABLE_FIELDS)}.")
    keys = {column_key(header) for header in headers}
    missing = [column for column in mapping.values() if column_key(column) not in keys]
    if missing:
        problems.append(
            f"the file has no column {_quoted(missing, ' or ')}; its columns are "
            f"{_quoted(list(headers))}."
        )
    if not any(field in mapping for field in NAME_FIELDS):
        problems.append(
            "no column gives the name: map one to name, or to first_name and last_name."
        )
    return problems


def parse_mapping(text: str) -> dict[str, str]:
    """A mapping written on the command line: `first_name=First,email=E-mail Address`.

    ValueError says what is wrong with it.
    """
    mapping: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        field, equals, column = part.partition("=")
        if not equals or not field.strip() or not column.strip():
            raise ValueError(f"“{part.strip()}” is not field=column (e.g. first_name=First).")
        mapping[field.strip()] = column.strip()
    if not mapping:
        raise ValueError("the mapping is empty; give field=column pairs (e.g. name=Full Name).")
    return mapping


def _reduced(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.casefold())


def _quoted(names: Sequence[str], joiner: str = ", ") -> str:
    return joiner.join(f"“{name}”" for name in names)
