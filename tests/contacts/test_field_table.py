"""One table of contact fields: a field declared once on Contact reaches the labels, the
template variables, the CSV mapping and the example contact."""

from __future__ import annotations

from dataclasses import dataclass

from app.contacts import (
    EXAMPLE_CONTACT,
    FIELD_INFO,
    FIELD_LABELS,
    Contact,
    _field,
    field_table,
    template_fields,
)
from app.importers.csv_mapping import MAPPABLE_FIELDS, propose_mapping
from app.store.rows import NewContact


@dataclass(frozen=True)
class ContactWithPronouns(Contact):
    """A contact type with one more field, declared as Contact declares its own."""

    pronouns: str = _field("", "Pronouns", example="she/her", headers=("pronoun",))


def test_a_field_declared_once_is_a_template_variable_with_its_label() -> None:
    table = {info.name: info for info in field_table(ContactWithPronouns)}
    assert table["pronouns"].label == "Pronouns"
    ana = ContactWithPronouns(name="Ana Souza", pronouns=" she/her ")
    assert template_fields(ana)["pronouns"] == "she/her"
    assert "pronouns" not in template_fields(ContactWithPronouns(name="Ana Souza"))


def test_every_stored_field_is_in_the_table_and_in_the_import_row() -> None:
    stored = [name for name in NewContact._fields]
    assert [info.name for info in field_table() if info.name != "last_name"] == stored
    assert set(MAPPABLE_FIELDS) == set(FIELD_INFO)


def test_labels_and_csv_headers_come_from_the_table() -> None:
    assert FIELD_LABELS["how_met"] == "How you met"
    assert "connected_on" not in FIELD_LABELS  # stored, but not a template variable
    mapping = propose_mapping(["Full Name", "Employer", "How we met", "Surname"])
    assert mapping == {
        "name": "Full Name",
        "company": "Employer",
        "how_met": "How we met",
        "last_name": "Surname",
    }


def test_the_example_contact_fills_every_template_variable() -> None:
    variables = template_fields(EXAMPLE_CONTACT)
    assert set(variables) == set(FIELD_LABELS)
