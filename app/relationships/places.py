"""Whether two locations, as people type them, are in the same area: near enough for a coffee.

LinkedIn and people write one place many ways: "Toronto, Ontario, Canada", "Greater Toronto
Area", "Toronto, ON", "GTA", "Mississauga". A location is read against the lists in
`resources/places/`: `areas.toml` (metropolitan areas and the names of the towns in them)
and `regions.toml` (countries, states and provinces). Case, accents and punctuation do not
matter; "Remote", "Worldwide" and an empty location are nowhere, and nowhere is near nothing.

What it cannot know:

- Distances. Two places are near only when the lists put them in one area, or when they
  are the same town (same name, and no state or country that disagrees). A town missing
  from the lists is near itself and nothing else: "Guelph" is not near "Kitchener".
- Which of several places a bare name means. "Portland" with no state could be Oregon or
  Maine, so it counts as near both "Portland, OR" and "Portland, ME"; a name that the
  lists tie to one area ("Toronto") is taken to be that area, so "Toronto" is not near
  "Toronto, Ohio".
- A region or country alone ("Ontario", "Canada") is too wide to say who lives nearby:
  it is near nothing, not even itself.
- Names the lists do not hold, in languages or spellings they do not hold ("Kobenhavn"
  without the ø), and states or countries they do not list, which are compared as
  written only when both locations give one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app import paths

PLACES_FOLDER = "places"
AREAS_FILE = "areas.toml"
REGIONS_FILE = "regions.toml"

# Where one part of a location ends and the next begins: "Toronto, ON", "Toronto / Remote",
# "Toronto (Remote)", "Remote - Toronto". A dash inside a name ("Île-de-France") is kept.
_PARTS = re.compile(r"\s[-–—]\s|[,;/|()·]")
# Dropped without a space, so that "U.S." reads as "US" and "St. John's" as "St Johns".
_SILENT = re.compile(r"[.'’`]")
_NOT_WORD = re.compile(r"[\W_]+")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
_REGION_CODE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


class PlacesError(Exception):
    """A place list is missing or malformed; the message names the file and what is wrong."""


def normalise(text: str) -> str:
    """A name reduced for comparing: "Montréal-Nord" and "montreal nord" give the same."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_NOT_WORD.sub(" ", _SILENT.sub("", plain.replace("&", " and "))).split())


@dataclass(frozen=True)
class Area:
    name: str
    country: str
    regions: frozenset[str]


@dataclass(frozen=True)
class _AreaName:
    """One way of writing an area; `needs` lists regions the location must also name (for
    "Cambridge, MA": Massachusetts), empty when the name alone is enough."""

    area: str
    needs: frozenset[str]


@dataclass(frozen=True)
class Place:
    """A location as read. Empty sets mean the location does not say."""

    areas: frozenset[str]
    locality: str
    regions: frozenset[str]
    countries: frozenset[str]
    others: frozenset[str]

    @property
    def precise(self) -> bool:
        """Whether it names a town or an area, not only a region, a country or nothing."""
        return bool(self.areas or self.locality)


NOWHERE = Place(frozenset(), "", frozenset(), frozenset(), frozenset())


