"""Template files: front matter, the two folders, and clear messages for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.channels import Channel
from app.library.templates import Kind, TemplateFormatError, load_library, parse_template

GOOD = """---
name: {name}
kind: thanks
channel: linkedin_message
description: {description}
requires: [first_name]
---
Thanks, {{{{ first_name }}}}!
"""


def write(folder: Path, name: str, description: str = "A thank-you.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.j2"
    path.write_text(GOOD.format(name=name, description=description), encoding="utf-8")
    return path


def test_parses_front_matter_and_body() -> None:
    template = parse_template(GOOD.format(name="thanks-short", description="Short."))
    assert template.name == "thanks-short"
    assert template.kind is Kind.THANKS
    assert template.channel is Channel.LINKEDIN_MESSAGE
    assert template.requires == ("first_name",)
    assert template.body == "Thanks, {{ first_name }}!"
    assert template.body_line == 8
    assert template.file_line(1) == 8


def test_user_template_overrides_builtin_of_same_name(tmp_path: Path) -> None:
    write(tmp_path / "builtin", "thanks", "Built in.")
    write(tmp_path / "builtin", "other")
    write(tmp_path / "user", "thanks", "Mine.")
    library = load_library(tmp_path / "builtin", tmp_path / "user")
    assert library.get("thanks").description == "Mine."
    assert library.get("thanks").source == "user"
    assert library.get("other").source == "builtin"
    assert [t.name for t in library.templates] == ["other", "thanks"]


def test_broken_file_is_reported_and_the_rest_still_load(tmp_path: Path) -> None:
    write(tmp_path / "builtin", "fine")
    (tmp_path / "user").mkdir()
    (tmp_path / "user" / "broken.j2").write_text("no front matter here", encoding="utf-8")
    (tmp_path / "user" / "latin1.j2").write_bytes("---\nname: caf\xe9\n---\n".encode("latin-1"))
    library = load_library(tmp_path / "builtin", tmp_path / "user")
    assert [t.name for t in library.templates] == ["fine"]
    assert len(library.problems) == 2
    assert any("broken.j2" in str(p) and "front matter" in str(p) for p in library.problems)
    assert any("latin1.j2" in str(p) and "UTF-8" in str(p) for p in library.problems)


@pytest.mark.parametrize(
    ("front_matter", "complaint"),
    [
        ("name: x\nkind: poem\nchannel: email", "'kind' must be one of"),
        ("name: x\nkind: invite\nchannel: fax", "'channel' must be one of"),
        ("name: 'has spaces'\nkind: invite\nchannel: email", "'name'"),
        ("name: x\nkind: invite\nchannel: email\nrequires: [first name]", "'requires'"),
        ("name: x\nkind: [unclosed", "front matter"),
        ("- just\n- a list", "key: value"),
    ],
)
def test_bad_front_matter_says_what_is_wrong(front_matter: str, complaint: str) -> None:
    with pytest.raises(TemplateFormatError, match=complaint.replace("[", r"\[")):
        parse_template(f"---\n{front_matter}\n---\nbody\n")


def test_unknown_template_name_is_a_clear_error(tmp_path: Path) -> None:
    library = load_library(tmp_path / "none", tmp_path / "none-either")
    with pytest.raises(KeyError, match="no template named 'nope'"):
        library.get("nope")


def _with(extra: str) -> str:
    return GOOD.format(name="danke", description="Ein Dank.").replace(
        "requires:", f"{extra}\nrequires:"
    )


def test_language_defaults_to_english_without_a_register() -> None:
    template = parse_template(GOOD.format(name="thanks-short", description="Short."))
    assert (template.language, template.register) == ("en", None)


def test_language_and_register_are_read() -> None:
    template = parse_template(_with("language: de\nregister: informal"))
    assert (template.language, template.register) == ("de", "informal")
    assert parse_template(_with("language: pt-BR")).language == "pt"


@pytest.mark.parametrize(
    ("extra", "complaint"),
    [
        ("language: klingon", "'language' must be one of: en, de, fr, es, pt"),
        ("language: [de]", "'language' must be one of"),
        ("language: de\nregister: casual", "'register' must be one of: formal, informal"),
        ("register: formal", "'register' applies only to de, es, fr, pt"),
    ],
)
def test_bad_language_or_register_says_what_is_wrong(extra: str, complaint: str) -> None:
    with pytest.raises(TemplateFormatError, match=complaint):
        parse_template(_with(extra))


def test_library_lists_a_kind_in_one_language(tmp_path: Path) -> None:
    builtin = tmp_path / "builtin"
    write(builtin, "thanks-short")
    (builtin / "danke.de.j2").write_text(_with("language: de"), encoding="utf-8")
    library = load_library(builtin_dir=builtin, user_dir=tmp_path / "none")
    assert [t.name for t in library.by_kind(Kind.THANKS, "de")] == ["danke"]
    assert [t.name for t in library.by_kind(Kind.THANKS, "en")] == ["thanks-short"]
    assert len(library.by_kind(Kind.THANKS)) == 2
