"""The JVM's class path is given relative to the server's folder, where it starts: the
command line stays short under any cache folder (Windows caps it at 32,767 characters)."""

from __future__ import annotations

import os
from pathlib import Path

from app.grammar.install import classpath_in, launch_folder


def test_a_maven_build_runs_from_its_folder_with_bare_jar_names(tmp_path: Path) -> None:
    folder = tmp_path / ("very-long-cache-folder-" * 8) / "languagetool-6.8"
    folder.mkdir(parents=True)
    names = [f"library-{number}-1.0.jar" for number in range(170)]
    for name in names:
        (folder / name).write_bytes(b"PK")
    (folder / "classpath.txt").write_text("\n".join(names), encoding="utf-8")

    cwd, classpath = launch_folder(classpath_in(folder))
    assert cwd == folder
    assert classpath.split(os.pathsep) == names
    assert str(tmp_path) not in classpath


def test_a_downloaded_release_keeps_its_folder_and_libs_on_the_path(tmp_path: Path) -> None:
    folder = tmp_path / "LanguageTool-6.8"
    (folder / "libs").mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"PK")
    (folder / "libs" / "a.jar").write_bytes(b"PK")

    cwd, classpath = launch_folder(classpath_in(folder))
    assert cwd == folder
    assert classpath.split(os.pathsep) == [
        "languagetool-server.jar",
        ".",
        os.path.join("libs", "a.jar"),
    ]
