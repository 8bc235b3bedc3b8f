"""Whatever two locations are typed, `same_area` answers, and answers the same both ways."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.relationships.places import shipped_places

_pieces = st.sampled_from(
    [
        "Toronto",
        "Greater",
        "Area",
        "GTA",
        "ON",
        "Ontario",
        "Canada",
        "New York",
        "NY",
        "Brooklyn",
        "Cambridge",
        "MA",
        "WA",
        "Perth",
        "Remote",
        "Montréal",
        "Île-de-France",
        "Metropolitan",
        "M5V 2T6",
        "n/a",
        "",
    ]
)
_separators = st.sampled_from([", ", " ", " - ", " / ", "(", ")", ",", "·", "\u2028"])
_locations = st.one_of(
    st.text(max_size=60),
    st.lists(st.tuples(_pieces, _separators), max_size=6).map(
        lambda pairs: "".join(piece + sep for piece, sep in pairs)
    ),
)


@settings(max_examples=400, deadline=None)
@given(first=_locations, second=_locations)
def test_same_area_is_symmetric_and_never_raises(first: str, second: str) -> None:
    places = shipped_places()
    answer = places.same_area(first, second)
    assert answer is places.same_area(second, first)
    if answer:
        # Near means both name a town or an area: a region, a country or "Remote" never is.
        assert places.read(first).precise
        assert places.read(second).precise
