"""What a second LinkedIn export of the same account tells: who changed jobs (old and new
company and position, kept in the contact's history), who is new and who is gone, on the
command line as JSON; an older export imported late moves nobody back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.importers import import_linkedin
from app.store import Store
from app.store.export_history import contact_job_changes, export_news
from tests.cli.conftest import Run

PAIR = Path(__file__).parent.parent / "data" / "linkedin-pair"
FIRST = PAIR / "Basic_LinkedInDataExport_01-06-2026"
SECOND = PAIR / "Basic_LinkedInDataExport_02-06-2026"


def _without_ids(news: dict[str, Any]) -> dict[str, Any]:
    keys = ("export_date", "previous_export", "changed", "new", "gone")
    lists = {key: [{k: v for k, v in item.items() if k != "contact_id"} for item in news[key]]
             for key in keys[2:]}  # fmt: skip
    return {key: news[key] for key in keys[:2]} | lists


def test_a_second_export_reports_changed_new_and_gone(rapport: Run) -> None:
    first = json.loads(rapport("import", "linkedin", str(FIRST), "--json").stdout)
    second = rapport("import", "linkedin", str(SECOND), "--json")

    assert (first["export_date"], first["previous_export"]) == ("2026-01-06", None)
    assert (first["changed"], first["new"], first["gone"]) == ([], [], [])
    expected = json.loads((PAIR / "expected.json").read_text(encoding="utf-8"))["second"]
    assert _without_ids(json.loads(second.stdout)) == expected
    text = rapport("import", "linkedin", str(SECOND)).stdout
    assert "Since your export of 2026-01-06: 2 changed jobs, 1 new, 1 no longer there" in text
    assert "Ana Souza: Data Scientist at Lisbon Data Co → Lead Data Scientist at Tide" in text


def test_the_change_is_kept_in_the_contacts_history(store: Store) -> None:
    import_linkedin(store, FIRST)
    import_linkedin(store, SECOND)
    again = import_linkedin(store, SECOND)

    ana = next(c for c in store.contacts() if c.name == "Ana Souza")
    assert (ana.company, ana.title) == ("Tide Analytics", "Lead Data Scientist")
    [change] = contact_job_changes(store.query, ana.id or 0)
    assert (change.old_company, change.new_company, change.seen_on) == (
        "Lisbon Data Co",
        "Tide Analytics",
        "2026-02-06",
    )
    # Importing the same export again says the same and changes nothing.
    assert again.contacts_updated == 0
    assert again.export is not None
    assert [c.name for c in again.export.changed] == ["Ana Souza", "Chloé Martin"]


def test_an_older_export_imported_late_moves_nobody_back(store: Store) -> None:
    import_linkedin(store, SECOND)
    late = import_linkedin(store, FIRST)

    ana = next(c for c in store.contacts() if c.name == "Ana Souza")
    assert (ana.company, ana.title) == ("Tide Analytics", "Lead Data Scientist")
    assert late.export is not None and late.export.changed == ()
    assert store.query("SELECT count(*) FROM job_changes") == [(0,)]


def test_the_news_is_read_back_from_the_database(store: Store) -> None:
    import_linkedin(store, FIRST)
    summary = import_linkedin(store, SECOND)

    news = export_news(store.query)

    assert news == summary.export
    assert news is not None and [p.name for p in news.gone] == ["Dev Rao"]
    # Gone from the export, not from Rapport.
    assert "Dev Rao" in {c.name for c in store.contacts()}
