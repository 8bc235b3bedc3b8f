"""Template files that are not what they should be, handed to `rapport render` and found
in the user's folder by the window: a clear message naming the file, nothing changed.

(tests/core/test_template_library.py covers the library's own reading of such files and
each front matter complaint; these go through the command and the window.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.cli import main
from app.settings import Settings, save_settings

CONTACT = '{"name": "Ana Souza", "how_met": "at PyData Lisbon"}'
HEADER = "---\nname: mine\nkind: invite\nchannel: email\n---\n"

BAD_FILES = {
    "latin-1 text": ("caf\xe9 " + HEADER + "Hi {{ first_name }}").encode("latin-1"),
    "utf-16 text": (HEADER + "Hi {{ first_name }}").encode("utf-16"),
    "binary garbage": bytes(range(256)) * 8,
    "empty file": b"",
    "front matter never closed": b"---\nname: mine\nkind: invite\nHi {{ first_name }}\n",
    "front matter not YAML": b"---\nname: [mine\nkind: invite\n---\nHi\n",
    "front matter a list": b"---\n- name\n- kind\n---\nHi\n",
    "no front matter": b"Hi {{ first_name }}, good to meet you.\n",
}
COMPLAINTS = {
    "latin-1 text": "not UTF-8",
    "utf-16 text": "not UTF-8",
    "binary garbage": "not UTF-8",
    "empty file": "front matter",
    "front matter never closed": "front matter",
    "front matter not YAML": "front matter",
    "front matter a list": "key: value",
    "no front matter": "front matter",
}


@pytest.mark.parametrize("name", BAD_FILES, ids=BAD_FILES)
def test_render_names_the_file_and_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    template = tmp_path / "mine.j2"
    template.write_bytes(BAD_FILES[name])
    # In this process (the command's own code, without a new interpreter per file).
    status = main(["render", "--template", str(template), "--contact", CONTACT])
    out, err = capsys.readouterr()
    assert status == 2
    assert str(template) in err
    assert COMPLAINTS[name] in err
    assert "Traceback" not in err
    assert out == ""
    assert template.read_bytes() == BAD_FILES[name]


def test_the_window_says_which_of_the_users_templates_were_skipped(
    qtbot: QtBot, rapport_home: Path
) -> None:
    from app.context import AppContext
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    create_application()
    save_settings(Settings(grammar_mode="off"), paths.settings_path())
    folder = paths.user_templates_dir()
    (folder / "latin.j2").write_bytes(BAD_FILES["latin-1 text"])
    (folder / "broken.j2").write_bytes(BAD_FILES["front matter never closed"])
    context = AppContext.open()
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        problems = " ".join(str(problem) for problem in context.library.problems)
        assert "latin.j2" in problems and "not UTF-8" in problems
        assert "broken.j2" in problems and "front matter" in problems
        assert "A template was skipped" in window.statusBar().currentMessage()
        names = [t.name for t in context.library.templates]
        assert names and "mine" not in names  # the rest of the library loaded
        assert (folder / "latin.j2").read_bytes() == BAD_FILES["latin-1 text"]
    finally:
        context.close()
