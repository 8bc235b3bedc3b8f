from __future__ import annotations

from app.checker import Checker
from app.contacts import Contact
from tests.checker.conftest import found, underlined

SARAH = Contact(
    name="Sarah Cole", company="Northwind", title="Head of Data", location="Leeds", id=4
)


def test_naming_title_and_company_is_still_generic(checker: Checker) -> None:
    text = "Hi Sarah, I see you're Head of Data at Northwind. Let's connect!"
    report = checker.check(text, kind="invite", contact=SARAH)
    assert report.verdict == "generic"
    assert underlined(report, "mail_merge", text) == ["Head of Data", "Northwind"]
    assert "Northwind" in found(report, "mail_merge")[1].message


def test_the_name_alone_is_reported_when_it_is_the_only_touch(checker: Checker) -> None:
    text = "Hi Sarah, I would love to connect with you!"
    report = checker.check(text, contact=SARAH)
    assert underlined(report, "mail_merge", text) == ["Sarah"]


def test_town_industry_and_mutual_count_are_mail_merge_too(checker: Checker) -> None:
    contact = {"name": "Jenny Park", "location": "Chicago", "industry": "Logistics"}
    text = "Hi Jenny, we're both in Logistics in Chicago and have 12 mutual connections."
    report = checker.check(text, contact=contact)
    assert underlined(report, "mail_merge", text) == [
        "Logistics",
        "Chicago",
        "12 mutual connections",
    ]


def test_a_mapping_with_unknown_keys_is_accepted(checker: Checker) -> None:
    contact = {"name": "Sarah Cole", "company": "Northwind", "school": "Leeds Uni", "extra": 1}
    text = "Hi Sarah, Northwind looks great. Let's connect!"
    assert underlined(checker.check(text, contact=contact), "mail_merge", text) == ["Northwind"]


def test_mail_merge_values_next_to_real_detail_are_not_reported(checker: Checker) -> None:
    text = (
        "Hi Sarah, your PyData Leeds talk on forecasting bin collections was the first time "
        "seasonality clicked for me. Could I send you the notebook I built from it?"
    )
    report = checker.check(text, contact=SARAH)
    assert report.verdict == "personal"
    assert found(report, "mail_merge") == []


def test_a_short_value_matches_only_as_written(checker: Checker) -> None:
    contact = {"name": "Raj Patel", "industry": "IT", "title": "PM"}
    text = "Hi Raj, it would be great to hear how IT teams plan. Is 5 pm ok?"
    assert underlined(checker.check(text, contact=contact), "mail_merge", text) == ["IT"]