class Places:
    """The place lists, read once; `same_area` then compares any two locations."""

    def __init__(
        self,
        areas: dict[str, Area],
        area_names: dict[str, tuple[_AreaName, ...]],
        regions: dict[str, frozenset[str]],
        countries: dict[str, frozenset[str]],
        affixes: tuple[tuple[str, ...], tuple[str, ...]],
        nowhere: frozenset[str],
    ) -> None:
        self._areas = areas
        self._area_names = area_names
        self._regions = regions
        self._countries = countries
        self._prefixes, self._suffixes = affixes
        self._nowhere = nowhere

    @classmethod
    def load(cls, resources_dir: Path | None = None) -> Places:
        """Read the lists from `resources_dir` (default: the shipped resources).

        Raises `PlacesError` naming the file when a list is missing or malformed.
        """
        folder = (resources_dir or paths.resources_dir()) / PLACES_FOLDER
        regions_path, areas_path = folder / REGIONS_FILE, folder / AREAS_FILE
        raw_regions = _read_toml(regions_path)
        countries = _names_by_code(raw_regions, "countries", _COUNTRY_CODE, regions_path)
        regions = _names_by_code(raw_regions, "regions", _REGION_CODE, regions_path)
        raw = _read_toml(areas_path)
        affixes = (
            tuple(normalise(p) for p in _strings(raw, "prefixes", areas_path)),
            tuple(normalise(s) for s in _strings(raw, "suffixes", areas_path)),
        )
        nowhere = frozenset(normalise(n) for n in _strings(raw, "nowhere", areas_path))
        areas, area_names = _areas(raw, regions, countries, areas_path)
        return cls(areas, area_names, regions, countries, affixes, nowhere)

    def same_area(self, first: str, second: str) -> bool:
        """Whether people at these two locations could meet for a coffee without a trip."""
        return near(self.read(first), self.read(second))

    def read(self, text: str) -> Place:
        """What a location says: its town or area, and any region or country given."""
        if normalise(text) in self._nowhere:
            return NOWHERE
        parts = [_without_numbers(normalise(part)) for part in _PARTS.split(text)]
        parts = [part for part in parts if part and part not in self._nowhere]
        if not parts:
            return NOWHERE
        head, rest = parts[0], parts[1:]
        regions, countries, others = self._qualifiers(rest)
        names_region = any(part in self._regions for part in rest)
        head_is_wide = not names_region and not self._named_areas(head)
        if head_is_wide and (head in self._regions or head in self._countries):
            regions, countries, _ = self._qualifiers([head, *rest])
            return Place(frozenset(), "", *_settled(regions, countries), frozenset(others))
        regions, countries = _settled(regions, countries)
        # "Scarborough, Toronto": a later part may name the area; "Buffalo, New York" names
        # the state, not the city.
        areas = self._areas_named(head, regions, countries) or frozenset[str]().union(
            *(
                self._areas_named(part, regions, countries)
                for part in rest
                if part not in self._regions and part not in self._countries
            )
        )
        if areas:
            # A bare "Toronto" says Ontario, Canada as surely as "Toronto, ON" does.
            found = [self._areas[area] for area in areas]
            countries = countries or frozenset(area.country for area in found)
            if not regions and all(area.regions for area in found):
                regions = frozenset().union(*(area.regions for area in found))
        return Place(areas, self._stripped(head), regions, countries, frozenset(others))

    def _qualifiers(
        self, parts: Iterable[str]
    ) -> tuple[frozenset[str] | None, frozenset[str] | None, set[str]]:
        """The regions and countries the parts allow (None: not said) and the parts
        that are neither, which may still be an area's name."""
        regions: frozenset[str] | None = None
        countries: frozenset[str] | None = None
        others: set[str] = set()
        for part in parts:
            if part in self._regions:
                found = self._regions[part]
                regions = found if regions is None else regions & found
            elif part in self._countries:
                found = self._countries[part]
                countries = found if countries is None else countries & found
            elif not self._named_areas(part):
                others.add(self._stripped(part))
        return regions, countries, others

    def _areas_named(
        self, part: str, regions: frozenset[str], countries: frozenset[str]
    ) -> frozenset[str]:
        """The areas `part` names, of those in the regions and countries given."""
        return frozenset(
            name.area
            for name in self._named_areas(part)
            if (not name.needs or name.needs & regions)
            and self._fits(self._areas[name.area], regions, countries)
        )

    def _named_areas(self, part: str) -> tuple[_AreaName, ...]:
        return self._area_names.get(part, ()) + self._area_names.get(self._stripped(part), ())

    def _stripped(self, part: str) -> str:
        """The name without words that do not move it: "greater toronto area" -> "toronto"."""
        name = part
        for prefix in self._prefixes:
            if name.startswith(prefix + " "):
                name = name[len(prefix) + 1 :]
                break
        for suffix in self._suffixes:
            if name.endswith(" " + suffix):
                name = name[: -len(suffix) - 1]
                break
        return name or part

    @staticmethod
    def _fits(area: Area, regions: frozenset[str], countries: frozenset[str]) -> bool:
        if countries and area.country not in countries:
            return False
        return not (regions and area.regions and not area.regions & regions)


