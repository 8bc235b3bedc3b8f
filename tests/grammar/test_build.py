"""The build step: one pinned version, the folder the app reads, nothing to do when cached."""

from __future__ import annotations

import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.grammar.install import LANGUAGETOOL_VERSION, server_classpath, server_dir
from app.paths import cache_dir
from tests.grammar.helpers import BUILD_SCRIPT

POM = BUILD_SCRIPT.parent / "pom.xml"


def _build(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(BUILD_SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
        encoding="utf-8",
    )


def test_the_app_and_the_pom_pin_the_same_version() -> None:
    namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
    pinned = ET.parse(POM).getroot().find("m:properties/m:languagetool.version", namespace)
    assert pinned is not None
    assert pinned.text == LANGUAGETOOL_VERSION


def test_the_build_fills_the_folder_the_app_reads(languagetool_built: None) -> None:
    printed = _build("--print-dir")
    assert Path(printed.stdout.strip()) == server_dir()
    jars = server_classpath()
    assert any(jar.name == f"languagetool-server-{LANGUAGETOOL_VERSION}.jar" for jar in jars)
    assert any(jar.name == f"language-en-{LANGUAGETOOL_VERSION}.jar" for jar in jars)


@pytest.mark.parametrize("xdg", ["absolute", "relative", "unset"])
def test_the_build_finds_the_cache_as_platformdirs_does(
    xdg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RAPPORT_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # platformdirs honours XDG_CACHE_HOME only when it is an absolute path.
    values = {"absolute": str(tmp_path / "xdg"), "relative": "xdg", "unset": ""}
    monkeypatch.setenv("XDG_CACHE_HOME", values[xdg])
    printed = _build("--print-dir", env=dict(os.environ))
    assert Path(printed.stdout.strip()) == cache_dir() / f"languagetool-{LANGUAGETOOL_VERSION}"


def test_a_cached_build_does_not_run_maven(languagetool_built: None, tmp_path: Path) -> None:
    # A `mvn` that fails loudly comes first on the PATH: the cached build must not call it.
    (tmp_path / "mvn").write_text(
        "#!/bin/sh\necho 'Maven was called' >&2\nexit 99\n", encoding="utf-8"
    )
    (tmp_path / "mvn").chmod(0o755)
    result = _build(env={**os.environ, "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"})
    assert (result.returncode, result.stderr) == (0, "")
