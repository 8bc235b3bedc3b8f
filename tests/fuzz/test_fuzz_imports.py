"""Hostile files to import: CSV, vCard, and LinkedIn export folders (with the links and
pipes a crafted zip can restore)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.fuzz import hostile_builders as build
from tests.fuzz.conftest import FUZZ, assert_handled, run_rapport, write
from tests.fuzz.strategies import LINKEDIN_COLUMNS, csv_bytes, vcard_bytes

randoms = build.seeded
CONNECTIONS = LINKEDIN_COLUMNS["Connections.csv"]


@settings(FUZZ, max_examples=400)
@given(data=randoms.map(lambda rng: build.csv_file(rng, CONNECTIONS)), mapped=st.booleans())
def test_csv_import_handles_hostile_files(tmp_path: Path, data: bytes, mapped: bool) -> None:
    path = tmp_path / "people.csv"
    write(path, data)
    mapping = ["--map", "first_name=First Name,last_name=Last Name"] if mapped else []
    assert_handled(run_rapport("import", "csv", str(path), *mapping))


@settings(FUZZ, max_examples=100)
@given(data=csv_bytes())
def test_csv_import_handles_any_csv_shape(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "people.csv"
    write(path, data)
    assert_handled(run_rapport("import", "csv", str(path)))


@settings(FUZZ, max_examples=300)
@given(data=randoms.map(build.vcard_file))
def test_vcard_import_handles_hostile_files(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "people.vcf"
    write(path, data)
    assert_handled(run_rapport("import", "vcard", str(path)))


@settings(FUZZ, max_examples=100)
@given(data=vcard_bytes())
def test_vcard_import_handles_any_vcard_shape(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "people.vcf"
    write(path, data)
    assert_handled(run_rapport("import", "vcard", str(path)))


SPECIAL = ("file", "file", "file", "missing", "link to /dev/zero", "fifo", "folder", "link out")


def export_folder(rng_files: tuple[object, dict[str, str]], root: Path) -> Path:
    rng, kinds = rng_files
    folder = root / "export"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "nested").mkdir(parents=True)
    for name, columns in LINKEDIN_COLUMNS.items():
        place = folder / ("nested" if kinds.get(name + "/nested") else "") / name
        kind = kinds[name]
        if kind == "file":
            write(place, build.csv_file(rng, columns))  # type: ignore[arg-type]
        elif kind == "link to /dev/zero":
            place.symlink_to("/dev/zero")
        elif kind == "fifo":
            os.mkfifo(place)
        elif kind == "folder":
            place.mkdir()
        elif kind == "link out":
            outside = root / "outside.csv"
            write(outside, "PRIVATE,LINE:0:0\nroot,x:0:0\n")
            place.symlink_to(outside)
    return folder


@settings(FUZZ, max_examples=200)
@given(
    rng=randoms,
    kinds=st.fixed_dictionaries(
        {name: st.sampled_from(SPECIAL) for name in LINKEDIN_COLUMNS},
        optional={name + "/nested": st.just("yes") for name in LINKEDIN_COLUMNS},
    ),
)
def test_linkedin_import_handles_hostile_export_folders(
    tmp_path: Path, rng: object, kinds: dict[str, str]
) -> None:
    folder = export_folder((rng, kinds), tmp_path)
    outcome = run_rapport("import", "linkedin", str(folder))
    assert_handled(outcome)
    assert "PRIVATE" not in outcome.err and "x:0:0" not in outcome.err