def near(first: Place, second: Place) -> bool:
    """Same area in the lists, or the same town with nothing said that tells them apart."""
    if first.areas & second.areas:
        return True
    if not first.locality or first.locality != second.locality:
        return False
    pairs = (
        (first.regions, second.regions),
        (first.countries, second.countries),
        (first.others, second.others),
    )
    return all(not a or not b or a & b for a, b in pairs)


@cache
def shipped_places() -> Places:
    """The lists shipped with Rapport, read on first use."""
    return Places.load()


def same_area(first: str, second: str) -> bool:
    """`Places.same_area` with the shipped lists."""
    return shipped_places().same_area(first, second)


def _settled(
    regions: frozenset[str] | None, countries: frozenset[str] | None
) -> tuple[frozenset[str], frozenset[str]]:
    """Regions and countries that agree with each other. When a location contradicts
    itself ("Toronto, ON, USA") its regions are dropped and its country believed."""
    if regions is not None and countries is not None:
        regions = frozenset(r for r in regions if _country_of(r) in countries) or None
    if regions is not None:
        countries = frozenset(_country_of(r) for r in regions)
    return regions or frozenset(), countries or frozenset()


def _country_of(region: str) -> str:
    return region.split("-", 1)[0]


def _without_numbers(part: str) -> str:
    """A part without postal codes and street numbers ("toronto m5v 2t6" -> "toronto")."""
    return " ".join(word for word in part.split() if not any(c.isdigit() for c in word))


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # with the first place compared, not with the composer

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise PlacesError(f"The place list {path} is missing.") from None
    except OSError as exc:
        raise PlacesError(f"The place list {path} cannot be read: {exc.strerror}.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PlacesError(f"The place list {path} is not valid TOML: {exc}.") from None


def _strings(table: dict[str, Any], key: str, path: Path) -> list[str]:
    value = table.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PlacesError(f"{path}: '{key}' must be a list of text.")
    return value


def _names_by_code(
    raw: dict[str, Any], key: str, code: re.Pattern[str], path: Path
) -> dict[str, frozenset[str]]:
    """Each normalised name, and the codes it may stand for ("wa": Washington, or
    Western Australia)."""
    table = raw.get(key)
    if not isinstance(table, dict):
        raise PlacesError(f"{path}: a [{key}] table is missing.")
    found: dict[str, frozenset[str]] = {}
    for name_code in table:
        if not code.match(name_code):
            raise PlacesError(f"{path}: '{name_code}' in [{key}] is not a code of the right form.")
        for name in _strings(table, name_code, path):
            key_name = normalise(name)
            found[key_name] = found.get(key_name, frozenset()) | {name_code}
    return found


def _areas(
    raw: dict[str, Any],
    regions: dict[str, frozenset[str]],
    countries: dict[str, frozenset[str]],
    path: Path,
) -> tuple[dict[str, Area], dict[str, tuple[_AreaName, ...]]]:
    table = raw.get("areas")
    if not isinstance(table, dict):
        raise PlacesError(f'{path}: no [areas."Name"] tables.')
    known_countries = frozenset().union(*countries.values())
    known_regions = frozenset().union(*regions.values())
    areas: dict[str, Area] = {}
    names: dict[str, tuple[_AreaName, ...]] = {}
    for title, entry in table.items():
        where = f"{path}: area '{title}'"
        if not isinstance(entry, dict):
            raise PlacesError(f"{where} must be a table.")
        country = entry.get("country")
        if country not in known_countries:
            raise PlacesError(f"{where}: 'country' must be a country code from {REGIONS_FILE}.")
        area_regions = frozenset(_strings(entry, "regions", path))
        if not area_regions <= known_regions:
            unknown = ", ".join(sorted(area_regions - known_regions))
            raise PlacesError(f"{where}: region {unknown} is not in {REGIONS_FILE}.")
        areas[title] = Area(title, country, area_regions)
        for written in (title, *_strings(entry, "names", path)):
            name, _, qualifier = written.partition(",")
            needs = regions.get(normalise(qualifier), frozenset()) if qualifier else frozenset()
            if qualifier and not needs:
                raise PlacesError(
                    f"{where}: in '{written}', the part after the comma is not a "
                    f"region listed in {REGIONS_FILE}."
                )
            key, entry_name = normalise(name), _AreaName(title, needs)
            if entry_name not in names.get(key, ()):
                names[key] = (*names.get(key, ()), entry_name)
    return areas, names
