"""Fixtures for the store's tests: real SQLite files in the per-test data folder."""

from __future__ import annotations

import pytest

from app.contacts import Contact


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
