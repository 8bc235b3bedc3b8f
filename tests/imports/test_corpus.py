"""Every export shape in tests/data/linkedin imports into the contacts, invitations,
requests and counts its expected.json lists, field by field.

Each folder is one shape seen in real exports (its `about` says which), written for the
tests with invented people. The summary is compared on the keys expected.json gives;
contacts on the fields it gives, and every contact the import made must be listed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.importers import import_linkedin
from app.store import Store

DATA = Path(__file__).parent.parent / "data"
EXPORTS = sorted(path for path in (DATA / "linkedin").iterdir() if path.is_dir())


def _subset(actual: Any, expected: Any) -> Any:
    """`actual` cut down to the keys `expected` names, at every depth."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {key: _subset(actual.get(key), value) for key, value in expected.items()}
    return actual


@pytest.mark.parametrize("export", EXPORTS, ids=[path.name for path in EXPORTS])
def test_each_export_shape_yields_what_it_must(store: Store, export: Path) -> None:
    expected = json.loads((export / "expected.json").read_text(encoding="utf-8"))

    summary = import_linkedin(store, export).to_json()
    for listed in (*summary["skipped"], *summary["namesakes"]):
        listed["file"] = Path(listed["file"]).name  # a folder's files are named by path

    assert _subset(summary, expected["summary"]) == expected["summary"]
    contacts = store.contacts()
    # Who a message or request is linked to: the name, and the company that tells
    # namesakes apart.
    names = {c.id: f"{c.name} ({c.company})" if c.company else c.name for c in contacts}
    assert len(contacts) == len(expected["contacts"])
    for contact, fields in zip(
        sorted(contacts, key=lambda c: (c.name, c.company)),
        sorted(expected["contacts"], key=lambda f: (f["name"], f.get("company", ""))),
        strict=True,
    ):
        assert {key: getattr(contact, key) for key in fields} == fields
    invitations = sorted(
        [m.contact_name, names.get(m.contact_id or 0), m.outcome.value] for m in store.messages()
    )
    assert invitations == expected["invitations"]
    requests = sorted(
        (
            [r.contact_name, names.get(r.contact_id or 0), r.action and r.action.value]
            for r in store.requests()
        ),
        key=lambda row: (row[0], row[1] or "", row[2] or ""),
    )
    assert requests == expected["requests"]


@pytest.mark.parametrize("export", EXPORTS, ids=[path.name for path in EXPORTS])
def test_importing_each_shape_again_changes_nothing(store: Store, export: Path) -> None:
    import_linkedin(store, export)
    before = (store.contacts(), store.messages(), store.requests())

    again = import_linkedin(store, export)

    assert (again.contacts_added, again.invitations_added, again.requests_added) == (0, 0, 0)
    assert (store.contacts(), store.messages(), store.requests()) == before
