"""Locations people type, compared the way someone deciding on a coffee would."""

from __future__ import annotations

import pytest

from app.relationships.places import Places, same_area

SAME = [
    ("Toronto, Ontario, Canada", "Greater Toronto Area"),
    ("Toronto, ON", "GTA"),
    ("Toronto", "Mississauga, Ontario"),
    ("Greater Toronto Area, Canada", "Scarborough, ON"),
    ("Scarborough, Toronto", "Toronto"),
    ("San Francisco Bay Area", "Oakland, California"),
    ("SF Bay Area", "Palo Alto, CA"),
    ("New York City Metropolitan Area", "Brooklyn, NY"),
    ("New York, New York, United States", "Jersey City, NJ"),
    ("NYC", "Manhattan"),
    ("Montréal, Québec", "montreal"),
    ("MONTREAL, QC, CANADA", "Laval, Québec"),
    ("Washington DC-Baltimore Area", "Bethesda, MD"),
    ("Washington, D.C.", "Arlington, VA"),
    ("Dallas-Fort Worth Metroplex", "Arlington, TX"),
    ("Cambridge, MA", "Greater Boston"),
    ("Vancouver, WA", "Portland, Oregon"),
    ("London, ON", "London, Ontario, Canada"),
    ("Greater London", "London, England, United Kingdom"),
    ("Île-de-France, France", "Paris"),
    ("München, Bayern, Deutschland", "Munich"),
    ("Perth, WA", "Perth, Western Australia"),
    ("Guelph", "Guelph, ON"),
    ("Greater Kigali", "Kigali, Rwanda"),
    ("Springfield", "Springfield, IL"),
    ("Portland", "Portland, OR"),
    ("Portland", "Portland, ME"),
    ("Toronto (Remote)", "Mississauga"),
    ("Remote - Toronto", "North York"),
    ("Toronto, ON M5V 2T6", "Toronto"),
]

DIFFERENT = [
    ("Toronto, Ontario, Canada", "Montréal, Québec"),
    ("Toronto", "Toronto, Ohio"),
    ("Portland, OR", "Portland, ME"),
    ("London, Ontario", "London, UK"),
    ("Cambridge, UK", "Boston"),
    ("Cambridge, England", "Cambridge, MA"),
    ("Vancouver", "Portland, OR"),
    ("Seattle, WA", "Perth, WA"),
    ("Springfield, IL", "Springfield, MO"),
    ("Buffalo, New York", "New York City"),
    ("Guelph", "Kitchener"),
    ("Oakland, California", "Los Angeles"),
    ("Remote", "Remote"),
    ("Remote", "Toronto"),
    ("Worldwide", "Anywhere"),
    ("N/A", "n/a"),
    ("", ""),
    ("", "Toronto"),
    ("   ", "Toronto"),
    ("Ontario", "Ontario"),
    ("Canada", "Toronto, Canada"),
    ("Victoria, Australia", "Melbourne"),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_the_same_area_written_two_ways(first: str, second: str) -> None:
    assert same_area(first, second)
    assert same_area(second, first)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_places_that_are_not_near_or_not_places(first: str, second: str) -> None:
    assert not same_area(first, second)
    assert not same_area(second, first)


@pytest.mark.parametrize(
    ("text", "precise"),
    [
        ("Toronto, ON", True),
        ("Guelph", True),
        ("Greater Kigali Area", True),
        ("Ontario, Canada", False),
        ("Canada", False),
        ("Remote", False),
        ("Remote, Canada", False),
        ("", False),
        ("--", False),
    ],
)
def test_a_location_names_a_town_or_it_does_not(places: Places, text: str, precise: bool) -> None:
    assert places.read(text).precise is precise
