"""Importing shared template files: everything is checked first, problems are reported
per file, clashes with the user's own templates are asked about, and nothing is written
until the user has agreed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.library.sources import ImportRefused
from app.library.templates import load_library
from app.library.transfer import apply_import, plan_import
from tests.templates_io.helpers import folder_state, template_text, write_template, write_zip

BROKEN = {
    "no-front-matter.j2": ("Just a note.", "front matter block"),
    "bad-kind.j2": (template_text("bad-kind", kind="poem"), "bad-kind.j2, line 3: 'kind'"),
    "syntax.j2": (template_text("syntax", "Hi\n{{ first_name }"), "syntax.j2, line 9:"),
    "refused.j2": (
        template_text("refused", "{{ ''.__class__ }}"),
        "refused.j2, line 8: the sandbox refused it",
    ),
    "endless.j2": (
        template_text(
            "endless",
            "{% for a in range(9999) %}{% for b in range(9999) %}"
            "{% for c in range(9999) %}{% endfor %}{% endfor %}{% endfor %}",
        ),
        "the sandbox refused it",
    ),
}


def test_a_good_file_is_ready_and_written_only_when_applied(shared: Path, user_dir: Path) -> None:
    source = write_template(shared, "warm-thanks")
    plan = plan_import([source], user_dir)
    assert [item.template.name for item in plan.items] == ["warm-thanks"]
    assert not plan.problems and not plan.clashes
    assert folder_state(user_dir) == {}  # planning writes nothing

    result = apply_import(plan, user_dir, replace=False)
    assert result.written == ("warm-thanks",)
    assert (user_dir / "warm-thanks.j2").read_bytes() == source.read_bytes()
    assert load_library(user_dir=user_dir).get("warm-thanks").source == "user"


@pytest.mark.parametrize("name", BROKEN, ids=BROKEN.keys())
def test_each_broken_file_is_reported_by_name_and_nothing_is_written(
    shared: Path, user_dir: Path, name: str
) -> None:
    text, complaint = BROKEN[name]
    (shared / name).write_text(text, encoding="utf-8")
    plan = plan_import([shared / name], user_dir)
    assert not plan.items
    [problem] = plan.problems
    assert problem.origin == name
    assert complaint in str(problem.message)
    apply_import(plan, user_dir, replace=True)
    assert folder_state(user_dir) == {}


def test_a_folder_reports_each_bad_file_and_keeps_the_good_ones(
    shared: Path, user_dir: Path
) -> None:
    for name, (text, _) in BROKEN.items():
        (shared / name).write_text(text, encoding="utf-8")
    write_template(shared, "good-one")
    (shared / "latin1.j2").write_bytes(template_text("café").encode("latin-1"))
    (shared / "huge.j2").write_text(template_text("huge", "x" * 250_000), encoding="utf-8")
    (shared / "binary.j2").write_bytes(b"---\nname: bin\x00\n---\n")
    (shared / "notes.txt").write_text("not a template", encoding="utf-8")

    plan = plan_import([shared], user_dir)
    assert [item.template.name for item in plan.items] == ["good-one"]
    messages = {p.origin.removeprefix("downloads/"): str(p.message) for p in plan.problems}
    assert set(messages) == {*BROKEN, "latin1.j2", "huge.j2", "binary.j2"}
    assert "not UTF-8" in messages["latin1.j2"]
    assert "larger than 200 KB" in messages["huge.j2"]
    assert "not a text file" in messages["binary.j2"]
    assert folder_state(user_dir) == {}


def test_a_zip_with_a_top_folder_imports_its_templates(shared: Path, user_dir: Path) -> None:
    archive = write_zip(
        shared / "from-ana.zip",
        {
            "ana/": "",
            "ana/coffee-nearby.j2": template_text("coffee-nearby", kind="coffee"),
            "ana/README.md": "Some templates.",
            "__MACOSX/ana/._coffee-nearby.j2": b"\x00\x05\x16\x07",
        },
    )
    plan = plan_import([archive], user_dir)
    assert [(i.origin, i.template.name) for i in plan.items] == [
        ("from-ana.zip: ana/coffee-nearby.j2", "coffee-nearby")
    ]
    assert not plan.problems


def test_names_that_clash_with_mine_are_planned_as_clashes(shared: Path, user_dir: Path) -> None:
    mine = write_template(user_dir, "thanks-warm", "My own words, {{ first_name }}.")
    # One of mine under another file name, holding the clashing name.
    (user_dir / "old-file.j2").write_text(template_text("coffee-nearby", "Mine."), "utf-8")
    write_template(shared, "thanks-warm", "Their words, {{ first_name }}.")
    (shared / "coffee.j2").write_text(template_text("coffee-nearby", "Theirs."), "utf-8")
    write_template(shared, "brand-new")

    plan = plan_import([shared], user_dir)
    clashes = {item.template.name: item.replaces for item in plan.clashes}
    assert clashes == {"thanks-warm": (mine,), "coffee-nearby": (user_dir / "old-file.j2",)}

    kept = apply_import(plan, user_dir, replace=False)
    assert kept.written == ("brand-new",)
    assert set(kept.kept) == {"thanks-warm", "coffee-nearby"}
    assert "My own words" in mine.read_text(encoding="utf-8")

    replaced = apply_import(plan_import([shared], user_dir), user_dir, replace=True)
    assert set(replaced.written) == {"thanks-warm", "coffee-nearby", "brand-new"}
    assert "Their words" in mine.read_text(encoding="utf-8")
    assert not (user_dir / "old-file.j2").exists()
    assert "Theirs." in (user_dir / "coffee-nearby.j2").read_text(encoding="utf-8")


def test_two_files_with_one_name_in_an_import_are_reported(shared: Path, user_dir: Path) -> None:
    (shared / "a.j2").write_text(template_text("same"), encoding="utf-8")
    (shared / "b.j2").write_text(template_text("same", "Other."), encoding="utf-8")
    plan = plan_import([shared], user_dir)
    assert [item.origin for item in plan.items] == ["downloads/a.j2"]
    [problem] = plan.problems
    assert "downloads/b.j2" in str(problem.message) and "same name" in str(problem.message)


def test_a_missing_source_is_refused(shared: Path, user_dir: Path) -> None:
    with pytest.raises(ImportRefused, match="no such file or folder"):
        plan_import([shared / "gone.zip"], user_dir)


def test_a_file_that_is_not_a_zip_but_named_so_is_refused(shared: Path, user_dir: Path) -> None:
    (shared / "fake.zip").write_text("not a zip", encoding="utf-8")
    with pytest.raises(ImportRefused, match=r"fake\.zip: not a zip archive"):
        plan_import([shared / "fake.zip"], user_dir)
