"""Hostile shared files: malicious archives are refused whole, and every template the
sandbox refuses is reported; nothing is written anywhere."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from app.library import sources as template_sources
from app.library.sources import ImportRefused
from app.library.transfer import plan_import
from tests.core.test_hostile_templates import HOSTILE
from tests.templates_io.helpers import folder_state, template_text, write_zip

TRAVERSAL = ["../evil.j2", "ok/../../evil.j2", "/etc/evil.j2", "C:\\evil.j2", "..\\evil.j2"]


@pytest.mark.parametrize("entry", TRAVERSAL)
def test_a_zip_with_a_path_outside_its_folder_is_refused_whole(
    tmp_path: Path, shared: Path, user_dir: Path, entry: str
) -> None:
    archive = write_zip(
        shared / "evil.zip",
        {"good.j2": template_text("good"), entry: template_text("evil")},
    )
    before = folder_state(tmp_path)
    with pytest.raises(ImportRefused, match="points outside the archive"):
        plan_import([archive], user_dir)
    assert folder_state(tmp_path) == before


def test_a_zip_that_unpacks_to_too_much_is_refused_whole(shared: Path, user_dir: Path) -> None:
    # 200 files of 150 KB of one letter: 30 MB unpacked from a few hundred KB.
    entries: dict[str, str | bytes] = {
        f"t{number}.j2": template_text(f"t{number}", "x" * 150_000) for number in range(200)
    }
    archive = write_zip(shared / "bomb.zip", entries)
    assert archive.stat().st_size < 1_000_000
    with pytest.raises(ImportRefused, match="more than 20 MB"):
        plan_import([archive], user_dir)
    assert folder_state(user_dir) == {}


def test_an_entry_that_lies_about_its_size_is_not_unpacked(shared: Path, user_dir: Path) -> None:
    archive = write_zip(shared / "liar.zip", {"liar.j2": template_text("liar", "x" * 5_000_000)})
    _declare_size(archive, 300)
    plan = plan_import([archive], user_dir)
    assert not plan.items
    [problem] = plan.problems
    assert "liar.zip: liar.j2: the entry is damaged" in str(problem.message)


def test_an_oversized_entry_is_reported_without_unpacking(shared: Path, user_dir: Path) -> None:
    archive = write_zip(shared / "big.zip", {"big.j2": template_text("big", "x" * 1_000_000)})
    plan = plan_import([archive], user_dir)
    [problem] = plan.problems
    assert "big.zip: big.j2: larger than 200 KB" in str(problem.message)


def test_an_archive_of_too_many_entries_is_refused(shared: Path, user_dir: Path) -> None:
    entries: dict[str, str | bytes] = {
        f"{n}.txt": "" for n in range(template_sources.MAX_ENTRIES + 1)
    }
    with pytest.raises(ImportRefused, match="more than 5,000 entries"):
        plan_import([write_zip(shared / "many.zip", entries)], user_dir)


def test_every_template_of_the_hostile_catalogue_is_reported(shared: Path, user_dir: Path) -> None:
    entries: dict[str, str | bytes] = {
        f"hostile-{number}.j2": template_text(f"hostile-{number}", source)
        for number, source in enumerate(HOSTILE.values())
    }
    entries["fine.j2"] = template_text("fine")
    plan = plan_import([write_zip(shared / "catalogue.zip", entries)], user_dir)
    assert [item.template.name for item in plan.items] == ["fine"]
    reported = {problem.origin.removeprefix("catalogue.zip: ") for problem in plan.problems}
    missed = [name for n, name in enumerate(HOSTILE) if f"hostile-{n}.j2" not in reported]
    assert not missed
    assert all("Traceback" not in str(problem.message) for problem in plan.problems)
    assert folder_state(user_dir) == {}


def _declare_size(archive: Path, size: int) -> None:
    """Rewrite the uncompressed size an archive's single entry declares, in its local
    header and in the central directory, as a zip bomb would."""
    data = bytearray(archive.read_bytes())
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, size)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, size)
    archive.write_bytes(bytes(data))
    with zipfile.ZipFile(archive) as check:
        assert check.infolist()[0].file_size == size
