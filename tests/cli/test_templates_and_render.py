"""`rapport --version`, `rapport templates` and `rapport render`, as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

from app import __version__
from tests.cli.conftest import Run

CONTACT = json.dumps({"name": "Ana Souza", "company": "Northwind", "how_met": "at PyData Lisbon"})


def test_version(rapport: Run) -> None:
    result = rapport("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"rapport {__version__}"


def test_templates_json_lists_builtins_with_their_shape(rapport: Run) -> None:
    result = rapport("templates", "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert len(rows) >= 14
    assert set(rows[0]) == {
        "name", "kind", "channel", "description", "requires", "source", "lang", "register",
    }  # fmt: skip
    assert {row["source"] for row in rows} == {"builtin"}


def test_templates_of_every_kind_in_every_language(rapport: Run) -> None:
    rows = json.loads(rapport("templates", "--json").stdout)
    kinds = {row["kind"] for row in rows}
    for language in ("en", "de", "fr", "es", "pt"):
        assert {row["kind"] for row in rows if row["lang"] == language} == kinds, language
    registers = {row["register"] for row in rows if row["lang"] != "en"}
    assert registers == {"formal", "informal"}


def test_templates_in_one_language(rapport: Run) -> None:
    rows = json.loads(rapport("templates", "--json", "--lang", "pt-BR").stdout)
    assert rows and {row["lang"] for row in rows} == {"pt"}
    refused = rapport("templates", "--json", "--lang", "klingon")
    assert refused.returncode == 2
    assert "--lang must be one of en, de, fr, es, pt" in refused.stderr


def test_user_template_overrides_builtin(rapport: Run, rapport_home: Path) -> None:
    (rapport_home / "templates").mkdir()
    (rapport_home / "templates" / "invite-met-at-event.j2").write_text(
        "---\nname: invite-met-at-event\nkind: invite\nchannel: linkedin_note\n"
        "description: Mine.\nrequires: [first_name]\n---\nHey {{ first_name }}!\n",
        encoding="utf-8",
    )
    rows = json.loads(rapport("templates", "--json").stdout)
    mine = next(row for row in rows if row["name"] == "invite-met-at-event")
    assert (mine["source"], mine["description"]) == ("user", "Mine.")
    result = rapport("render", "--template", "invite-met-at-event", "--contact", CONTACT)
    assert result.stdout == "Hey Ana!\n"


def test_render_by_name_prints_the_message(rapport: Run) -> None:
    result = rapport("render", "--template", "invite-met-at-event", "--contact", CONTACT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Hi Ana, good to meet you at PyData Lisbon")


def test_render_from_files(rapport: Run, tmp_path: Path) -> None:
    template = tmp_path / "mine.j2"
    template.write_text(
        "---\nname: mine\nkind: thanks\nchannel: email\n---\nThanks, {{ first_name }}.\n",
        encoding="utf-8",
    )
    contact = tmp_path / "ana.json"
    contact.write_text(CONTACT, encoding="utf-8")
    result = rapport("render", "--template", str(template), "--contact", str(contact))
    assert (result.returncode, result.stdout) == (0, "Thanks, Ana.\n")


def test_missing_field_exits_2_naming_it(rapport: Run) -> None:
    result = rapport(
        "render", "--template", "invite-met-at-event", "--contact", '{"name": "Bo Chen"}'
    )
    assert result.returncode == 2
    assert "how_met" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unknown_template_exits_2(rapport: Run) -> None:
    result = rapport("render", "--template", "no-such-thing", "--contact", CONTACT)
    assert result.returncode == 2
    assert "no template named 'no-such-thing'" in result.stderr


def test_broken_template_exits_2_with_file_and_line(rapport: Run, tmp_path: Path) -> None:
    template = tmp_path / "broken.j2"
    template.write_text(
        "---\nname: broken\nkind: invite\nchannel: email\n---\nHi {{ first_name }}\n"
        "{% if company %}unclosed\n",
        encoding="utf-8",
    )
    result = rapport("render", "--template", str(template), "--contact", CONTACT)
    assert result.returncode == 2
    assert f"{template}:7:" in result.stderr  # the line of the unclosed if
    assert "Traceback" not in result.stderr


def test_hostile_template_exits_2(rapport: Run, tmp_path: Path) -> None:
    template = tmp_path / "evil.j2"
    template.write_text(
        "---\nname: evil\nkind: invite\nchannel: email\n---\n{{ 'A' * 10**10 }}\n",
        encoding="utf-8",
    )
    result = rapport("render", "--template", str(template), "--contact", CONTACT)
    assert result.returncode == 2
    assert "longer than" in result.stderr


def test_bad_contact_json_exits_2(rapport: Run) -> None:
    for contact, complaint in (
        ("{not json", "not valid JSON"),
        ('{"name": "A", "compnay": "X"}', "compnay"),
        ("/no/such/file.json", "no such file"),
        ('{"name": "A", "strength": 9}', "strength"),
    ):
        result = rapport("render", "--template", "invite-met-at-event", "--contact", contact)
        assert result.returncode == 2, contact
        assert complaint.lower() in result.stderr.lower(), result.stderr
        assert "Traceback" not in result.stderr
