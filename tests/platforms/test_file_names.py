"""Template file names that Windows and macOS treat differently from Linux: names that
differ only in case, and names Windows keeps for devices."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import paths
from app.library.templates import load_library
from app.library.transfer import apply_import, plan_import
from app.library.user_files import TemplateFileError, save_user_template
from tests.templates_io.helpers import template_text, write_template


@pytest.fixture
def user_dir() -> Path:
    return paths.user_templates_dir()


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


def case_insensitive(folder: Path) -> bool:
    probe = folder / "Case-Probe"
    probe.touch()
    try:
        return (folder / "case-probe").exists()
    finally:
        probe.unlink()


def templates_in(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.j2")}


def test_importing_a_name_that_differs_only_in_case_replaces_the_file(
    shared: Path, user_dir: Path
) -> None:
    write_template(user_dir, "thanks", "Old thanks, {{ first_name }}.")
    source = write_template(shared, "Thanks", "New thanks, {{ first_name }}!")
    plan = plan_import([source], user_dir)
    assert [item.template.name for item in plan.clashes] == ["Thanks"]

    apply_import(plan, user_dir, replace=True)
    [(_, text)] = templates_in(user_dir).items()
    assert "New thanks" in text
    assert load_library(user_dir=user_dir).get("Thanks").source == "user"


@pytest.mark.skipif(
    not case_insensitive(Path(__file__).parent),
    reason="needs a case-insensitive file system (Windows, macOS: the platforms workflow)",
)
def test_on_a_case_insensitive_disk_the_import_keeps_the_file(shared: Path, user_dir: Path) -> None:
    # Before the fix, Thanks.j2 was written over thanks.j2, which was then deleted as
    # the file replaced: both gone.
    assert case_insensitive(user_dir)
    test_importing_a_name_that_differs_only_in_case_replaces_the_file(shared, user_dir)


def test_renaming_a_template_by_case_keeps_one_file(user_dir: Path) -> None:
    old = save_user_template(template_text("thanks"), user_dir)
    saved = save_user_template(template_text("Thanks", "Hi {{ first_name }}."), user_dir, old)
    assert list(templates_in(user_dir)) == [saved.name]
    assert "Hi {{ first_name }}." in saved.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["con", "NUL", "Aux", "com1", "LPT9", "prn.old"])
def test_a_device_name_is_refused_on_import(shared: Path, user_dir: Path, name: str) -> None:
    (shared / "shared.j2").write_text(template_text(name), encoding="utf-8")
    plan = plan_import([shared / "shared.j2"], user_dir)
    assert not plan.items
    [problem] = plan.problems
    assert str(problem.message) == (
        f"shared.j2, line 2: 'name' {name} is kept by Windows for a device; choose another name."
    )


def test_a_device_name_is_refused_when_saved(user_dir: Path) -> None:
    with pytest.raises(TemplateFileError, match="kept by Windows for a device") as refused:
        save_user_template(template_text("con"), user_dir)
    assert refused.value.line == 2
    assert templates_in(user_dir) == {}


@pytest.mark.parametrize("name", ["console", "com10", "nullify", "auxiliary-thanks"])
def test_names_that_only_start_like_a_device_are_fine(user_dir: Path, name: str) -> None:
    save_user_template(template_text(name), user_dir)
    assert load_library(user_dir=user_dir).get(name).source == "user"
