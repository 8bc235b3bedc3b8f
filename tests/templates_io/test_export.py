"""Exporting the user's templates, to a zip or a folder, and importing them back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.library.templates import Template, load_library
from app.library.transfer import (
    ExportError,
    apply_import,
    export_conflicts,
    export_templates,
    plan_import,
)
from tests.templates_io.helpers import write_template


def mine(user_dir: Path) -> list[Template]:
    return [t for t in load_library(user_dir=user_dir).templates if t.source == "user"]


@pytest.mark.parametrize("destination", ["shared.zip", "shared-folder"])
def test_export_then_import_gives_back_the_same_files(
    tmp_path: Path, user_dir: Path, destination: str
) -> None:
    write_template(user_dir, "thanks-warm", "Thank you, {{ first_name }} 🙂")
    write_template(user_dir, "coffee-soon", "Coffee soon, {{ first_name }}?")
    originals = {path.name: path.read_bytes() for path in user_dir.iterdir()}

    exported = export_templates(mine(user_dir), tmp_path / destination)

    other_home = tmp_path / "someone-else"
    other_home.mkdir()
    plan = plan_import([exported], other_home)
    assert not plan.problems and not plan.clashes
    apply_import(plan, other_home, replace=False)
    assert {path.name: path.read_bytes() for path in other_home.iterdir()} == originals


def test_a_zip_export_holds_one_file_per_template(tmp_path: Path, user_dir: Path) -> None:
    write_template(user_dir, "a-note")
    archive = export_templates(mine(user_dir), tmp_path / "out.zip")
    with zipfile.ZipFile(archive) as opened:
        assert opened.namelist() == ["a-note.j2"]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_files_an_export_would_overwrite_are_listed(tmp_path: Path, user_dir: Path) -> None:
    write_template(user_dir, "a-note")
    write_template(user_dir, "b-note")
    target = tmp_path / "out"
    target.mkdir()
    (target / "b-note.j2").write_text("older", encoding="utf-8")
    assert export_conflicts(mine(user_dir), target) == [target / "b-note.j2"]


def test_a_template_whose_file_is_gone_is_a_clear_error(tmp_path: Path, user_dir: Path) -> None:
    path = write_template(user_dir, "a-note")
    templates = mine(user_dir)
    path.unlink()
    with pytest.raises(ExportError, match=r"a-note\.j2: no such file"):
        export_templates(templates, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()
