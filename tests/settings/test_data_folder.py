"""Where the data lives: RAPPORT_HOME first, then the folder chosen in Settings (recorded
outside the data folder), then the platform's default; a choice that cannot be used is
explained, and nothing already there is ever lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import data_folder, paths
from app.cli import main
from app.contacts import Contact
from app.settings import Settings, load_settings, save_settings
from app.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No RAPPORT_HOME; the platform default moved into tmp_path, as the real one in the
    user's home must not be touched. Returns that default folder."""
    monkeypatch.delenv("RAPPORT_HOME")
    default = tmp_path / "default-data"
    monkeypatch.setattr(paths, "default_data_dir", lambda: default)
    return default


def test_without_a_choice_the_default_folder_is_used(no_home: Path) -> None:
    assert paths.chosen_data_dir() is None
    assert paths.data_dir() == no_home
    assert paths.settings_path() == no_home / "settings.json"


def test_a_chosen_folder_is_recorded_outside_it_and_used(
    no_home: Path, tmp_path: Path, config_home: Path
) -> None:
    chosen = tmp_path / "Dropbox" / "Rapport"
    chosen.mkdir(parents=True)
    data_folder.record_choice(chosen)
    assert json.loads((config_home / "data-folder.json").read_text(encoding="utf-8")) == {
        "data_folder": str(chosen)
    }
    assert paths.data_dir() == chosen
    assert paths.database_path() == chosen / "rapport.sqlite3"
    assert list(chosen.iterdir()) == []  # the pointer is not in the data folder


def test_a_new_choice_takes_effect_at_the_next_start(no_home: Path, tmp_path: Path) -> None:
    assert paths.data_dir() == no_home
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    data_folder.record_choice(chosen)
    # This process keeps the folder it started with; the next one uses the new choice.
    assert paths.data_dir() == no_home
    assert paths.chosen_data_dir() == chosen
    assert next_run_data_folder() == str(chosen)
    data_folder.record_choice(None)
    assert paths.chosen_data_dir() is None


