"""Fixtures for the store's tests: real SQLite files in the per-test data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.contacts import Contact
from app.paths import database_path
from app.store import Store


@pytest.fixture
def db_path(rapport_home: Path) -> Path:
    """Where Rapport keeps its database; inside the temporary RAPPORT_HOME."""
    return database_path()


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def full_contact() -> Contact:
    """A contact with every field filled, in several scripts."""
    return Contact(
        name="Zoë Ñúñez-أحمد 🌍",
        first_name="Zoë",
        company="Café Ünïcode GmbH",
        title="Head of 🚀 Launches",
        location="São Paulo",
        industry="Logistics",
        profile_url="https://www.linkedin.com/in/zoe-nunez",
        email="zoe@example.com",
        group="Former colleagues",
        strength=2,
        how_met="Worked together at Acme",
        met_when="2019",
        introduced_by="Miriam Cohen",
        their_work="Wrote «Shipping without tears»",
        shared_interests=("climbing", "typography", "عربي"),
        mutual_contacts=("Miriam Cohen", "שרה לוי"),
        notes="Prefers e-mail.\nLikes long walks; 😀",
        incoming_note="שלום! Would love to connect.",
        cadence_days=30,
        connected_on="2024-05-06",
    )
