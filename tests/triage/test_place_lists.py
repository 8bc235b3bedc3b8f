"""The place lists are data: what they say decides what is near, and a broken list is
reported by file, never half-read."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.relationships.places import Places, PlacesError

REGIONS = """
[countries]
CA = ["Canada"]
[regions]
CA-ON = ["Ontario", "ON"]
"""
AREAS = """
prefixes = ["greater"]
suffixes = ["area"]
nowhere = ["remote"]

[areas."Golden Horseshoe"]
country = "CA"
regions = ["CA-ON"]
names = ["Hamilton", "Burlington, ON"]
"""


def _lists(root: Path, areas: str = AREAS, regions: str = REGIONS) -> Path:
    folder = root / "places"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "areas.toml").write_text(areas, encoding="utf-8")
    (folder / "regions.toml").write_text(regions, encoding="utf-8")
    return root


def test_an_area_added_to_the_list_makes_its_towns_near(tmp_path: Path) -> None:
    places = Places.load(_lists(tmp_path))
    assert places.same_area("Hamilton, Ontario", "Greater Golden Horseshoe Area")
    assert places.same_area("Burlington, ON", "Hamilton")
    # The list ties Burlington to the area only in Ontario (there is one in Vermont too).
    assert not places.same_area("Burlington", "Hamilton")
    # Toronto is not in this list: it is only near itself.
    assert not places.same_area("Toronto", "Hamilton")
    assert places.same_area("Toronto", "Toronto, ON")
    assert not places.same_area("Remote", "Remote")


@pytest.mark.parametrize(
    ("areas", "regions", "says"),
    [
        (AREAS, "[countries\n", "regions.toml is not valid TOML"),
        (AREAS, "[countries]\nCanada = ['Canada']\n[regions]\n", "'Canada' in [countries]"),
        (AREAS, "[countries]\nCA = 'Canada'\n[regions]\n", "'CA' must be a list of text"),
        (AREAS, "[countries]\nCA = ['Canada']\n", "a [regions] table is missing"),
        (AREAS.replace('"CA-ON"]\nnames', '"CA-QC"]\nnames'), REGIONS, "region CA-QC"),
        (AREAS.replace('country = "CA"', 'country = "US"'), REGIONS, "'country' must be"),
        (AREAS.replace("Burlington, ON", "Burlington, VT"), REGIONS, "'Burlington, VT'"),
        (AREAS.replace('nowhere = ["remote"]', ""), REGIONS, "'nowhere' must be a list"),
        ("prefixes = []\nsuffixes = []\nnowhere = []\n", REGIONS, 'no [areas."Name"] tables'),
    ],
)
def test_a_broken_list_is_reported_with_its_file(
    tmp_path: Path, areas: str, regions: str, says: str
) -> None:
    with pytest.raises(PlacesError, match="toml") as error:
        Places.load(_lists(tmp_path, areas, regions))
    assert says in str(error.value)


def test_a_missing_list_is_named(tmp_path: Path) -> None:
    (_lists(tmp_path) / "places" / "areas.toml").unlink()
    with pytest.raises(PlacesError, match=r"areas\.toml is missing"):
        Places.load(tmp_path)
