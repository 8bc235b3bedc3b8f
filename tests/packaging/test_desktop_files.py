"""The desktop entry and the AppStream metainfo: valid, and in agreement with the app."""

from __future__ import annotations

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from app import __version__
from app.ui.application import APP_ID as WINDOW_APP_ID
from tests.packaging.conftest import (
    APP_ID,
    DESKTOP_FILE,
    HICOLOR,
    ICON_SIZES,
    LINUX,
    METAINFO_FILE,
    ROOT,
)


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validate_desktop(tool: Callable[[str], str], path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        encoding="utf-8",
    )
    # It exits 0 with warnings too: a clean entry gets no output at all.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_passes_desktop_file_validate(tool: Callable[[str], str]) -> None:
    validate_desktop(tool, DESKTOP_FILE)


def test_metainfo_passes_appstreamcli_validate(tool: Callable[[str], str]) -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        timeout=60,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not problems, result.stdout


def test_entry_starts_the_windowed_command_with_the_apps_icon() -> None:
    entry = desktop_entry(DESKTOP_FILE)
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "gui-scripts"
    ]
    assert entry["Exec"] == "rapport-gui" and "rapport-gui" in gui_scripts
    assert entry["Icon"] == APP_ID
    # Wayland finds a window's entry (and so its icon) by the name the window reports.
    assert WINDOW_APP_ID == APP_ID == DESKTOP_FILE.stem
    for size in ICON_SIZES:
        assert (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_metainfo_describes_this_release_of_this_entry() -> None:
    component = ET.parse(METAINFO_FILE).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, (
        f"app/__init__.py says {__version__}: add a <release> for it to {METAINFO_FILE.name}"
    )
    screenshot = component.find("screenshots/screenshot[@type='default']")
    assert screenshot is not None and screenshot.findtext("image", "").startswith("https://")
    assert {b.text for b in component.findall("provides/binary")} == {"rapport", "rapport-gui"}


def test_install_script_lays_out_the_files_a_desktop_reads(
    tmp_path: Path, tool: Callable[[str], str]
) -> None:
    stage = tmp_path / "stage"
    subprocess.run(
        ["bash", str(LINUX / "install-desktop-files.sh"), "/usr"],
        env={"DESTDIR": str(stage), "PATH": "/usr/bin:/bin"},
        check=True,
        capture_output=True,
        timeout=60,
    )
    share = stage / "usr" / "share"
    validate_desktop(tool, share / "applications" / f"{APP_ID}.desktop")
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        METAINFO_FILE.read_bytes()
    )
    installed = {
        p.relative_to(share / "icons" / "hicolor").as_posix()
        for p in (share / "icons" / "hicolor").rglob("*.*")
    }
    expected = {f"{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES} | {f"scalable/apps/{APP_ID}.svg"}
    assert installed == expected
