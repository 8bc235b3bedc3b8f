"""Filling gaps: which contact fields to ask for, and the contact with them filled in."""

from __future__ import annotations

from app.composing.gaps import fill_gaps, gap_fields
from app.contacts import Contact

BO = Contact(name="Bo", company="Fabrikam")
SOURCE = "Hi {{ first_name }} {{ last_name }}, we met {{ how_met }} ({{ company }})."


def test_missing_fields_are_asked_for_and_stay_while_typed_in() -> None:
    assert gap_fields(SOURCE, BO, missing=("how_met",), asked=()) == ["how_met"]
    # Typed in, the field is no longer missing, but is still the contact's gap.
    assert gap_fields(SOURCE, BO, missing=(), asked=("how_met",)) == ["how_met"]


def test_fields_are_dropped_once_supplied_or_no_longer_used() -> None:
    assert gap_fields(SOURCE, BO.replace(how_met="at PyCon"), (), ("how_met",)) == []
    assert gap_fields("Hi {{ first_name }}.", BO, (), ("how_met",)) == []
    assert gap_fields(SOURCE, None, ("how_met",), ()) == []


def test_only_contact_fields_that_can_be_empty_are_asked_for() -> None:
    # A detail for the message (intro_name) has its own form; the name is never missing.
    assert gap_fields("{{ intro_name }} {{ name }}", BO, ("intro_name", "name"), ()) == []


def test_filling_in_text_lists_and_a_last_name() -> None:
    filled = fill_gaps(
        BO,
        {"how_met": " at PyCon ", "shared_interests": "chess; sailing", "last_name": "Chen"},
    )
    assert filled.how_met == "at PyCon"
    assert filled.shared_interests == ("chess", "sailing")
    assert filled.name == "Bo Chen" and filled.id == BO.id


def test_blank_values_change_nothing() -> None:
    assert fill_gaps(BO, {"how_met": "  ", "company": ""}) is BO