def next_run_data_folder() -> str:
    """The data folder a new `rapport` process uses (the default moved as in `no_home`)."""
    code = (
        "import sys; from app import paths; "
        f"paths.default_data_dir = lambda: paths.Path({str(paths.default_data_dir())!r}); "
        "print(paths.data_dir())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_rapport_home_wins_over_the_chosen_folder(
    tmp_path: Path, rapport_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    data_folder.record_choice(chosen)
    assert paths.data_dir() == rapport_home
    monkeypatch.delenv("RAPPORT_HOME")
    assert paths.data_dir() == chosen


def test_a_chosen_folder_that_is_gone_is_explained_and_not_recreated(
    no_home: Path, tmp_path: Path, config_home: Path
) -> None:
    unplugged = tmp_path / "usb-stick" / "Rapport"
    unplugged.mkdir(parents=True)
    data_folder.record_choice(unplugged)
    unplugged.rmdir()
    with pytest.raises(paths.DataFolderError) as caught:
        paths.data_dir()
    assert f"The data folder chosen in Settings, {unplugged}, is not there" in caught.value.strerror
    assert caught.value.filename == str(config_home / "data-folder.json")
    assert not unplugged.exists()


@pytest.mark.parametrize(
    "content",
    ["{broken", '{"data_folder": "relative/path"}', '{"folder": "/x"}', '"/just/a/string"'],
)
def test_a_damaged_record_of_the_folder_is_explained(
    no_home: Path, config_home: Path, content: str
) -> None:
    config_home.mkdir()
    (config_home / "data-folder.json").write_text(content, encoding="utf-8")
    with pytest.raises(paths.DataFolderError, match="record of your data folder") as caught:
        paths.data_dir()
    assert "delete this file" in caught.value.strerror
    assert not no_home.exists()  # no silent fall-back to an empty default folder


def test_the_command_line_reports_a_damaged_record_in_one_line(
    no_home: Path, config_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config_home.mkdir()
    (config_home / "data-folder.json").write_text("{broken", encoding="utf-8")
    assert main(["config", "get", "my_name"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rapport config: The record of your data folder cannot be read")
    assert err.rstrip().endswith(f"({config_home / 'data-folder.json'})")
    assert err.count("\n") == 1


def test_a_folder_must_be_a_full_path_to_a_folder_rapport_can_write(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("", encoding="utf-8")
    with pytest.raises(data_folder.FolderProblem, match="not a full path"):
        data_folder.check_folder("relative/folder")
    with pytest.raises(data_folder.FolderProblem, match="is a file, not a folder"):
        data_folder.check_folder(str(a_file))
    with pytest.raises(data_folder.FolderProblem, match="Choose a folder"):
        data_folder.check_folder("  ")
    under_a_file = a_file / "Rapport"
    with pytest.raises(data_folder.FolderProblem, match=f"{under_a_file} cannot be created"):
        data_folder.check_folder(str(under_a_file))
    assert data_folder.check_folder(str(tmp_path / "new" / "folder")) == tmp_path / "new" / "folder"


def test_a_folder_that_refuses_files_is_refused_clearly(no_home: Path) -> None:
    # /sys refuses new folders even to root, whom file permissions do not stop.
    with pytest.raises(data_folder.FolderProblem, match="Rapport cannot write in /sys/rapport"):
        data_folder.change_folder(Path("/sys/rapport"))
    assert paths.chosen_data_dir() is None


def make_data(folder: Path) -> None:
    with Store.open(folder / "rapport.sqlite3") as store:
        store.add_contact(Contact(name="Ana Souza", company="Northwind"))
    save_settings(Settings(my_name="Zoë"), folder / "settings.json")
    (folder / "templates").mkdir()
    (folder / "templates" / "mine.md.j2").write_text("---\nname: mine\n---\nHi", "utf-8")


def test_copying_takes_the_database_settings_and_templates_and_leaves_the_source(
    tmp_path: Path,
) -> None:
    source, target = tmp_path / "old", tmp_path / "new"
    source.mkdir()
    make_data(source)
    before = {p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()}
    data_folder.change_folder(target, copy_from=source)
    with Store.open(target / "rapport.sqlite3") as store:
        assert [c.name for c in store.contacts()] == ["Ana Souza"]
    assert load_settings(target / "settings.json").my_name == "Zoë"
    assert (target / "templates" / "mine.md.j2").read_text("utf-8").endswith("Hi")
    after = {p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()}
    assert after == before
    assert paths.chosen_data_dir() == target


def test_data_is_never_copied_over_rapport_data_already_there(tmp_path: Path) -> None:
    source, target = tmp_path / "old", tmp_path / "new"
    for folder in (source, target):
        folder.mkdir()
    make_data(source)
    save_settings(Settings(my_name="Someone else"), target / "settings.json")
    with pytest.raises(data_folder.FolderProblem, match="already holds Rapport data"):
        data_folder.change_folder(target, copy_from=source)
    assert load_settings(target / "settings.json").my_name == "Someone else"
    assert paths.chosen_data_dir() is None


def test_a_copy_that_fails_half_way_removes_what_it_copied(tmp_path: Path) -> None:
    source, target = tmp_path / "old", tmp_path / "new"
    source.mkdir()
    make_data(source)
    # Copied last (names are copied in order), after the database and the templates.
    (source / "zz-broken-link").symlink_to(tmp_path / "nowhere")
    target.mkdir()
    (target / "unrelated.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(data_folder.FolderProblem, match="nothing was copied, and your data"):
        data_folder.change_folder(target, copy_from=source)
    assert [p.name for p in target.iterdir()] == ["unrelated.txt"]
    assert paths.chosen_data_dir() is None


def test_config_set_data_folder_with_copy(
    no_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_home.mkdir()
    make_data(no_home)
    target = tmp_path / "synced" / "Rapport"
    assert main(["config", "set", "data_folder", str(target), "--copy-data"]) == 0
    out = capsys.readouterr().out
    assert f"data_folder = {target}" in out
    assert "from its next start" in out
    assert paths.chosen_data_dir() == target
    assert load_settings(target / "settings.json").my_name == "Zoë"
    assert (no_home / "rapport.sqlite3").exists()  # the old copy stays
    assert main(["config", "set", "data_folder", ""]) == 0
    assert paths.chosen_data_dir() is None
    assert f"data_folder = {no_home}\n" in capsys.readouterr().out


def test_config_set_data_folder_mends_a_record_of_a_folder_that_is_gone(
    no_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "usb-stick"
    gone.mkdir()
    data_folder.record_choice(gone)
    gone.rmdir()
    assert main(["config", "set", "data_folder", str(gone), "--copy-data"]) == 2
    assert "there is nothing to copy" in capsys.readouterr().err
    assert main(["config", "set", "data_folder", ""]) == 0
    assert paths.chosen_data_dir() is None


def test_config_set_data_folder_without_copy_says_where_the_data_stays(
    no_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    no_home.mkdir()
    make_data(no_home)
    target = tmp_path / "empty"
    assert main(["config", "set", "data_folder", str(target)]) == 0
    err = capsys.readouterr().err
    assert f"yours stays in {no_home}" in err and "--copy-data" in err
    assert list(target.iterdir()) == []


def test_config_set_data_folder_is_refused_while_rapport_home_is_set(
    tmp_path: Path, rapport_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["config", "set", "data_folder", str(tmp_path / "x")]) == 2
    err = capsys.readouterr().err
    assert f"RAPPORT_HOME is set, so Rapport keeps its data in {rapport_home}" in err
    assert paths.chosen_data_dir() is None
    assert not (tmp_path / "x").exists()
