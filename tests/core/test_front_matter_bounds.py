"""Front matter that YAML would blow up to gigabytes (the alias bomb), nest without end or
stretch without end is refused, wherever a template is read, before anything is built."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from app.library.templates import TemplateFormatError, load_library, parse_template
from app.library.transfer import plan_import
from app.library.user_files import check_text, read_front_matter


def alias_bomb() -> str:
    """536 bytes that PyYAML's plain loader turns into 10**8 list items."""
    lines = ["name: bomb", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 8):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    lines += ["kind: *a7", "channel: email"]
    return "---\n" + "\n".join(lines) + "\n---\nHi {{ first_name }}\n"


HOSTILE = {
    "alias bomb": (alias_bomb(), "anchor or alias"),
    "a lone anchor": ("---\nname: &n x\nkind: invite\nchannel: email\n---\nHi\n", "anchor"),
    "deep nesting": (
        "---\nname: x\nkind: invite\nchannel: email\nx: " + "[" * 500 + "]" * 500 + "\n---\n",
        "nested more than",
    ),
    "long front matter": (
        "---\nname: x\nkind: invite\nchannel: email\ndescription: " + "y" * 20_000 + "\n---\n",
        "longer than",
    ),
    "many values": (
        "---\nname: x\nkind: invite\nchannel: email\nrequires: ["
        + ", ".join(["a"] * 2000)
        + "]\n---\n",
        "more than 1,000 values",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_front_matter_is_refused_small(case: str) -> None:
    text, expected = HOSTILE[case]
    tracemalloc.start()
    try:
        with pytest.raises(TemplateFormatError, match=expected):
            parse_template(text)
        problem = check_text(text)
        assert read_front_matter(text) == {}
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not hasattr(problem, "body")  # a TextProblem, not a Template
    assert peak < 20_000_000


def test_a_bomb_in_the_users_folder_leaves_the_library_usable(rapport_home: Path) -> None:
    folder = rapport_home / "templates"
    folder.mkdir()
    (folder / "bomb.j2").write_text(alias_bomb(), encoding="utf-8")
    library = load_library(user_dir=folder)
    assert "invite-met-at-event" in library
    [problem] = library.problems
    assert "bomb.j2, line 3: the front matter is using a YAML anchor or alias" in str(problem)


def test_a_bomb_offered_for_import_is_refused(tmp_path: Path, rapport_home: Path) -> None:
    shared = tmp_path / "bomb.j2"
    shared.write_text(alias_bomb(), encoding="utf-8")
    plan = plan_import([shared], rapport_home)
    assert plan.items == ()
    [problem] = plan.problems
    assert "anchor or alias" in str(problem.message)
