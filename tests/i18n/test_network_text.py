"""The Network page's reasons and summary lines in the window's language: the core says
how long ago a stranger connected and which lines it names itself (no group, others,
strengths); the window words them, in English with no translation and in German with the
German file Rapport ships."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.contacts import Contact
from app.relationships.network_review import (
    Bucket,
    StaleConnection,
    network_summary,
    stale_connections,
)
from app.store import Store
from app.ui.network.models import ShareModel, StaleModel, StaleReason, share_label

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)
BUCKETS = {Bucket.NO_GROUP: "No group", Bucket.OTHERS: "Others"}


def test_every_line_the_core_names_has_a_label(qapp: QApplication) -> None:
    assert {bucket: share_label(bucket) for bucket in Bucket} == BUCKETS
    assert [share_label(level) for level in (1, 5)] == ["Close", "Never met"]
    assert share_label("Acme") == "Acme"


@pytest.mark.parametrize(
    ("days", "reason"),
    [
        (2032, "Marked never met, connected 5 years ago, and never contacted."),
        (400, "Marked never met, connected 1 year ago, and never contacted."),
        (200, "Marked never met, connected 200 days ago, and never contacted."),
        (1, "Marked never met, connected 1 day ago, and never contacted."),
    ],
)
def test_why_a_stranger_is_listed_in_english(qapp: QApplication, days: int, reason: str) -> None:
    stale = StaleConnection(1, "Old Stranger", "", "", date(2021, 5, 1), days)
    assert StaleReason().reason(stale) == reason


def test_the_network_review_reads_german(qtbot: QtBot, store: Store, shipped_german: None) -> None:
    store.add_contacts(
        [
            Contact(name="Old Stranger", company="Globex", connected_on="2021-05-01"),
            *(Contact(name=f"P{i}", company=f"Company {i:02}", group="Kunden") for i in range(11)),
        ]
    )
    stale = StaleModel()
    stale.set_rows(stale_connections(store, NOW))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(stale)
    assert stale.index(0, 3).data() == (
        "Als „Nie getroffen“ markiert, vor 5 Jahren verbunden und nie kontaktiert."
    )

    summary = network_summary(store)
    labels = {}
    for name, rows in (
        ("group", summary.by_group),
        ("strength", summary.by_strength),
        ("company", summary.by_company),
    ):
        model = ShareModel(name)
        model.set_rows(rows)
        view.setModel(model)
        labels[name] = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels["group"] == ["Kunden", "Keine Gruppe"]
    assert labels["strength"] == ["Nie getroffen"]
    assert labels["company"][-1] == "Sonstige"
