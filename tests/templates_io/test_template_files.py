"""A template file's text: problems placed at their line, front matter edited in place,
and saving, naming and deleting files in the user's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.library.templates import load_library, read_template
from app.library.user_files import (
    TemplateFileError,
    TextProblem,
    check_text,
    create_user_template,
    delete_user_template,
    read_front_matter,
    save_user_template,
    unique_name,
    with_front_matter_value,
)
from tests.templates_io.helpers import template_text, write_template


@pytest.mark.parametrize(
    ("text", "line", "complaint"),
    [
        ("---\nname: x\nkind: poem\nchannel: email\n---\nHi", 3, "'kind' must be one of"),
        ("---\nname: x\nkind: invite\nchannel: fax\n---\nHi", 4, "'channel' must be one of"),
        ("---\nname: x\nkind: [open\n---\nHi", 4, "front matter"),
        ("no front matter", 1, "must start with a front matter block"),
        (template_text("x", "Hi\n{{ first_name }\nBye"), 9, "Template syntax"),
        (template_text("x", "Hi\n\n{% include 'a.j2' %}"), 10, "cannot include"),
    ],
)
def test_problems_are_placed_at_their_file_line(text: str, line: int, complaint: str) -> None:
    problem = check_text(text)
    assert isinstance(problem, TextProblem)
    assert problem.line == line
    assert complaint in str(problem.detail)
    assert str(problem.located("mine.j2")).startswith(f"mine.j2, line {line}: ")


def test_a_good_text_is_a_template() -> None:
    template = check_text(template_text("thanks-short"))
    assert not isinstance(template, TextProblem)
    assert template.name == "thanks-short"


COMMENTED = """---
# my favourite
name: warm
kind: thanks
channel: email
requires:
  - first_name
  - how_met
description: Old.
---
Hi {{ first_name }}
"""


def test_setting_a_value_keeps_every_other_line() -> None:
    text = with_front_matter_value(COMMENTED, "requires", ["first_name"])
    assert text == COMMENTED.replace(
        "requires:\n  - first_name\n  - how_met\n", "requires: [first_name]\n"
    )
    text = with_front_matter_value(text, "description", "Warm: and short")
    assert "description: 'Warm: and short'\n" in text
    assert text.startswith("---\n# my favourite\nname: warm\n")
    assert read_front_matter(text)["description"] == "Warm: and short"


def test_a_missing_key_is_added_and_a_missing_block_created() -> None:
    text = with_front_matter_value("---\nname: a\n---\nHi", "kind", "coffee")
    assert text == "---\nname: a\nkind: coffee\n---\nHi"
    assert with_front_matter_value("Hi", "name", "b") == "---\nname: b\n---\nHi"


def test_front_matter_that_is_not_yaml_reads_as_empty() -> None:
    assert read_front_matter("---\nname: [open\n---\n") == {}
    assert read_front_matter("no block") == {}


def test_unique_names_count_up_ignoring_case() -> None:
    assert unique_name("thanks", ["other"]) == "thanks"
    assert unique_name("thanks", ["thanks", "Thanks-2"]) == "thanks-3"
    long = "x" * 80
    assert unique_name(long, [long]) == "x" * 78 + "-2"


def test_saving_renames_the_file_with_the_template(user_dir: Path) -> None:
    path = write_template(user_dir, "old-name")
    text = with_front_matter_value(path.read_text(encoding="utf-8"), "name", "new-name")
    saved = save_user_template(text, user_dir, path)
    assert saved == user_dir / "new-name.j2"
    assert not path.exists()
    assert read_template(saved).name == "new-name"
    assert [p.name for p in user_dir.iterdir()] == ["new-name.j2"]  # no temporary left


def test_a_broken_text_is_not_saved_and_the_file_is_unchanged(user_dir: Path) -> None:
    path = write_template(user_dir, "mine")
    before = path.read_bytes()
    with pytest.raises(TemplateFileError, match=r"mine.j2, line 8: Template syntax") as error:
        save_user_template(template_text("mine", "{% if %}"), user_dir, path)
    assert error.value.line == 8
    assert path.read_bytes() == before


def test_saving_onto_another_of_my_templates_is_refused(user_dir: Path) -> None:
    write_template(user_dir, "taken")
    mine = write_template(user_dir, "mine")
    with pytest.raises(TemplateFileError, match="already have a template named 'taken'"):
        save_user_template(template_text("taken", "Other"), user_dir, mine)
    assert "Other" not in (user_dir / "taken.j2").read_text(encoding="utf-8")


def test_created_templates_take_the_name_given(user_dir: Path) -> None:
    path = create_user_template(template_text("original"), "original-copy", user_dir)
    assert read_template(path).name == "original-copy"


def test_built_in_templates_cannot_be_deleted(user_dir: Path) -> None:
    builtin = load_library(user_dir=user_dir).get("thanks-for-accepting")
    with pytest.raises(TemplateFileError, match="built-in"):
        delete_user_template(builtin, user_dir)
    assert builtin.path is not None and builtin.path.exists()
    mine = read_template(write_template(user_dir, "mine"), "user")
    delete_user_template(mine, user_dir)
    assert not (user_dir / "mine.j2").exists()
