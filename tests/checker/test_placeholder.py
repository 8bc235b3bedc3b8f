from __future__ import annotations

import pytest

from app.checker import Checker, Severity
from tests.checker.conftest import found, underlined

CONTACT = {"name": "Sarah Cole", "company": "Northwind", "title": "Head of Data"}


@pytest.mark.parametrize(
    "blank",
    [
        "{{ first_name }}",
        "{{first_name}}",
        "{% if company %}",
        "{first_name}",
        "${firstName}",
        "[Name]",
        "[Company Name]",
        "%FIRSTNAME%",
        "<first name>",
        "*|FNAME|*",
        "XXX",
        "TBD",
        "____",
        "}}",
    ],
)
def test_every_kind_of_blank_is_an_error_at_its_place(checker: Checker, blank: str) -> None:
    text = f"Hi Sarah, loved your talk on {blank} at the Leeds meetup."
    report = checker.check(text, contact=CONTACT)
    assert underlined(report, "placeholder", text) == [blank]
    assert found(report, "placeholder")[0].severity is Severity.ERROR


def test_the_contacts_value_is_offered_as_the_fix(checker: Checker) -> None:
    text = "Hi [Name], congratulations on the launch at {{ company }}."
    report = checker.check(text, contact=CONTACT)
    assert [f.suggestions for f in found(report, "placeholder")] == [("Sarah",), ("Northwind",)]


def test_no_suggestion_when_the_record_lacks_the_field(checker: Checker) -> None:
    text = "Hi Sarah, how is life in %CITY%?"
    (blank,) = found(checker.check(text, contact=CONTACT), "placeholder")
    assert blank.suggestions == ()


def test_ordinary_brackets_and_links_are_left_alone(checker: Checker) -> None:
    text = "Hi Sarah, the [slides](https://example.org/s) are up (page 3), and 3 < 5 > 2."
    assert found(checker.check(text, contact=CONTACT), "placeholder") == []


def test_a_blank_is_no_personal_detail(checker: Checker) -> None:
    filled = checker.check("Hi Sarah, loved your Leeds Forecasting Night talk. Connect?")
    blank = checker.check("Hi Sarah, loved your [Event Name] talk. Connect?")
    assert filled.score > blank.score
    assert blank.verdict == "generic"
